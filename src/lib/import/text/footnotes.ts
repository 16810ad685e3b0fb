/**
 * Footnotes of a plain-text report, in both ways a report carries them: superscript numbers (`cùng kỳ¹`,
 * bodies on lines starting `¹ ` anywhere, e.g. at page breaks), or — as Word saves text — plain digits
 * glued to the word they explain (`cùng kỳ1`, `…2021.3`) with their bodies in a block of `1 text` /
 * `1. text` lines after the signature or the appendix. A plain digit is a reference only when the document
 * has such a block, the digit is the next footnote still uncalled, and it is glued where Word puts a mark:
 * never `m3`, `F1`, a year, a decimal or a figure.
 */
import type { Footnote, Inline } from '../model.ts';
import { isRecipientsLine } from './headings.ts';
import type { Fail, SourceLine } from './lines.ts';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const SUPERSCRIPT_DEF = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$/u;
const PLAIN_DEF = /^(\d{1,3})\.? +(\S.*)$/u;
/** Units written with a power ("m³", "km2"): the power is no footnote reference. */
const UNIT_BEFORE_POWER = /(?:^|\s)(?:mm|cm|dm|m|km)$/u;
/** A power of ten written with a superscript exponent: "91×10⁶", "2,5 x 10³": the digits are the exponent, no footnote mark. */
const TEN_BEFORE_EXPONENT = /[×x*·]\s?10$/u;
/** What may follow a plain-digit mark: the end, a space, closing punctuation or emphasis. */
const AFTER_PLAIN_MARK = /^(?:$|[\s.,;:!?…)”"’»*])/u;
/** Punctuation a plain-digit mark may be glued to. */
const PUNCTUATION_BEFORE_MARK = /[.,;:)”"’»%*]/u;

/** Superscript digits → number: "³⁸" → 38. */
export function readSuperscript(digits: string): number {
  let n = 0;
  for (const ch of digits) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}

/** Append text to inlines, merging with a preceding text run. */
export function pushText(inlines: Inline[], text: string): void {
  if (text === '') return;
  const prev = inlines.at(-1);
  if (typeof prev === 'string') inlines[inlines.length - 1] = prev + text;
  else inlines.push(text);
}

/** Split a line into text and superscript footnote references; "m³" after a unit and "×10⁶" (a power of ten) stay text. */
export function splitFootnoteRefs(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(SUPERSCRIPT_RUN)) {
    const start = match.index;
    const before = text.slice(0, start);
    if (/^[²³]$/u.test(match[0]) && UNIT_BEFORE_POWER.test(before)) continue;
    if (TEN_BEFORE_EXPONENT.test(before)) continue;
    if (start === 0 || /\s/u.test(text[start - 1] ?? ' ')) continue;
    pushText(inlines, text.slice(last, start));
    inlines.push({ footnote: readSuperscript(match[0]) });
    last = start + match[0].length;
  }
  pushText(inlines, text.slice(last));
  return inlines;
}

