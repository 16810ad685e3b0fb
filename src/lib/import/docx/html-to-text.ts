/**
 * mammoth's HTML of a Word report → the importer's canonical plain text (see CANONICAL-TEXT.md), so the
 * one text parser reads Word documents too. Pure: a string in, a string and warnings out.
 *
 * What it writes:
 * - Title block (everything before the first numbered heading): a layout table's cells are zipped line
 *   by line with a TAB between columns ("ỦY BAN NHÂN DÂN\tCỘNG HÒA …"), a row's "Số …" line starting a
 *   block of its own; the number line, the place-date line and the document type are blocks of their
 *   own; the paragraphs after the document type with the same emphasis as its first are the title (one
 *   block; wholly bold lines as one `**…**` run over several lines). Fields other than the title carry no
 *   markup; a run of TABs typed in a title paragraph becomes one TAB; a line of only dashes or
 *   underscores (a drawn rule) is left out, with a warning.
 * - Headings: the text as printed, without markup; a heading Word numbers (class `auto-number`, from the
 *   style map in read-docx.ts) gets the marker Word printed, by the rule in heading-numbers.ts. A wholly
 *   bold or italic paragraph starting with a marker ("**II. ĐÁNH GIÁ**") is a heading too, and so is a
 *   wholly bold Word-numbered paragraph outside the task section (one level below the current heading).
 * - Body paragraphs: one line each, `**bold**` / `*italic*` as printed, a soft line break or TAB as a
 *   space. Footnote references become superscript digits glued to the text before them (the space Word
 *   may have before the mark is dropped); other superscript digits become superscript digits ("m³").
 * - Lists: "- " items, "+ " items nested under them (deeper levels also "+ ", with a warning). In the
 *   task section (a top heading "NHIỆM VỤ / PHƯƠNG HƯỚNG / GIẢI PHÁP …" naming a period), Word-numbered
 *   items are tasks "1. …", numbered on across the section as Word does, each a block of its own;
 *   elsewhere a numbered list is written as bullets (Word's numbers are not in mammoth's HTML; warned).
 * - Tables: one line a row, cells joined by TAB (a cell's paragraphs joined by a space, a TAB in a cell
 *   as a space, merged cells padded with empty cells so every row has the same count).
 * - "Nơi nhận:" (a paragraph, or the left cell of the layout table that also holds the signature): the
 *   label and its "- …;" lines as one block, then the signature lines as one block, then the
 *   signatory's name (no markup) as the last line before an appendix or the footnotes.
 * - Footnotes: `¹ text` lines in one block at the end, under Word's own numbers (the order of the
 *   references, as Word numbers them).
 * - Text Word sets in capitals ("All caps") is written in capitals, as printed; a table of contents and
 *   pictures are left out, with a warning.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { APPENDIX, HeadingNumbers, readMarker, type TypedMarker } from './heading-numbers.ts';
import { isTaskSectionTitle } from '../text/headings.ts';

/** The canonical text of a document and what the reader had to say about it. */
export interface CanonicalText {
  /** Plain text in the shape the text parser reads. */
  text: string;
  /** What was left out or guessed, one sentence each. */
  warnings: string[];
}

/** A run of text with its emphasis, or a footnote reference. */
type Run = { text: string; bold: boolean; italic: boolean } | { note: number; bold: boolean; italic: boolean };

