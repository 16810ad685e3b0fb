/** Words around one indicator's figures: plan completion, change with its arrow, where it is printed. Pure, vi-VN by default. */
import { anchorPlace } from '../text/anchors.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { changeArrow, formatNumber, formatWithUnit } from '../publish/format.ts';
import { chartText } from '../publish/ui-text.ts';

type Plan = NonNullable<Indicator['plan']>;
type Change = NonNullable<Indicator['change']>;

/** Plan completion as the report words it: { 99.4, "kế hoạch" } → "đạt 99,4% kế hoạch". */
export function planPhrase(plan: Plan, locale = 'vi-VN'): string {
  return chartText.planReached(`${formatNumber(plan.percent, locale)}%`, plan.basis);
}

/** A change split for display: an arrow (shown, hidden from screen readers), its word (for screen readers) and the rest. */
export interface ChangePhrase {
  /** "▲", "▼", "■", or "" for a ratio. */
  arrow: '▲' | '▼' | '■' | '';
  /** "tăng", "giảm", "không đổi", or "bằng" for a ratio. */
  word: string;
  /** What follows: "51,5% so với cùng kỳ". */
  rest: string;
  /** The whole phrase in words: "tăng 51,5% so với cùng kỳ". */
  words: string;
}

/**
 * A change against an earlier period: { percent: 51.5 } → ▲ "tăng" "51,5% so với cùng kỳ"; a ratio →
 * "bằng 95,5% so với cùng kỳ"; an amount in `unit` → { amount: 10 }, "vụ" → ▲ "tăng" "10 vụ so với cùng kỳ".
 */
export function changePhrase(change: Change, locale = 'vi-VN', unit = ''): ChangePhrase {
  const against = chartText.comparedWith(change.basis);
  if (change.percent === undefined && change.amount === undefined) {
    const rest = `${formatNumber(change.ratio ?? 0, locale)}% ${against}`;
    return { arrow: '', word: chartText.changeRatio, rest, words: `${chartText.changeRatio} ${rest}` };
  }
  const p = change.amount ?? change.percent ?? 0;
  const word = p > 0 ? chartText.changeUp : p < 0 ? chartText.changeDown : chartText.changeNone;
  const amount = change.amount === undefined ? undefined : formatWithUnit(Math.abs(change.amount), unit, locale).trim();
  const percent = change.percent === undefined ? undefined : `${formatNumber(Math.abs(change.percent), locale)}%`;
  const size = [amount, percent].filter((x) => x !== undefined).join(', ');
  const rest = p === 0 ? against : `${size} ${against}`;
  return { arrow: changeArrow(p), word, rest, words: `${word} ${rest}` };
}

/**
 * What an indicator prints, as printed: "3.060 triệu USD", "115/133 mã vùng trồng", "trên 26 tỷ đồng" (with
 * its qualifier); a change-only indicator → its change ("tăng 6,2% so với cùng kỳ").
 */
export function printedFigure(indicator: Pick<Indicator, 'qualifier' | 'value' | 'unit' | 'outOf' | 'change'>, locale = 'vi-VN'): string {
  const { qualifier, value, unit, outOf, change } = indicator;
  if (value === undefined) return change ? changePhrase(change, locale, unit).words : '';
  const figure = outOf === undefined ? formatWithUnit(value, unit, locale) : formatWithUnit(value, unit, locale).replace(formatNumber(value, locale), printedNumber({ value, outOf }, locale));
  return qualifier === undefined ? figure : `${qualifier} ${figure}`;
}

/** An indicator's number as printed, without its unit: "3.060", "115/133", "trên 98,6" (with its qualifier); "" for a change-only indicator. */
export function printedNumber(indicator: Pick<Indicator, 'qualifier' | 'value' | 'outOf'>, locale = 'vi-VN'): string {
  const { qualifier, value, outOf } = indicator;
  if (value === undefined) return '';
  const number = outOf === undefined ? formatNumber(value, locale) : `${formatNumber(value, locale)}/${formatNumber(outOf, locale)}`;
  return qualifier === undefined ? number : `${qualifier} ${number}`;
}

/** Link text of a figure's source: "Mục II.1.b, đoạn 2", "Mục II.1.b, bảng 1" or "Mục II.1.d, chú thích 18". */
export function sourceLabel(entryNumber: string, anchor: string, anchorPrefix: string): string {
  const place = anchorPlace(anchor, anchorPrefix);
  if ('footnote' in place) return chartText.footnoteSource(entryNumber, place.footnote);
  if ('table' in place) return chartText.tableSource(entryNumber, place.table);
  return chartText.paragraphSource(entryNumber, place.paragraph);
}

/**
 * The home page's headline figures: taken in turn from each group (a section's headline indicators, in
 * section order), so the first few on screen span the report rather than its first section. At most `max`.
 */
export function spreadFigures<T>(groups: readonly (readonly T[])[], max = 4): T[] {
  const chosen: T[] = [];
  for (let round = 0; chosen.length < max && groups.some((g) => g.length > round); round += 1) {
    for (const group of groups) {
      const item = group[round];
      if (item !== undefined && chosen.length < max) chosen.push(item);
    }
  }
  return chosen;
}

/**
 * The key figures of a group of entries (a section): the indicators marked `headline`; when none is
 * marked, the first indicator of each entry that has one. At most `max`, in document order.
 */
export function keyFigures<T extends { headline: boolean }>(indicatorsByEntry: T[][], max = 6): T[] {
  const headline = indicatorsByEntry.flat().filter((i) => i.headline);
  const chosen = headline.length > 0 ? headline : indicatorsByEntry.flatMap((list) => list.slice(0, 1));
  return chosen.slice(0, max);
}
