/**
 * Parse a plain-text Vietnamese report (header, "Phần" parts, numbered headings, body paragraphs,
 * superscript footnotes, recipients, signature) into a document model. Pure: no fs, no Astro.
 */

/** Labels the importer gives entries that have no printed heading of their own. */
export const IMPORT_LABELS = {
  /** Title of the text between a "Phần" heading and its first numbered item. */
  partIntro: (part: string): string => `Mở đầu ${part}`,
  /** Title of a new task file: "Nhiệm vụ 3". */
  task: (n: number): string => `Nhiệm vụ ${n}`,
};

/** A footnote reference inside a paragraph: the original number. */
export interface FootnoteRef {
  /** Footnote number as printed (superscript digits). */
  footnote: number;
}

/** A run of paragraph text (markdown emphasis kept as printed) or a footnote reference. */
export type Inline = string | FootnoteRef;

/** One body paragraph, mended across page breaks. */
export interface Paragraph {
  /** Text and footnote references in reading order. */
  inlines: Inline[];
  /** 1-based source line where the paragraph starts. */
  line: number;
}

/** A heading as printed. */
export interface Heading {
  /** Section number: "Phần I", "II", "II.1", "II.1.đ". */
  number: string;
  /** Marker as printed: "Phần I", "II.", "1.", "đ)". */
  marker: string;
  /** Heading text as printed, without its marker. */
  title: string;
  /** HTML heading level: 2 for "Phần", 3 Roman, 4 arabic, 5 letters. */
  level: number;
  /** 1-based source line. */
  line: number;
}

/** A heading without text of its own, and the order of the first entry after it. */
export interface OutlineHeading extends Heading {
  /** Order of the first entry this heading stands before. */
  before: number;
}

/** A section with its own text: becomes one MDX entry. */
export interface Entry {
  /** Section number: "II.1.b", "Phần II", "Phần II.3". */
  number: string;
  /** Marker as printed ("1.", "b)"); absent for part intros and tasks. */
  marker?: string;
  /** Heading text, or an importer label for intros and tasks. */
  title: string;
  /** Position in the document, 1-based. */
  order: number;
  /** For tasks (numbered items of a later part): the task number. */
  task?: number;
  /** Body paragraphs in order. */
  paragraphs: Paragraph[];
  /** 1-based source line of the heading (or first paragraph). */
  line: number;
}

/** A footnote body. */
export interface Footnote {
  /** Number as printed. */
  n: number;
  /** Text as printed, without the leading superscript number. */
  text: string;
  /** 1-based source line of the definition. */
  line: number;
}

/** The whole report. */
export interface ReportDocument {
  /** "BÁO CÁO". */
  documentType: string;
  /** Number line with its blanks: "Số: /BC-UBND". */
  number: string;
  /** Place and date line: "Lạng Sơn, ngày tháng 10 năm 2021". */
  placeDate: string;
  /** Title without bold markers; line breaks kept as "\n". */
  title: string;
  /** Headings without text of their own, in document order. */
  outline: OutlineHeading[];
  /** Sections with text, in document order. */
  entries: Entry[];
  /** Footnotes sorted by number. */
  footnotes: Footnote[];
  /** "Nơi nhận:" as printed. */
  recipientsLabel: string;
  /** Recipient lines without their leading "- ". */
  recipients: string[];
  /** Signature block lines (bold markers removed) and the signatory's name. */
  signature: { lines: string[]; name: string };
}

/** A problem in the input, located by file name and line. */
export class ReportParseError extends Error {
  /** Input file name as given to the parser. */
  readonly source: string;
  /** 1-based line number. */
  readonly line: number;

  constructor(source: string, line: number, message: string) {
    super(`${source}:${line}: ${message}`);
    this.name = 'ReportParseError';
    this.source = source;
    this.line = line;
  }
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const FOOTNOTE_DEF = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/u;
const PART = /^Phần ([IVXLC]+)$/u;
const ROMAN = /^([IVXLC]+)\. (.+)$/u;
const ARABIC = /^(\d+)\. (.+)$/u;
const LETTER = /^([a-zđ])\) (.+)$/u;
const RECIPIENTS = /^Nơi nhận:?$/u;
/** Units written with a superscript power ("m³"): not footnote references. */
const UNIT_BEFORE_POWER = /(?:^|\s)(?:mm|cm|dm|m|km)$/u;
const TERMINAL = new Set(['.', ':', ';', '!', '?', '…', '”', '"', '»']);