interface Format {
  bold: boolean;
  italic: boolean;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A word boundary that knows Vietnamese letters (`\b` in a JS regex does not). */
const END = '(?![\\p{L}\\p{N}])';
const NUMBER_LINE = new RegExp(`^Số${END}`, 'u');
const PLACE_DATE = new RegExp(`^[^\\t,]{1,60}, ngày${END}.* tháng${END}.* năm${END}`, 'u');
const RECIPIENTS = new RegExp(`^Nơi nhận${END}`, 'u');
const DRAWN_RULE = /^[-_–—=.·*\s]{3,}$/u;
const NOTE_ID = /^(?:foot|end)note-\d+$/u;

/** Digits → superscript digits: "12" → "¹²". */
export function superscriptDigits(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('');
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const elements = (node: { children: Array<RootContent | ElementContent> }): Element[] => node.children.filter(isElement);
const HEADING = /^h([1-6])$/u;

function classes(el: Element): string[] {
  const c = el.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

/** Plain text of runs: no markup, footnote references as superscript digits. */
function plain(runs: Run[]): string {
  return runs.map((r) => ('note' in r ? superscriptDigits(String(r.note)) : r.text)).join('');
}

/** The emphasis every non-blank text run shares (a wholly bold paragraph → bold). */
function wholeFormat(runs: Run[]): Format {
  const texts = runs.filter((r): r is Extract<Run, { text: string }> => 'text' in r && r.text.trim() !== '');
  return {
    bold: texts.length > 0 && texts.every((r) => r.bold),
    italic: texts.length > 0 && texts.every((r) => r.italic),
  };
}

/** Runs → text with `**bold**` and `*italic*` as printed; markers hug the words, whitespace stays outside. */
function renderRuns(runs: Run[]): string {
  let out = '';
  const open: Array<'**' | '*'> = [];
  const close = (keep: Format): void => {
    const trail = /\s*$/u.exec(out)![0];
    out = out.slice(0, out.length - trail.length);
    while (open.some((m) => !(m === '**' ? keep.bold : keep.italic))) out += open.pop();
    out += trail;
  };
  for (const run of runs) {
    if ('note' in run) {
      close(run); // a mark outside the bold it follows closes it: "**đạt**²"; inside, it stays: "**đạt²**"
      out = out.replace(/\s+$/u, '') + superscriptDigits(String(run.note));
      continue;
    }
    if (run.text.trim() === '') {
      out += run.text;
      continue;
    }
    close(run);
    const lead = /^\s*/u.exec(run.text)![0];
    out += lead;
    if (run.bold && !open.includes('**')) open.push('**'), (out += '**');
    if (run.italic && !open.includes('*')) open.push('*'), (out += '*');
    out += run.text.slice(lead.length);
  }
  close({ bold: false, italic: false });
  return out;
}

/** Whether an element is a footnote list mammoth appends (`<ol><li id="footnote-1">…`). */
function isNoteList(el: Element): boolean {
  const items = elements(el);
  return el.tagName === 'ol' && items.length > 0 && items.every((li) => NOTE_ID.test(String(li.properties.id ?? '')));
}

/** Footnote element ids → Word's footnote numbers, read from the references' "[n]" text. */
function noteNumbers(nodes: Element[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const visit = (el: Element): void => {
    const href = String(el.properties.href ?? '');
    if (el.tagName === 'a' && href.startsWith('#') && NOTE_ID.test(href.slice(1))) {
      const n = /\[(\d+)\]/u.exec(textOf(el));
      if (n) numbers.set(href.slice(1), Number(n[1]));
    }
    elements(el).forEach(visit);
  };
  nodes.forEach(visit);
  return numbers;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

/** The reader: one pass over mammoth's top-level blocks. */
class Writer {
  readonly blocks: string[] = [];
  readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  private phase: 'title' | 'body' | 'trailer' = 'title';
  private readonly titleItems: Element[] = [];
  private inTasks = false;
  private taskDepth = 0;
  private task = 0;
  /** "Nơi nhận:" and its "- …" lines, while the trailer is read. */
  private recipients: string[] = [];
  /** The signature's paragraphs, the name last, while the trailer is read. */
  private signature: Run[][] = [];
  /** Depth of the headings made from wholly bold Word-numbered paragraphs under the current heading. */
  private listHeadingDepth: number | undefined;
  private readonly numbers: HeadingNumbers;
  private readonly notes: Map<string, number>;

  constructor(notes: Map<string, number>, body: Element[]) {
    this.notes = notes;
    const typed: Array<{ level: number; marker: TypedMarker }> = [];
    for (const el of body) {
      const level = HEADING.exec(el.tagName)?.[1];
      const marker = level ? readMarker(plain(this.runs(el)).trim()) : undefined;
      if (level && marker) typed.push({ level: Number(level), marker });
    }
    this.numbers = new HeadingNumbers(typed);
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  /** Inline runs of an element's content; block children (p, li) are separated by a space. */
  runs(node: Element, format: Format = { bold: false, italic: false }, skipLists = false): Run[] {
    const out: Run[] = [];
    const walk = (n: ElementContent, f: Format): void => {
      if (n.type === 'text') {
        out.push({ text: n.value.normalize('NFC'), ...f });
        return;
      }
      if (n.type !== 'element') return;
      const tag = n.tagName;
      const href = String(n.properties.href ?? '');
      if (tag === 'br') return void out.push({ text: '\n', ...f });
      if (tag === 'img') {
        const alt = String(n.properties.alt ?? '').trim();
        return this.warn(`a picture${alt ? ` ("${alt}")` : ''} is left out: only text is imported`);
      }
      if (skipLists && (tag === 'ul' || tag === 'ol')) return;
      if (tag === 'span' && classes(n).includes('all-caps')) {
        const start = out.length;
        n.children.forEach((c) => walk(c, f));
        for (const r of out.slice(start)) if ('text' in r) r.text = r.text.toLocaleUpperCase('vi'); // as printed
        return;
      }
      if (tag === 'a' && href.startsWith('#') && /^(?:foot|end)note-ref-/u.test(href.slice(1))) return; // "↑"
      if (tag === 'a' && href.startsWith('#') && NOTE_ID.test(href.slice(1))) {
        const n = this.notes.get(href.slice(1));
        if (n !== undefined) out.push({ note: n, ...f });
        return;
      }
      if (tag === 'sup') {
        const inner = textOf(n);
        if (n.children.some((c) => c.type === 'element' && c.tagName === 'a')) {
          n.children.forEach((c) => walk(c, f));
        } else out.push({ text: /^\d+$/u.test(inner) ? superscriptDigits(inner) : inner.normalize('NFC'), ...f });
        return;
      }
      const next = {
        bold: f.bold || tag === 'strong' || tag === 'b',
        italic: f.italic || tag === 'em' || tag === 'i',
      };
      const block = tag === 'p' || tag === 'li' || tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th';
      if (block && out.length) out.push({ text: ' ', ...f });
      n.children.forEach((c) => walk(c, next));
    };
    node.children.forEach((c) => walk(c, format));
    return out;
  }

  /** Runs with soft breaks and TABs turned into spaces: one line of body text. */
  private oneLine(runs: Run[]): Run[] {
    return runs.map((r) => ('text' in r ? { ...r, text: r.text.replace(/[\n\t]/gu, ' ') } : r));
  }

  push(block: string): void {
    const trimmed = block.trim();
    if (trimmed !== '') this.blocks.push(trimmed);
  }

  /** Read one top-level block. */
  read(el: Element): void {
    if (classes(el).includes('toc')) {
      this.warn('the table of contents is left out (the site makes its own)');
      return;
    }
    if (this.phase === 'title') {
      if (!this.startsBody(el)) {
        this.titleItems.push(el);
        return;
      }
      this.flushTitle();
    }
    const level = HEADING.exec(el.tagName)?.[1];
    if (level) {
      this.endSignature();
      return this.heading(el, Number(level));
    }
    if (el.tagName === 'p') return this.paragraph(el);
    if (el.tagName === 'ul' || el.tagName === 'ol') return this.list(el);
    if (el.tagName === 'table') return this.table(el);
    this.warn(`an unexpected <${el.tagName}> block is read as a paragraph`);
    this.paragraph(el);
  }

  /** Whether a block ends the title block: a numbered heading, or a paragraph starting "Phần I" / "I.". */
  private startsBody(el: Element): boolean {
    const text = plain(this.runs(el)).trim();
    if (HEADING.test(el.tagName)) return classes(el).includes('auto-number') || readMarker(text) !== undefined;
    if (el.tagName !== 'p') return false;
    const marker = readMarker(text);
    return marker !== undefined && marker.depth <= 1;
  }

  /** Lines of a title-block cell or paragraph: plain text, one line per paragraph or soft break. */
  private titleLines(el: Element): string[] {
    const paragraphs = el.tagName === 'p' ? [el] : elements(el).length ? this.paragraphsOf(el) : [el];
    const lines: string[] = [];
    for (const p of paragraphs) {
      for (const line of plain(this.runs(p)).split('\n')) {
        const t = line.replace(/\t+/gu, '\t').trim();
        if (t === '') continue;
        if (DRAWN_RULE.test(t)) {
          this.warn(`a line drawn with characters ("${t}") in the title block is left out`);
          continue;
        }
        lines.push(t);
      }
    }
    return lines;
  }

  /** The paragraphs (and list items) inside a cell, in order. */
  private paragraphsOf(el: Element): Element[] {
    const out: Element[] = [];
    for (const child of elements(el)) {
      if (child.tagName === 'p' || HEADING.test(child.tagName)) out.push(child);
      else if (child.tagName === 'li') out.push({ ...child, children: child.children.filter((c) => !(isElement(c) && /^[uo]l$/u.test(c.tagName))) }, ...this.paragraphsOf(child));
      else out.push(...this.paragraphsOf(child));
    }
    return out;
  }

  private flushTitle(): void {
    this.phase = 'body';
    const items = this.titleItems.splice(0);
    const isDateOrNumber = (t: string): boolean => NUMBER_LINE.test(t) || PLACE_DATE.test(t);
    const lastMarked = items.findLastIndex((el) =>
      (el.tagName === 'table' ? this.tableRows(el).flat(2) : this.titleLines(el)).some((t) => t.split('\t').some(isDateOrNumber)),
    );
    let issuer: string[] = [];
    const flushIssuer = (): void => {
      this.push(issuer.join('\n'));
      issuer = [];
    };
    let k = 0;
    for (; k <= lastMarked; k++) {
      const el = items[k]!;
      if (el.tagName === 'table') {
        flushIssuer();
        for (const cells of this.tableRows(el)) {
          const row = alignNumberAndDate(cells, isDateOrNumber);
          const height = Math.max(...row.map((c) => c.length));
          let block: string[] = [];
          for (let i = 0; i < height; i++) {
            const line = row.map((c) => c[i] ?? '').join('\t');
            if (NUMBER_LINE.test(line) && block.length) this.push(block.join('\n')), (block = []);
            block.push(line);
          }
          this.push(block.join('\n'));
        }
        continue;
      }
      for (const line of this.titleLines(el)) {
        if (isDateOrNumber(line)) {
          flushIssuer();
          this.push(line);
        } else issuer.push(line);
      }
    }
    flushIssuer();
    const rest = items.slice(k);
    const type = rest.shift();
    if (type) this.push(this.titleLines(type).join('\n'));
    const first = rest[0];
    if (!first) return;
    const emphasis = wholeFormat(this.runs(first));
    const same = (el: Element): boolean => {
      const f = wholeFormat(this.runs(el));
      return el.tagName === 'p' && f.bold === emphasis.bold && f.italic === emphasis.italic;
    };
    const title: Element[] = [];
    while (rest[0] && same(rest[0])) title.push(rest.shift()!);
    const lines = title.flatMap((el) => this.titleLines(el));
    if (emphasis.bold && !emphasis.italic) this.push(`**${lines.join('\n')}**`);
    else this.push(title.map((el) => renderRuns(this.runs(el)).trim()).join('\n'));
    rest.forEach((el) => this.read(el));
  }

  /** A table's rows → cells → plain lines (for the title block and the signature table). */
  private tableRows(table: Element): string[][][] {
    return this.rowsOf(table).map((tr) => elements(tr).map((cell) => this.titleLines(cell)));
  }

  private rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    for (const child of elements(table)) {
      if (child.tagName === 'tr') rows.push(child);
      else if (/^t(?:head|body|foot)$/u.test(child.tagName)) rows.push(...elements(child).filter((e) => e.tagName === 'tr'));
    }
    return rows;
  }

  private heading(el: Element, level: number): void {
    const text = plain(this.runs(el)).replace(/\t/gu, ' ').trim();
    if (text === '') return;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (RECIPIENTS.test(text)) return this.startTrailer(this.runs(el));
    if (APPENDIX.test(text)) return this.appendix(lines);
    const typed = readMarker(lines[0]!);
    if (typed) return this.headingLine(typed.depth, lines, typed);
    if (!classes(el).includes('auto-number')) return this.push(lines.join(' '));
    const depth = this.numbers.depthOfLevel(level);
    const marker = this.numbers.nextAt(depth);
    if (marker === undefined) {
      this.warn(`heading "${lines.join(' ')}" is numbered by Word at a depth with no marker in this scheme; written without a number`);
      return this.push(lines.join(' '));
    }
    this.headingLine(depth, [marker, ...lines], undefined);
  }

  /** Write a heading (lines[0] starts with its marker) and follow the task section. */
  private headingLine(depth: number, lines: string[], typed: TypedMarker | undefined): void {
    if (typed) this.numbers.typed(typed);
    if (this.listHeadingDepth !== undefined && depth < this.listHeadingDepth) this.listHeadingDepth = undefined;
    const [first, ...more] = lines;
    const isPart = /^(?:Phần|PHẦN)\s+[IVXLC]+$/u.test(first!);
    const title = isPart ? more.join(' ') : [first!.replace(/^\S+\s*/u, ''), ...more].join(' ');
    if (depth <= 1 || (this.inTasks && depth <= this.taskDepth)) {
      if (isTaskSectionTitle(title)) {
        this.inTasks = true;
        this.taskDepth = depth;
        this.task = 0;
      } else if (depth <= this.taskDepth || !this.inTasks) this.inTasks = false;
    }
    if (this.inTasks && depth === 2) {
      this.task = Number(/^(\d+)\./u.exec(first!)?.[1] ?? this.task + 1);
    }
    if (isPart) {
      this.push(first!);
      this.push(more.join(' '));
    } else this.push(lines.join(' '));
  }

  private appendix(lines: string[]): void {
    this.endSignature();
    this.phase = 'body';
    this.inTasks = false;
    this.push(lines.join('\n'));
  }

  private paragraph(el: Element): void {
    const runs = this.runs(el);
    const text = plain(runs).trim();
    if (text === '') return;
    if (RECIPIENTS.test(text)) return this.startTrailer(runs);
    if (APPENDIX.test(text) && (wholeFormat(runs).bold || text === text.toLocaleUpperCase('vi'))) {
      return this.appendix(text.split('\n').map((l) => l.trim()));
    }
    if (this.phase === 'trailer') {
      if (text.startsWith('- ') && this.signature.length === 0) return this.recipient(text);
      this.signature.push(runs);
      return;
    }
    const f = wholeFormat(runs);
    const marker = readMarker(text);
    if (marker && (f.bold || f.italic)) {
      return this.headingLine(marker.depth, [text.replace(/[\t\n]/gu, ' ')], marker);
    }
    if (this.inTasks && marker?.kind === 'decimal') this.task = marker.values[0]!;
    this.push(renderRuns(this.oneLine(runs)));
  }

  private startTrailer(runs: Run[]): void {
    this.endSignature();
    this.phase = 'trailer';
    this.inTasks = false;
    this.recipients = [plain(runs).replace(/\s+/gu, ' ').trim()];
  }

  private recipient(line: string): void {
    this.recipients.push(line.replace(/[\t\n]/gu, ' ').trim());
  }

  /** Write the recipients, the signature lines and the name, once the trailer is over. */
  private endSignature(): void {
    if (this.phase !== 'trailer') return;
    this.push(this.recipients.join('\n'));
    this.recipients = [];
    const lines = this.signature.flatMap((runs) => splitLines(runs));
    this.signature = [];
    const name = lines.pop();
    if (lines.length) {
      if (lines.every((l) => wholeFormat(l).bold && !wholeFormat(l).italic)) this.push(`**${lines.map((l) => plain(l).trim()).join('\n')}**`);
      else this.push(lines.map((l) => renderRuns(l).trim()).join('\n'));
    }
    if (name) this.push(plain(name));
    this.phase = 'body';
  }

  /** Finish: the open trailer, then the footnotes block. */
  finish(noteLists: Element[]): void {
    if (this.phase === 'title') this.flushTitle();
    this.endSignature();
    const defs: Array<[number, string]> = [];
    for (const list of noteLists) {
      for (const li of elements(list)) {
        const n = this.notes.get(String(li.properties.id));
        if (n === undefined) continue;
        defs.push([n, renderRuns(this.oneLine(this.runs(li))).trim()]);
      }
    }
    defs.sort((a, b) => a[0] - b[0]);
    this.push(defs.map(([n, text]) => `${superscriptDigits(String(n))} ${text}`).join('\n'));
  }

  /**
   * A list. `mode`: recipients ("- …" lines of "Nơi nhận"), tasks (top-level numbered items of the task
   * section) or bullets.
   */
  private list(
    el: Element,
    depth = 1,
    lines: string[] = [],
    mode: 'recipients' | 'tasks' | 'bullets' = this.phase === 'trailer' ? 'recipients' : this.inTasks ? 'tasks' : 'bullets',
  ): void {
    const ordered = el.tagName === 'ol';
    for (const li of elements(el).filter((e) => e.tagName === 'li')) {
      const runs = this.oneLine(this.runs(li, undefined, true));
      const text = plain(runs).trim();
      const nested = elements(li).filter((c) => c.tagName === 'ul' || c.tagName === 'ol');
      if (mode === 'recipients') {
        if (text) this.recipient(text.startsWith('- ') ? text : `- ${text}`);
        nested.forEach((n) => this.list(n, depth + 1, lines, mode));
        continue;
      }
      if (mode === 'tasks' && depth === 1 && ordered) {
        this.push(lines.splice(0).join('\n'));
        this.task += 1;
        this.push(`${this.task}. ${renderRuns(runs).trim()}`);
        nested.forEach((n) => this.list(n, 1, [], 'bullets'));
        continue;
      }
      const f = wholeFormat(runs);
      if (depth === 1 && ordered && f.bold && nested.length === 0 && text !== '' && readMarker(text) === undefined) {
        const d = this.listHeadingDepth ?? this.numbers.depth + 1;
        const marker = d >= 1 ? this.numbers.nextAt(d) : undefined;
        if (marker !== undefined) {
          this.push(lines.splice(0).join('\n'));
          this.headingLine(d, [`${marker} ${text}`], undefined);
          this.listHeadingDepth = d;
          continue;
        }
      }
      if (ordered) this.warn('a Word-numbered list outside the task section is written as "-" bullets (its numbers are not kept)');
      if (depth > 2) this.warn('a list nested deeper than two levels is written with "+" for every deeper level');
      if (text) lines.push(`${depth === 1 ? '-' : '+'} ${renderRuns(runs).trim()}`);
      nested.forEach((n) => this.list(n, depth + 1, lines, mode));
    }
    if (depth === 1) this.push(lines.join('\n'));
  }

  private table(el: Element): void {
    const rows = this.rowsOf(el);
    const signatureTable = elements(rows[0] ?? el).some((c) => RECIPIENTS.test(plain(this.runs(c)).trim()));
    if (signatureTable || this.phase === 'trailer') return this.signatureTable(rows);
    const grid = this.grid(rows);
    const width = Math.max(0, ...grid.map((r) => r.length));
    if (width <= 1) {
      this.warn('a table with one column is read as paragraphs');
      for (const row of rows) for (const cell of elements(row)) for (const p of this.paragraphsOf(cell)) this.read(p);
      return;
    }
    this.push(grid.map((r) => [...r, ...Array<string>(width - r.length).fill('')].join('\t')).join('\n'));
  }

  /** Cell texts laid on the table's grid: a merged cell's text in its first slot, empty cells after. */
  private grid(rows: Element[]): string[][] {
    const grid: string[][] = [];
    const pending: number[] = []; // column → rows still covered by a rowspan from above
    rows.forEach((tr, r) => {
      const line: string[] = (grid[r] = []);
      let col = 0;
      const skipCovered = (): void => {
        while ((pending[col] ?? 0) > 0) {
          pending[col]! -= 1;
          line[col++] = '';
        }
      };
      for (const cell of elements(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th')) {
        skipCovered();
        if (elements(cell).some((c) => c.tagName === 'table')) this.warn('a table inside a table cell is read as the cell\'s text');
        const text = renderRuns(this.oneLine(this.runs(cell))).trim();
        const colspan = Math.max(1, Number(cell.properties.colSpan ?? 1));
        const rowspan = Math.max(1, Number(cell.properties.rowSpan ?? 1));
        for (let k = 0; k < colspan; k++) {
          line[col] = k === 0 ? text : '';
          if (rowspan > 1) pending[col] = rowspan - 1;
          col += 1;
        }
      }
      skipCovered();
      for (let c = col; c < pending.length; c++) {
        if ((pending[c] ?? 0) > 0) {
          pending[c]! -= 1;
          line[c] = '';
        }
      }
    });
    return grid;
  }

  /** The layout table holding "Nơi nhận" on one side and the signature on the other. */
  private signatureTable(rows: Element[]): void {
    if (this.phase !== 'trailer') {
      this.phase = 'trailer';
      this.inTasks = false;
    }
    for (const row of rows) {
      for (const cell of elements(row)) {
        const paragraphs = this.paragraphsOf(cell);
        const first = paragraphs[0] ? plain(this.runs(paragraphs[0])).trim() : '';
        if (RECIPIENTS.test(first)) {
          this.recipients = [first.replace(/\s+/gu, ' ')];
          for (const p of paragraphs.slice(1)) {
            const t = plain(this.runs(p)).trim();
            if (t) this.recipient(p.tagName === 'li' && !t.startsWith('- ') ? `- ${t}` : t);
          }
        } else for (const p of paragraphs) this.signature.push(this.runs(p));
      }
    }
  }
}

/**
 * Pad a letterhead row's cells so the number line ("Số …", left) and the place-date line (right) are
 * on the same zipped line even when the cells above them have different heights.
 */
function alignNumberAndDate(cells: string[][], marks: (line: string) => boolean): string[][] {
  const at = cells.map((c) => c.findIndex(marks));
  const target = Math.max(...at);
  return cells.map((c, i) => (at[i]! >= 0 && at[i]! < target ? [...c.slice(0, at[i]), ...Array<string>(target - at[i]!).fill(''), ...c.slice(at[i])] : c));
}

/** Split runs at soft line breaks into lines of runs. */
function splitLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const r of runs) {
    if ('text' in r && r.text.includes('\n')) {
      r.text.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines.at(-1)!.push({ ...r, text: part });
      });
    } else lines.at(-1)!.push(r);
  }
  return lines.filter((l) => plain(l).trim() !== '');
}

/** mammoth's HTML of a Word report → canonical text and warnings. */
export function htmlToCanonicalText(html: string): CanonicalText {
  const root = fromHtml(html, { fragment: true });
  const top = elements(root);
  const noteLists = top.filter(isNoteList);
  const body = top.filter((el) => !isNoteList(el));
  const writer = new Writer(noteNumbers(body), body);
  for (const el of body) writer.read(el);
  writer.finish(noteLists);
  return { text: `${writer.blocks.join('\n\n')}\n`.normalize('NFC'), warnings: writer.warnings };
}
