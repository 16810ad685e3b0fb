/**
 * Parse a plain-text Vietnamese report (the shapes of CANONICAL-TEXT: title block, "Phần"/Roman/arabic/
 * "1.1."/letter headings, a next-period task section, paragraphs, "- "/"+ " lists, TAB tables,
 * appendices, footnotes superscript or plain, recipients, signature) into the document model. What it
 * cannot place it refuses with the line and what it expected. Pure: no fs, no Astro.
 */
import { IMPORT_LABELS } from '../model.ts';
import type { Entry, Footnote, Heading, Inline, OutlineHeading, ReportDocument } from '../model.ts';
import { BlockReader, endsParagraph } from './blocks.ts';
import { readFootnotes } from './footnotes.ts';
import { HEADING_RANK, isClosingLine, isRecipientsLine, isTaskSectionTitle, readAppendix, readHeading } from './headings.ts';
import type { HeadingKind, HeadingLine } from './headings.ts';
import { cellsOf, failFor, toLines, unwrapEmphasis } from './lines.ts';
import type { Fail, SourceLine } from './lines.ts';
import { parseTitleBlock } from './title-block.ts';
import { parseTrailer } from './trailer.ts';

export { IMPORT_LABELS, ReportParseError } from '../model.ts';
export type { Block, Entry, Footnote, FootnoteRef, Heading, Inline, Letterhead, List, ListItem, OutlineHeading, Paragraph, ReportDocument, Table } from '../model.ts';
export { endsParagraph } from './blocks.ts';
export { readSuperscript, splitFootnoteRefs } from './footnotes.ts';

/** A heading on the stack of open headings. */
interface OpenHeading extends Heading {
  kind: HeadingKind;
  path: string[];
}

/** The superscript form of a number, for messages: 4 → "⁴". */
const superscript = (n: number): string => String(n).replace(/\d/gu, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);