/** Superscript digits → number: "³⁸" → 38. */
export function readSuperscript(digits: string): number {
  let n = 0;
  for (const ch of digits) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

/** Split a line into text and footnote references; "m³" after a unit stays text. */
export function splitFootnoteRefs(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(SUPERSCRIPT_RUN)) {
    const start = match.index;
    const before = text.slice(0, start);
    if (/^[²³]$/u.test(match[0]) && UNIT_BEFORE_POWER.test(before)) continue;
    if (start === 0 || /\s/u.test(text[start - 1] ?? ' ')) continue;
    pushText(inlines, text.slice(last, start));
    inlines.push({ footnote: readSuperscript(match[0]) });
    last = start + match[0].length;
  }
  pushText(inlines, text.slice(last));
  return inlines;
}

function pushText(inlines: Inline[], text: string): void {
  if (text === '') return;
  const prev = inlines.at(-1);
  if (typeof prev === 'string') inlines[inlines.length - 1] = prev + text;
  else inlines.push(text);
}

/** Whether a body line ends a paragraph (terminal punctuation, ignoring closing emphasis and refs). */
export function endsParagraph(line: string): boolean {
  if (/^\*\*.*\*\*$/u.test(line)) return true; // a wholly bold line is a run-in label
  const stripped = line.replace(/[*\s⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, '');
  return TERMINAL.has(stripped.at(-1) ?? '.');
}

/** Join a continuation onto a paragraph cut by a page break: no space after a glued hyphen. */
function joinerFor(text: string): string {
  return /\S-$/u.test(text) ? '' : ' ';
}

function stripBold(text: string): string {
  return text.replace(/^\*\*/u, '').replace(/\*\*$/u, '');
}

interface SourceLine {
  text: string;
  line: number;
}

/** Parse a report's plain text. `source` names the input in error messages. */
export function parseReport(text: string, source: string): ReportDocument {
  const lines: SourceLine[] = text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((t, i) => ({ text: t.trim(), line: i + 1 }));
  const fail = (line: number, message: string): never => {
    throw new ReportParseError(source, line, message);
  };

  const firstPart = lines.findIndex((l) => PART.test(l.text));
  if (lines[firstPart]?.text !== 'Phần I') {
    const firstHeading = lines.find((l) => PART.test(l.text) || ROMAN.test(l.text) || ARABIC.test(l.text));
    fail(firstHeading?.line ?? lines.length, 'expected a "Phần I" heading before the body, found none');
  }
  const header = parseHeader(lines.slice(0, firstPart), fail);

  const entries: Entry[] = [];
  const outline: Array<Heading & { before?: number }> = [];
  const footnotes = new Map<number, Footnote>();
  const refLines = new Map<number, number>();

  let part: Heading | undefined;
  let partIndex = 0;
  let stack: Heading[] = []; // Roman, arabic, letter headings of the current part
  let current: Entry | undefined; // entry receiving paragraphs
  let currentHeading: Heading | undefined; // latest heading; an entry once it gets text
  let open: { paragraph: Paragraph; last: string } | undefined; // unterminated paragraph

  const startEntry = (fields: Omit<Entry, 'order' | 'paragraphs'>, from: Heading | undefined): Entry => {
    const entry: Entry = { ...fields, order: entries.length + 1, paragraphs: [] };
    entries.push(entry);
    if (from && from.level > 2) outline.splice(outline.indexOf(from), 1);
    for (const h of outline) h.before ??= entry.order;
    return entry;
  };
  const addHeading = (heading: Heading): void => {
    outline.push(heading);
    currentHeading = heading;
    current = undefined;
  };
  const addRefs = (inlines: Inline[], line: number): void => {
    for (const inline of inlines) {
      if (typeof inline !== 'string' && !refLines.has(inline.footnote)) refLines.set(inline.footnote, line);
    }
  };

  let i = firstPart;
  let end = lines.length;
  for (; i < lines.length; i++) {
    const { text: t, line } = lines[i]!;
    if (t === '') continue;
    if (RECIPIENTS.test(t)) {
      end = i;
      break;
    }
    const def = FOOTNOTE_DEF.exec(t);
    if (def) {
      const n = readSuperscript(def[1]!);
      const earlier = footnotes.get(n);
      if (earlier) fail(line, `footnote ${n} is defined twice (first at line ${earlier.line})`);
      footnotes.set(n, { n, text: def[2]!, line });
      continue;
    }
    if (open) {
      const inlines = splitFootnoteRefs(t);
      addRefs(inlines, line);
      const joined = open.paragraph.inlines;
      pushText(joined, joinerFor(open.last));
      for (const inline of inlines) typeof inline === 'string' ? pushText(joined, inline) : joined.push(inline);
      open = endsParagraph(t) ? undefined : { paragraph: open.paragraph, last: t };
      continue;
    }

    const partMatch = PART.exec(t);
    if (partMatch) {
      const titleLine = lines.slice(i + 1).find((l) => l.text !== '');
      if (!titleLine) return fail(line, `"${t}" has no title line`);
      part = { number: t, marker: t, title: titleLine.text, level: 2, line };
      partIndex += 1;
      stack = [];
      addHeading(part);
      i = titleLine.line - 1;
      continue;
    }
    if (!part) return fail(line, 'text before the first "Phần" heading');

    const arabic = ARABIC.exec(t);
    if (partIndex > 1 && arabic) {
      const n = Number(arabic[1]);
      current = startEntry(
        { number: `${part.number}.${n}`, title: IMPORT_LABELS.task(n), task: n, line },
        undefined,
      );
      currentHeading = undefined;
    } else if (partIndex === 1) {
      const roman = ROMAN.exec(t);
      const letter = LETTER.exec(t);
      const heading = roman
        ? { depth: 0, id: roman[1]!, marker: `${roman[1]}.`, title: roman[2]! }
        : arabic
          ? { depth: 1, id: arabic[1]!, marker: `${arabic[1]}.`, title: arabic[2]! }
          : letter
            ? { depth: 2, id: letter[1]!, marker: `${letter[1]})`, title: letter[2]! }
            : undefined;
      if (heading) {
        if (heading.depth > stack.length) fail(line, `heading "${heading.marker}" has no parent heading`);
        stack = stack.slice(0, heading.depth);
        const number = [...stack.map((h) => h.number.split('.').at(-1)), heading.id].join('.');
        const h: Heading = { number, marker: heading.marker, title: heading.title, level: 3 + heading.depth, line };
        stack.push(h);
        addHeading(h);
        continue;
      }
    }

    // A body paragraph.
    if (!current) {
      const h = currentHeading ?? part;
      current =
        h.level === 2
          ? startEntry({ number: h.number, title: IMPORT_LABELS.partIntro(h.number), line }, h)
          : startEntry({ number: h.number, marker: h.marker, title: h.title, line: h.line }, h);
    }
    const inlines = splitFootnoteRefs(t);
    addRefs(inlines, line);
    const paragraph: Paragraph = { inlines, line };
    current.paragraphs.push(paragraph);
    open = endsParagraph(t) ? undefined : { paragraph, last: t };
  }

  if (open) fail(open.paragraph.line, 'paragraph is cut off: it ends without punctuation and nothing follows');
  for (const h of outline) {
    if (h.before === undefined) fail(h.line, `heading "${h.marker} ${h.title}" has no text and no section follows it`);
  }
  for (const [n, line] of refLines) {
    if (!footnotes.has(n)) fail(line, `footnote ${n} is referenced but never defined`);
  }
  for (const f of footnotes.values()) {
    if (!refLines.has(f.n)) fail(f.line, `footnote ${f.n} is defined but never referenced`);
  }

  const trailer = parseTrailer(lines.slice(end), fail);
  return {
    ...header,
    outline: outline as OutlineHeading[],
    entries,
    footnotes: [...footnotes.values()].sort((a, b) => a.n - b.n),
    ...trailer,
  };
}

type Fail = (line: number, message: string) => never;

/** Split lines into blocks separated by blank lines. */
function blocks(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (block.length) out.push(block);
      block = [];
    } else block.push(l);
  }
  if (block.length) out.push(block);
  return out;
}

