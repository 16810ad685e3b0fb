/**
 * Where a figure's numbers are printed: the paragraphs and footnotes of its entry that its indicators
 * come from, in reading order, for the figure's source line ("mục II.1.b, đoạn 1, 2, bảng 1, chú thích 14").
 */
import { anchorPlace, footnoteId } from '../text/anchors.ts';

/** The places a figure's source line names. */
export interface FigureSource {
  /** Paragraphs (numbers within the entry) and their anchors, in order. */
  paragraphs: { number: number; anchor: string }[];
  /** Tables (numbers within the entry) and their anchors, in order. */
  tables: { number: number; anchor: string }[];
  /** Footnotes under their own numbers and their anchors, in order. */
  footnotes: { label: string; anchor: string }[];
}

/** Collect the places of a figure's indicators: each one's anchor (paragraph or footnote) and the footnote it cites, without repeats. */
export function figureSource(indicators: readonly { anchor: string; footnote?: number | undefined }[], prefix: string): FigureSource {
  const paragraphs = new Map<number, string>();
  const tables = new Map<number, string>();
  const footnotes = new Map<number, string>();
  for (const indicator of indicators) {
    const place = anchorPlace(indicator.anchor, prefix);
    if ('paragraph' in place) paragraphs.set(place.paragraph, indicator.anchor);
    else if ('table' in place) tables.set(place.table, indicator.anchor);
    else footnotes.set(Number(place.footnote), indicator.anchor);
    if (indicator.footnote !== undefined) footnotes.set(indicator.footnote, footnoteId(String(indicator.footnote)));
  }
  const sorted = <T>(map: Map<number, T>) => [...map].sort(([a], [b]) => a - b);
  return {
    paragraphs: sorted(paragraphs).map(([number, anchor]) => ({ number, anchor })),
    tables: sorted(tables).map(([number, anchor]) => ({ number, anchor })),
    footnotes: sorted(footnotes).map(([label, anchor]) => ({ label: String(label), anchor })),
  };
}
