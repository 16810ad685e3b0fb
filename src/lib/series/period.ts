/** What a printed period covers, so that only periods of one kind are joined into one chart. Pure. */

/** Kind of a period: from the start of the year ("9 tháng 2021"), one month, one quarter, one year, or unknown. */
export type PeriodKind = 'cumulative' | 'month' | 'quarter' | 'year' | 'other';

/** A period read: its kind, its year when printed, and its position in the year (months from January). */
export interface PeriodInfo {
  kind: PeriodKind;
  year?: number | undefined;
  /** Months into the year it ends at: "9 tháng" → 9, "tháng 10" → 10, "quý II" → 6, "năm" → 12. */
  end?: number | undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Read a period as reports print it: "9 tháng 2021", "6 tháng đầu năm 2021", "tháng 10/2021", "quý III/2021", "năm 2021". */
export function periodInfo(period: string): PeriodInfo {
  const p = period.trim().toLowerCase().replace(/\s+/gu, ' ');
  const year = (y: string | undefined) => (y === undefined ? undefined : Number(y));
  let m = /^(\d{1,2}) tháng(?: đầu năm)?(?: (?:năm )?(\d{4}))?$/u.exec(p);
  if (m) return { kind: 'cumulative', end: Number(m[1]), year: year(m[2]) };
  m = /^tháng (\d{1,2})(?:(?:\/| năm )(\d{4}))?$/u.exec(p);
  if (m) return { kind: 'month', end: Number(m[1]), year: year(m[2]) };
  m = /^quý (i{1,3}|iv|[1-4])(?:(?:\/| năm )(\d{4}))?$/u.exec(p);
  if (m) return { kind: 'quarter', end: 3 * (ROMAN[m[1]!] ?? Number(m[1])), year: year(m[2]) };
  m = /^năm (\d{4})$/u.exec(p);
  if (m) return { kind: 'year', end: 12, year: year(m[1]) };
  return { kind: 'other' };
}
