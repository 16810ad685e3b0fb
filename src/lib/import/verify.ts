/**
 * After an import is written, read it back and hold it to the source: every sentence of the input must
 * occur in the output (the fidelity rule of `lib/fidelity.ts`), so no section, paragraph or footnote is
 * lost between the text and the files — whatever the map did.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseEntryBody } from '../text/entry-text.ts';
import { normaliseText, sourceSentences } from '../text/fidelity.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';
import { readerText } from './text/footnotes.ts';
import { failFor, toLines } from './text/lines.ts';

/** One written MDX entry, read back from disk. */
export interface WrittenEntry {
  /** Its path, for messages. */
  path: string;
  /** The file's text. */
  text: string;
}

/** Text of every paragraph (list items' and footnotes' included) and of every table row (cells joined by a space). */
function blockTexts(node: Nodes, out: string[]): void {
  if (node.type === 'paragraph' || node.type === 'heading') out.push(toString(node));
  else if (node.type === 'tableRow') out.push(node.children.map((cell) => toString(cell)).join(' '));
  else if ('children' in node) for (const child of node.children as Nodes[]) blockTexts(child, out);
}

/** The printed text of a written entry: its heading (marker and title, when printed) and its body's paragraphs, lists, tables and footnotes. */
function entryText(file: WrittenEntry): string[] {
  const parts = splitFrontmatter(file.text);
  if (!parts) return [];
  const field = (key: string): string => {
    const m = new RegExp(`^${key}: (.*)$`, 'mu').exec(parts.frontmatter);
    if (!m) return '';
    try {
      return String(JSON.parse(m[1]!));
    } catch {
      return m[1]!;
    }
  };
  const marker = field('marker');
  const texts: string[] = [];
  blockTexts(parseEntryBody(parts.body), texts);
  return [...(marker !== '' ? [`${marker} ${field('title')}`] : []), ...texts];
}

/** The printed text of report.json: letterhead, header, outline headings, recipients and signature. */
function reportText(reportJson: string): string[] {
  const r = JSON.parse(reportJson) as {
    letterhead?: { issuer: string[]; motto: string[] };
    number?: string;
    placeDate?: string;
    documentType?: string;
    title?: string;
    outline?: Array<{ marker: string; title: string }>;
    recipientsLabel?: string;
    recipients?: string[];
    signature?: { lines: string[]; name: string };
  };
  const issuer = r.letterhead?.issuer ?? [];
  const motto = r.letterhead?.motto ?? [];
  // A letterhead row and a number line may share one TAB line: their cells read as one sentence.
  const rows = Array.from({ length: Math.max(issuer.length, motto.length) }, (_, k) => `${issuer[k] ?? ''} ${motto[k] ?? ''}`);
  return [
    ...issuer,
    ...motto,
    ...rows,
    `${r.number ?? ''} ${r.placeDate ?? ''}`,
    r.number ?? '',
    r.placeDate ?? '',
    r.documentType ?? '',
    r.title ?? '',
    ...(r.outline ?? []).flatMap((h) => [h.marker, h.title]),
    r.recipientsLabel ?? '',
    ...(r.recipients ?? []),
    ...(r.signature?.lines ?? []),
    r.signature?.name ?? '',
  ];
}

/**
 * Sentences of `source` that occur in none of the written files. Empty means nothing was lost. The
 * source is read as the parser reads it (footnote marks, plain or superscript, and list markers are no
 * text of their own).
 */
export function lostSentences(source: string, entries: WrittenEntry[], reportJson: string): string[] {
  const output = normaliseText([...reportText(reportJson), ...entries.flatMap(entryText)].join(' \u0000 '));
  // The output holds the sentences mostly in the source's order: look from where the last one was
  // found, and only then from the start, so a large text is not searched from the start per sentence.
  let from = 0;
  return sourceSentences(readerText(toLines(source), failFor('source'))).filter((s) => {
    let at = output.indexOf(s, from);
    if (at < 0) at = output.indexOf(s);
    if (at < 0) return true;
    from = at + s.length;
    return false;
  });
}
