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
}

/** A main point that does not hold, with a message naming it. */
export interface MainPointProblem {
  /** Position of the main point in `mainPoints`, from 1. */
  index: number;
  message: string;
}

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
 * Check each main point against its entry's paragraphs (`paragraphs` maps "collection/id" to them):
 * the entry must exist, the paragraph must exist, and the quote must stand in it verbatim.
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
    if (text.includes(quote)) return [];
    const same = matchedPrefix(quote, text);
    const where = same.length > 0 ? `; it matches up to "${same.slice(-30)}" then reads "${quote.slice(same.length, same.length + 30)}"` : '';
    return [{ index, message: `${name}: mainPoints.${i}.quote is not printed verbatim in ${point.entry} paragraph ${point.paragraph}${where}` }];
  });
}