/** Whether the digits at `start` of `text` (a whole run, `length` long) sit where Word puts a footnote mark. */
export function isPlainMark(text: string, start: number, length: number): boolean {
  const before = text[start - 1];
  const after = text.slice(start + length);
  if (before === undefined || !AFTER_PLAIN_MARK.test(after)) return false;
  if (/\p{L}/u.test(before)) {
    const word = /\p{L}+$/u.exec(text.slice(0, start))![0];
    if (word.length === 1) return false; // "F1", "F0": names, not marks
    return !(/^[23]$/u.test(text.slice(start, start + length)) && UNIT_BEFORE_POWER.test(text.slice(0, start)));
  }
  if (!PUNCTUATION_BEFORE_MARK.test(before)) return false;
  const beforePunctuation = text[start - 2];
  if (beforePunctuation === undefined || !/\d/u.test(beforePunctuation)) return true;
  if (before === ',') return false; // "15.443,3": a decimal
  if (before === '.') return after === '' || /^\s+[\p{Lu}“"(]/u.test(after); // "2021.3 Tiếp", not "1.250 người"
  return true;
}

/** What the footnote pass found: definitions, the lines that hold them, and each other line's text with its references. */
export interface FootnoteReading {
  /** Definitions by number. */
  footnotes: Map<number, Footnote>;
  /** Line numbers of definition lines. */
  definitionLines: Set<number>;
  /** Index (into the lines) where the closing block of definitions starts; the line count when there is none. */
  blockStart: number;
  /** Whether the closing block has plain-digit definitions (so plain-digit marks are read). */
  plain: boolean;
  /** A non-definition line's text split into text and references, by line number. */
  inlines: Map<number, Inline[]>;
}

/**
 * Read the footnotes of a whole text: the closing block of definitions (the lines at the end that all
 * start with a footnote number, after "Nơi nhận:"), superscript definitions anywhere, and the references
 * of every other line, in reading order.
 */
export function readFootnotes(lines: SourceLine[], fail: Fail): FootnoteReading {
  const recipients = lines.findIndex((l) => isRecipientsLine(l.text));
  let blockStart = lines.length;
  for (let k = lines.length - 1; k > recipients && recipients >= 0; k--) {
    const t = lines[k]!.text;
    if (t === '') continue;
    if (!SUPERSCRIPT_DEF.test(t) && !PLAIN_DEF.test(t)) break;
    blockStart = k;
  }

  const footnotes = new Map<number, Footnote>();
  const definitionLines = new Set<number>();
  const define = (n: number, text: string, line: number): void => {
    const earlier = footnotes.get(n);
    if (earlier) fail(line, `footnote ${n} is defined twice (first at line ${earlier.line}); expected each footnote number once`);
    footnotes.set(n, { n, text, line });
    definitionLines.add(line);
  };
  const plainNumbers: number[] = [];
  let previousPlain: Footnote | undefined;
  lines.forEach((l, k) => {
    const sup = SUPERSCRIPT_DEF.exec(l.text);
    if (sup) return define(readSuperscript(sup[1]!), sup[2]!, l.line);
    const def = k >= blockStart ? PLAIN_DEF.exec(l.text) : null;
    if (!def) return;
    const n = Number(def[1]);
    if (previousPlain && n !== previousPlain.n + 1) {
      fail(l.line, `footnote block: footnote ${n} follows footnote ${previousPlain.n} (line ${previousPlain.line}); expected footnote ${previousPlain.n + 1} next (one line per footnote, numbered in order)`);
    }
    define(n, def[2]!, l.line);
    previousPlain = footnotes.get(n);
    plainNumbers.push(n);
  });

  const expected = plainNumbers;
  let next = 0;
  const inlines = new Map<number, Inline[]>();
  for (const l of lines.slice(0, blockStart)) {
    if (l.text === '' || definitionLines.has(l.line)) continue;
    const read: Inline[] = [];
    for (const part of splitFootnoteRefs(l.text)) {
      if (typeof part !== 'string' || next >= expected.length) {
        if (typeof part === 'string') pushText(read, part);
        else read.push(part);
        continue;
      }
      let last = 0;
      for (const m of part.matchAll(/\d+/gu)) {
        if (next >= expected.length || Number(m[0]) !== expected[next] || !isPlainMark(part, m.index, m[0].length)) continue;
        pushText(read, part.slice(last, m.index));
        read.push({ footnote: expected[next]! });
        next += 1;
        last = m.index + m[0].length;
      }
      pushText(read, part.slice(last));
    }
    inlines.set(l.line, read);
  }
  return { footnotes, definitionLines, blockStart, plain: plainNumbers.length > 0, inlines };
}

/**
 * The text a reader sees, line for line, for the fidelity check: footnote references removed, a
 * definition's number removed, a list item's "- " / "+ " removed. Throws `ReportParseError` as the parser
 * would on a broken footnote block.
 */
export function readerText(lines: SourceLine[], fail: Fail): string {
  const reading = readFootnotes(lines, fail);
  const definitions = new Map([...reading.footnotes.values()].map((f) => [f.line, f]));
  return lines
    .map((l) => {
      const def = definitions.get(l.line);
      if (def) return def.text;
      const inlines = reading.inlines.get(l.line);
      const text = inlines ? inlines.filter((i): i is string => typeof i === 'string').join('') : l.text;
      return text.replace(/^[-+] +/u, '');
    })
    .join('\n');
}