/** Parse a report's plain text. `source` names the input in error messages. */
export function parseReport(text: string, source: string): ReportDocument {
  const fail = failFor(source);
  const lines = toLines(text);
  const reading = readFootnotes(lines, fail);
  const body = lines.slice(0, reading.blockStart).filter((l) => !reading.definitionLines.has(l.line));
  const inlinesOf = (l: SourceLine): Inline[] => reading.inlines.get(l.line) ?? [l.text];
  const noRefs = (l: SourceLine, where: string): void => {
    const ref = inlinesOf(l).find((i) => typeof i !== 'string');
    if (ref) fail(l.line, `footnote mark ${ref.footnote} in ${where}; expected footnote marks only in the text of the body and appendices, not in headings, the title block or the signature`);
  };

  const firstHeading = body.find((l) => {
    const h = readHeading(l.text);
    return h !== undefined && h.kind !== 'letter';
  });
  const recipientsAt = body.findIndex((l) => isRecipientsLine(l.text));
  if (!firstHeading || (recipientsAt >= 0 && firstHeading.line > body[recipientsAt]!.line)) {
    fail(firstHeading?.line ?? body[recipientsAt]?.line ?? lines.length, 'expected a heading ("Phần I", "I. …" or "1. …") after the title block, found none');
  }
  const titleLines = body.filter((l) => l.line < firstHeading!.line);
  const header = parseTitleBlock(titleLines, firstHeading!.line, fail);
  for (const l of titleLines) if (!header.rest.includes(l)) noRefs(l, 'the title block');

  const entries: Entry[] = [];
  const outline: Array<Heading & { before?: number }> = [];
  const numbers = new Map<string, { line: number; label: string }>();
  const claim = (number: string, line: number, label: string): void => {
    const earlier = numbers.get(number);
    if (earlier) {
      fail(line, `section number "${number}" is used twice: ${label} here and ${earlier.label} at line ${earlier.line}; expected each heading under one parent to have its own number`);
    }
    numbers.set(number, { line, label });
  };

  let stack: OpenHeading[] = [];
  let part: OpenHeading | undefined;
  let parts = 0;
  let taskSection: OpenHeading | undefined;
  let pending: OpenHeading | undefined; // latest heading; an entry once text follows it
  let current: Entry | undefined;
  let reader: BlockReader | undefined;
  let inAppendix = false;
  let trailer: ReturnType<typeof parseTrailer> | undefined;

  const closeBlocks = (): void => {
    reader?.end();
  };
  const startEntry = (fields: Omit<Entry, 'order' | 'blocks'>, from?: Heading, keepHeading = false): Entry => {
    const entry: Entry = { ...fields, order: entries.length + 1, blocks: [] };
    entries.push(entry);
    if (from && !keepHeading) outline.splice(outline.indexOf(from), 1);
    for (const h of outline) h.before ??= entry.order;
    current = entry;
    reader = new BlockReader(entry.blocks, fail);
    pending = undefined;
    return entry;
  };
  const empty = (h: Heading): never => fail(h.line, `heading "${h.marker} ${h.title}" has no text and no section follows it; expected text or a numbered heading under it`);
  const requireText = (): void => {
    for (const h of outline) if (h.before === undefined) empty(h);
  };
  const addHeading = (h: OpenHeading): void => {
    closeBlocks();
    stack.push(h);
    outline.push(h);
    pending = h;
    current = undefined;
    reader = undefined;
  };

  /** A structural heading (not a task); returns the index of the last line it used. */
  const heading = (h: HeadingLine, l: SourceLine, k: number): number => {
    noRefs(l, 'a heading');
    const rank = HEADING_RANK[h.kind];
    if (pending && rank <= HEADING_RANK[pending.kind]) empty(pending);
    stack = stack.filter((open) => HEADING_RANK[open.kind] < rank);
    if (taskSection && !stack.includes(taskSection)) taskSection = undefined;
    const parent = stack.at(-1);
    let end = k;
    let title = h.title;
    if (h.kind === 'part') {
      if (title === undefined) {
        const next = body.slice(k + 1).find((n) => n.text !== '');
        if (!next || !isTitleLine(next)) {
          return fail(l.line, `"${l.text}" has no title; expected its title on the next line${next ? `, found "${next.text.slice(0, 60)}"` : ''}`);
        }
        noRefs(next, 'a heading');
        title = unwrapEmphasis(next.text);
        end = body.indexOf(next);
      }
      parts += 1;
    } else if (h.kind === 'sub2' || h.kind === 'sub3') {
      const want: HeadingKind = h.kind === 'sub2' ? 'arabic' : 'sub2';
      const wanted = h.path.slice(0, -1).join('.');
      if (parent?.kind !== want || parent.path.join('.') !== wanted) {
        const near = parent ? `the nearest heading above it is "${parent.marker} ${parent.title}" (line ${parent.line})` : 'no heading stands above it';
        fail(l.line, `heading "${h.marker}" belongs under "${wanted}." but ${near}; expected "${wanted}." before it, or a number under the heading above`);
      }
    } else if (h.kind === 'letter' && !parent) {
      fail(l.line, `heading "${h.marker}" has no parent heading; expected a Roman or numbered heading before it`);
    }
    const base = parent && parent.kind !== 'part' ? parent.number : part && h.kind !== 'part' && parts > 1 ? part.number : undefined;
    const id = h.kind === 'part' ? `Phần ${h.path[0]}` : h.path.at(-1)!;
    const number = base === undefined ? id : `${base}.${id}`;
    claim(number, l.line, `"${h.marker} ${title}"`);
    const open: OpenHeading = { number, marker: h.marker, title: title!, level: Math.min(6, 2 + stack.length), line: l.line, kind: h.kind, path: h.path };
    if (h.kind === 'part') part = open;
    addHeading(open);
    if ((h.kind === 'part' || h.kind === 'roman') && isTaskSectionTitle(open.title)) taskSection = open;
    return end;
  };

  const startAppendix = (l: SourceLine, k: number, afterSignature: boolean): number => {
    const a = readAppendix(l.text)!;
    closeBlocks();
    requireText();
    let title = a.title;
    let end = k;
    if (title === undefined) {
      const next = body.slice(k + 1).find((n) => n.text !== '');
      if (next && !next.text.startsWith('(') && isTitleLine(next)) {
        noRefs(next, 'an appendix title');
        title = unwrapEmphasis(next.text);
        end = body.indexOf(next);
      }
    }
    noRefs(l, 'an appendix line');
    claim(a.number, l.line, `"${l.text}"`);
    startEntry({ number: a.number, marker: a.marker, title: title ?? a.number, appendix: true, ...(afterSignature ? { afterSignature: true as const } : {}), line: l.line });
    inAppendix = true;
    return end;
  };

  const bodyLine = (l: SourceLine): void => {
    if (!current) {
      const h = pending;
      if (!h) {
        claim(IMPORT_LABELS.opening, l.line, 'the opening text');
        startEntry({ number: IMPORT_LABELS.opening, title: IMPORT_LABELS.opening, line: l.line });
      } else if (h.kind === 'part' || h === taskSection) {
        startEntry({ number: h.number, title: IMPORT_LABELS.partIntro(h.number), line: l.line }, h, true);
      } else {
        startEntry({ number: h.number, marker: h.marker, title: h.title, line: h.line }, h);
      }
    }
    reader!.add(l, inlinesOf(l));
  };

  const start = header.rest[0] ? body.indexOf(header.rest[0]) : body.indexOf(firstHeading!);
  for (let k = start; k < body.length; k++) {
    const l = body[k]!;
    const t = l.text;
    if (t === '') continue;

    if (isRecipientsLine(t)) {
      if (reader?.isOpen) fail(reader.openLine!, 'paragraph is cut off: it ends without punctuation and "Nơi nhận:" follows; expected it to end with ".", ";" or ":"');
      closeBlocks();
      const end = body.findIndex((n, j) => j > k && readAppendix(n.text) !== undefined);
      const trailerLines = body.slice(k, end < 0 ? body.length : end);
      for (const n of trailerLines) noRefs(n, 'the recipients and signature');
      trailer = parseTrailer(trailerLines, fail);
      if (end < 0) break;
      k = startAppendix(body[end]!, end, true);
      continue;
    }
    if (readAppendix(t)) {
      k = startAppendix(l, k, trailer !== undefined);
      continue;
    }
    if (inAppendix) {
      reader!.add(l, inlinesOf(l));
      continue;
    }
    if (isClosingLine(t)) {
      closeBlocks();
      requireText();
      claim(IMPORT_LABELS.closing, l.line, `the closing "${t.slice(0, 40)}…"`);
      startEntry({ number: IMPORT_LABELS.closing, title: IMPORT_LABELS.closing, line: l.line });
      reader!.add(l, inlinesOf(l));
      continue;
    }
    const h = readHeading(t);
    if (h && taskSection && h.kind === 'arabic') {
      closeBlocks();
      const n = Number(h.path[0]);
      const number = `${taskSection.number}.${n}`;
      claim(number, l.line, `task "${h.marker}"`);
      startEntry({ number, title: IMPORT_LABELS.task(n), task: n, line: l.line });
      reader!.add(l, inlinesOf(l));
      continue;
    }
    const structural = h && !(taskSection && (h.kind === 'sub2' || h.kind === 'sub3' || h.kind === 'letter'));
    if (h && structural) {
      k = heading(h, l, k);
      continue;
    }
    bodyLine(l);
  }

  if (pending) empty(pending);
  if (!trailer) fail(body.at(-1)?.line ?? lines.length, 'expected "Nơi nhận:" and the signature after the body');
  requireText();
  checkReferences(entries, reading.footnotes, reading.plain, fail);

  return {
    ...(header.letterhead ? { letterhead: header.letterhead } : {}),
    documentType: header.documentType,
    number: header.number,
    placeDate: header.placeDate,
    title: header.title,
    outline: (outline as Array<OpenHeading & OutlineHeading>).map(({ kind: _kind, path: _path, ...h }) => h),
    entries,
    footnotes: [...reading.footnotes.values()].sort((a, b) => a.n - b.n),
    ...trailer!,
  };
}