function parseHeader(lines: SourceLine[], fail: Fail) {
  const parts = blocks(lines);
  if (parts.length !== 4) {
    fail(parts[0]?.[0]?.line ?? 1, `expected 4 header blocks (number, place and date, document type, title), found ${parts.length}`);
  }
  const [number, placeDate, documentType, title] = parts.map((b) => b.map((l) => l.text).join('\n'));
  return {
    number: number!,
    placeDate: placeDate!,
    documentType: documentType!,
    title: stripBold(title!),
  };
}

function parseTrailer(lines: SourceLine[], fail: Fail) {
  const [label, ...rest] = lines.filter((l) => l.text !== '');
  if (!label) return fail(lines.at(-1)?.line ?? 1, 'expected "Nơi nhận:" and a signature after the body');
  const recipients: string[] = [];
  let k = 0;
  for (; k < rest.length && rest[k]!.text.startsWith('- '); k++) recipients.push(rest[k]!.text.slice(2));
  const signature = rest.slice(k);
  const name = signature.pop();
  if (!name || signature.length === 0) return fail(label.line, 'expected a signature block and a name after the recipients');
  return {
    recipientsLabel: label.text,
    recipients,
    signature: { lines: stripBold(signature.map((l) => l.text).join('\n')).split('\n'), name: name.text },
  };
}
