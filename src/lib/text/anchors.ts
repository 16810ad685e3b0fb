/**
 * The anchor rules of a report page, in one place: paragraph ids ("ii-1-b-2"), footnote ids ("fn-14"),
 * tables ("ii-1-b-bang-1"), the heading of an entry's footnote list ("chu-thich-14") and task anchors
 * ("nhiem-vu-3"). The rehype
 * plugin, the text model, search records, open data and figure sources all build ids here.
 */
import { numberSlug } from './fold.ts';

/** What an entry's frontmatter says about its anchors (unknown values are ignored). */
export interface AnchorFrontmatter {
  /** The report's section number: "II.1.b". */
  number?: unknown;
  /** Q4 task number. */
  task?: unknown;
}

/** Anchor prefix of an entry's paragraphs: "II.1.b" → "ii-1-b"; task 3 → "nhiem-vu-3"; none without either. */
export function paragraphPrefix(frontmatter: AnchorFrontmatter, taskPrefix: string): string | undefined {
  if (typeof frontmatter.task === 'number') return `${taskPrefix}-${frontmatter.task}`;
  if (typeof frontmatter.number === 'string') return numberSlug(frontmatter.number);
  return undefined;
}

/** Id of the `ordinal`-th paragraph (from 1) of an entry: ("ii-1-b", 2) → "ii-1-b-2". */
export function paragraphId(prefix: string, ordinal: number): string {
  return `${prefix}-${ordinal}`;
}

/** Id of a footnote under its own number: "14" → "fn-14". */
export function footnoteId(label: string): string {
  return `fn-${label}`;
}

/** Id of the heading over an entry's footnote list, named by its first footnote: "14" → "chu-thich-14". */
export function footnotesHeadingId(firstLabel: string): string {
  return `chu-thich-${firstLabel}`;
}

/** Word between an entry's prefix and a table's number: "ii-1-b-bang-1" (never a number, so no paragraph id can take it). */
const TABLE_WORD = 'bang';

/** Id of the `ordinal`-th table (from 1) of an entry: ("ii-1-b", 1) → "ii-1-b-bang-1". */
export function tableId(prefix: string, ordinal: number): string {
  return `${prefix}-${TABLE_WORD}-${ordinal}`;
}

/** Where an anchor points: ("ii-1-b-2", "ii-1-b") → paragraph 2; "ii-1-b-bang-1" → table 1; "fn-18" → footnote 18. */
export function anchorPlace(anchor: string, prefix: string): { footnote: string } | { table: number } | { paragraph: number } {
  if (anchor.startsWith(footnoteId(''))) return { footnote: anchor.slice(footnoteId('').length) };
  const tables = `${prefix}-${TABLE_WORD}-`;
  if (anchor.startsWith(tables)) return { table: Number(anchor.slice(tables.length)) };
  return { paragraph: Number(anchor.slice(prefix.length + 1)) };
}
