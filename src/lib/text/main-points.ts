/**
 * Main points: sentences of the report chosen by the editor, checked to stand verbatim in the
 * paragraph they name — the same promise as the figure cross-check.
 */

/** A main point as `report.json` gives it. */
export interface MainPointRef {
  /** Entry key, "collection/id". */
  entry: string;
  /** Paragraph ordinal in that entry, from 1. */
  paragraph: number;
  /** The sentence as printed. */
  quote: string;
}

/** One paragraph of an entry, as plain text. */
export interface ParagraphText {
  /** Ordinal in its entry, from 1, as the page numbers it. */
  ordinal: number;
  /** Plain text: markup and footnote references removed. */
  text: string;
  /** Its sentences, in order (`splitSentences` of the text when not given). */
  sentences?: readonly string[] | undefined;
}

/** A main point that does not hold, with a message naming it. */
export interface MainPointProblem {
  /** Position of the main point in `mainPoints`, from 1. */
  index: number;
  message: string;
}

import { splitSentences } from './entry-text.ts';

/** Line breaks and runs of spaces are layout, not text: compare with them collapsed. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first words of a quote, for messages: `"Tổng kim ngạch xuất nhập khẩu…"`. */
export function quoteStart(quote: string, words = 6): string {
  const all = collapse(quote).split(' ');
  return `"${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}"`;
}

/** Longest start of `quote` that `text` holds, so a message can say where the two part. */
function matchedPrefix(quote: string, text: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return quote.slice(0, low);
}

/**
 * Where a quote the paragraph holds fails to be a run of its whole sentences, in words ("it starts
 * inside the sentence \"…\""), or undefined when it is one or more consecutive whole sentences.
 */
function fragmentOf(quote: string, sentences: readonly string[]): string | undefined {
  for (let first = 0; first < sentences.length; first += 1) {
    let run = '';
    for (let last = first; last < sentences.length; last += 1) {
      run = run === '' ? (sentences[last] ?? '') : `${run} ${sentences[last] ?? ''}`;
      if (run === quote) return undefined;
      if (run.length >= quote.length) break;
    }
  }
  // Name the sentence the quote opens in and the one it closes in.
  let offset = 0;
  const text = sentences.join(' ');
  const at = text.indexOf(quote);
  const end = at + quote.length;
  let opening: string | undefined;
  let closing: string | undefined;
  for (const sentence of sentences) {
    const from = offset;
    const to = offset + sentence.length;
    if (opening === undefined && at > from && at < to) opening = sentence;
    if (closing === undefined && end > from && end < to) closing = sentence;
    offset = to + 1;
  }
  if (opening !== undefined && opening === closing) return `it is only a part of the sentence ${quoteStart(opening, 10)}`;
  const parts = [
    opening === undefined ? undefined : `it starts inside the sentence ${quoteStart(opening, 10)}`,
    closing === undefined ? undefined : `it ends inside the sentence ${quoteStart(closing, 10)}`,
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(', and ') : 'it is not a run of the paragraph\'s sentences';
}

/**
 * Check each main point against its entry's paragraphs (`paragraphs` maps "collection/id" to them):
 * the entry must exist, the paragraph must exist, and the quote must stand in it verbatim as one or
 * more whole sentences (a fragment, "được khởi công" out of "chưa được khởi công", says the opposite).
 */
export function checkMainPoints(points: readonly MainPointRef[], paragraphs: ReadonlyMap<string, readonly ParagraphText[]>): MainPointProblem[] {
  return points.flatMap((point, i): MainPointProblem[] => {
    const index = i + 1;
    const name = `main point ${index} (${quoteStart(point.quote)})`;
    const entry = paragraphs.get(point.entry);
    if (!entry) return [{ index, message: `${name}: mainPoints.${i}.entry names "${point.entry}", which is not an entry of the report` }];
    const paragraph = entry.find((p) => p.ordinal === point.paragraph);
    if (!paragraph) {
      return [{ index, message: `${name}: mainPoints.${i}.paragraph is ${point.paragraph}, but ${point.entry} has ${entry.length} paragraph${entry.length === 1 ? '' : 's'}` }];
    }
    const quote = collapse(point.quote);
    const text = collapse(paragraph.text);
    if (text.includes(quote)) {
      const fragment = fragmentOf(quote, (paragraph.sentences ?? splitSentences(text)).map(collapse));
      return fragment === undefined ? [] : [{ index, message: `${name}: mainPoints.${i}.quote is not whole sentences of ${point.entry} paragraph ${point.paragraph}: ${fragment}; quote one or more whole sentences, from the first word to the closing punctuation` }];
    }
    const same = matchedPrefix(quote, text);
    const where = same.length > 0 ? `; it matches up to "${same.slice(-30)}" then reads "${quote.slice(same.length, same.length + 30)}"` : '';
    return [{ index, message: `${name}: mainPoints.${i}.quote is not printed verbatim in ${point.entry} paragraph ${point.paragraph}${where}` }];
  });
}

/** An outline heading as `report.json` gives it: number, marker, level, and the order of the entry it stands before. */
export interface PartHeading {
  number: string;
  marker?: string | undefined;
  title: string;
  level: number;
  before: number;
}

/**
 * The part (a top-level outline heading: "Phần I") whose closing paragraph this is — the last paragraph
 * of the last entry before the next part begins — or undefined. A report's own summary often stands
 * there ("Nhìn chung, …") under the heading of whatever section happens to come last, so a main point
 * quoting it is credited as the part's closing paragraph rather than by that section's title alone.
 */
export function closedPart(
  outline: readonly PartHeading[],
  entryOrders: readonly number[],
  place: { order: number; paragraph: number; paragraphCount: number },
): PartHeading | undefined {
  if (place.paragraph !== place.paragraphCount || outline.length === 0) return undefined;
  const top = Math.min(...outline.map((h) => h.level));
  const parts = outline.filter((h) => h.level === top).sort((a, b) => a.before - b.before);
  const index = parts.findLastIndex((h) => h.before <= place.order);
  const part = parts[index];
  if (!part) return undefined;
  const end = parts[index + 1]?.before ?? Number.POSITIVE_INFINITY;
  return entryOrders.some((o) => o > place.order && o < end) ? undefined : part;
}

/** Consecutive items that share a key, as runs in order: points quoting one paragraph share one credit. */
export function runsBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && key(last[0] as T) === key(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
