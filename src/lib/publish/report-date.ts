/** The report's date as readers say it, from the ISO date in `report.json`. */
import { layoutText } from './ui-text.ts';

/** "2021-10" or "2021-10-05" → "Tháng 10/2021"; "2021" → "Năm 2021". */
export function issuedLabel(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`report.json: date "${isoDate}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return month ? layoutText.issuedMonth(month, year) : layoutText.issuedYear(year);
}