/** Every mark calls a footnote and every footnote is called; each refusal names both lines. */
function checkReferences(all: Entry[], footnotes: Map<number, Footnote>, plain: boolean, fail: Fail): void {
  const marks = new Map<number, number>(); // footnote → line of its first mark
  for (const entry of all) {
    for (const block of entry.blocks) {
      for (const [inlines, line] of blockRuns(block)) {
        for (const i of inlines) if (typeof i !== 'string' && !marks.has(i.footnote)) marks.set(i.footnote, line);
      }
    }
  }
  const defined = [...footnotes.values()].sort((a, b) => a.n - b.n);
  const span = defined.length > 0 ? `the footnotes (lines ${defined[0]!.line}–${defined.at(-1)!.line})` : undefined;
  for (const [n, line] of marks) {
    if (footnotes.has(n)) continue;
    fail(line, `footnote mark ${superscript(n)} calls footnote ${n}, which is not defined: ${span ? `${span} have no number ${n}` : 'the text defines no footnotes'}; expected a line "${superscript(n)} …" (or "${n} …" in the footnote block at the end) with its text`);
  }
  for (const f of defined) {
    if (marks.has(f.n)) continue;
    const before = [...marks].filter(([n]) => n < f.n).sort((a, b) => b[0] - a[0])[0];
    const after = [...marks].filter(([n]) => n > f.n).sort((a, b) => a[0] - b[0])[0];
    const where = before || after
      ? `${before ? ` after footnote ${before[0]}'s mark (line ${before[1]})` : ''}${before && after ? ' and' : ''}${after ? ` before footnote ${after[0]}'s mark (line ${after[1]})` : ''}`
      : ' in the body';
    const form = plain ? `"${f.n}" glued to the word it explains ("cùng kỳ${f.n}")` : `"${superscript(f.n)}" glued to the word it explains`;
    fail(f.line, `footnote ${f.n} is called by no mark; expected a mark ${form}${where}`);
  }
}

/** Whether a line can be the title printed under a "Phần" or "PHỤ LỤC" line: no heading, table row or sentence. */
function isTitleLine(l: SourceLine): boolean {
  if (readHeading(l.text) || readAppendix(l.text) || isRecipientsLine(l.text) || cellsOf(l)) return false;
  return /^\*\*.*\*\*$/u.test(l.text) || !endsParagraph(l.text);
}

/** A block's runs of inlines, each with its source line. */
function blockRuns(block: Entry['blocks'][number]): Array<[Inline[], number]> {
  if (block.type === 'paragraph') return [[block.inlines, block.line]];
  if (block.type === 'table') return [block.header, ...block.rows].flatMap((row) => row.map((cell): [Inline[], number] => [cell, block.line]));
  const items = (list: typeof block.items): Array<[Inline[], number]> => list.flatMap((item) => [[item.inlines, item.line] as [Inline[], number], ...items(item.items)]);
  return items(block.items);
}
