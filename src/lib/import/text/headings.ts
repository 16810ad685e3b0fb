/**
 * The lines that structure a report: headings ("Phần I", "I.", "1.", "1.1.", "1.1.1.", "a)"), the
 * next-period task section's heading, appendix lines ("PHỤ LỤC 1: …"), "Nơi nhận:" and the closing
 * sentence ("Trên đây là báo cáo …").
 */
import { unwrapEmphasis } from './lines.ts';

/** The kinds of heading, outermost first. */
export type HeadingKind = 'part' | 'roman' | 'arabic' | 'sub2' | 'sub3' | 'letter';

/** Nesting rank of each kind: a heading closes every open heading of its rank or deeper. */
export const HEADING_RANK: Record<HeadingKind, number> = { part: 0, roman: 1, arabic: 2, sub2: 3, sub3: 4, letter: 5 };

/** A heading line, read. */
export interface HeadingLine {
  /** Its kind. */
  kind: HeadingKind;
  /** Its numbers as printed: ["II"], ["1", "2"] for "1.2.", ["đ"]. */
  path: string[];
  /** Marker as printed: "Phần I", "II.", "1.2.", "đ)". */
  marker: string;
  /** Title on the same line; absent for a "Phần I" whose title is the next line. */
  title?: string;
}

const PART = /^(Phần|PHẦN) ([IVXLC]+)(?:\s*[.:\-–]\s*(.*\S))?$/u;
const ROMAN = /^([IVXLC]+)\. (.+)$/u;
const SUB3 = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.? ([\p{Lu}“"].*)$/u;
const SUB2 = /^(\d{1,2})\.(\d{1,2})\.? ([\p{Lu}“"].*)$/u;
const ARABIC = /^(\d+)\. (.+)$/u;
const LETTER = /^([a-zđ])\) (.+)$/u;
const APPENDIX = /^(PHỤ LỤC|Phụ lục)(?: ([0-9]+|[IVXLC]+))?(?:\s*[:.\-–]\s*(.*\S))?$/u;
const RECIPIENTS = /^Nơi nhận:?$/u;
const CLOSING = /^Trên đây(?![\p{L}])/u;
const TASK_WORDS = /^(?:(?:MỘT SỐ|CÁC)\s+)?(?:PHƯƠNG HƯỚNG|NHIỆM VỤ|GIẢI PHÁP)(?![\p{L}])/u;
/** Words naming the next period; letters around them are not part of them (`\\b` does not know Vietnamese letters). */
const NEXT_PERIOD = /(?<![\p{L}])(?:THÁNG \d{1,2}(?!\d)|QUÝ [IV]+(?![\p{L}])|CUỐI NĂM(?![\p{L}])|NĂM \d{4}(?!\d)|THỜI GIAN TỚI(?![\p{L}])|KỲ TỚI(?![\p{L}])|TIẾP THEO(?![\p{L}]))/u;

/** Read a heading line (emphasis around the whole line ignored); undefined for any other line. */
export function readHeading(text: string): HeadingLine | undefined {
  const t = unwrapEmphasis(text);
  let m = PART.exec(t);
  if (m) return { kind: 'part', path: [m[2]!], marker: `${m[1]} ${m[2]}`, ...(m[3] ? { title: m[3] } : {}) };
  if ((m = ROMAN.exec(t))) return { kind: 'roman', path: [m[1]!], marker: `${m[1]}.`, title: m[2]! };
  if ((m = SUB3.exec(t))) return { kind: 'sub3', path: [m[1]!, m[2]!, m[3]!], marker: t.slice(0, t.indexOf(' ')), title: m[4]! };
  if ((m = SUB2.exec(t))) return { kind: 'sub2', path: [m[1]!, m[2]!], marker: t.slice(0, t.indexOf(' ')), title: m[3]! };
  if ((m = ARABIC.exec(t))) return { kind: 'arabic', path: [m[1]!], marker: `${m[1]}.`, title: m[2]! };
  if ((m = LETTER.exec(t))) return { kind: 'letter', path: [m[1]!], marker: `${m[1]})`, title: m[2]! };
  return undefined;
}

/** Whether a "Phần" or Roman heading's title names the next period's work ("PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11"). */
export function isTaskSectionTitle(title: string): boolean {
  const upper = title.toLocaleUpperCase('vi').replace(/\s+/gu, ' ');
  return TASK_WORDS.test(upper) && NEXT_PERIOD.test(upper);
}

/** An appendix line, read. */
export interface AppendixLine {
  /** Section number: "Phụ lục", "Phụ lục 1". */
  number: string;
  /** As printed: "PHỤ LỤC 1". */
  marker: string;
  /** Title after ":" on the same line. */
  title?: string;
}

/** Read an appendix line ("PHỤ LỤC", "Phụ lục 2: Title"); undefined for any other line. */
export function readAppendix(text: string): AppendixLine | undefined {
  const m = APPENDIX.exec(unwrapEmphasis(text));
  if (!m) return undefined;
  return { number: m[2] ? `Phụ lục ${m[2]}` : 'Phụ lục', marker: m[2] ? `${m[1]} ${m[2]}` : m[1]!, ...(m[3] ? { title: m[3] } : {}) };
}

/** Whether a line is "Nơi nhận:", the start of the recipients and signature. */
export function isRecipientsLine(text: string): boolean {
  return RECIPIENTS.test(unwrapEmphasis(text));
}

/** Whether a line opens the closing paragraph ("Trên đây là báo cáo …"). */
export function isClosingLine(text: string): boolean {
  return CLOSING.test(unwrapEmphasis(text));
}
