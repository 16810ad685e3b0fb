/**
 * Open data: every indicator as one flat row, and the CSV (RFC 4180, UTF-8 with a BOM) and JSON
 * files built from the rows. Pure: the endpoints pass in the located indicators and absolute URLs.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { formatCitation, type CitedReport } from './citation.ts';
import { changePhrase, planPhrase, printedFigure } from '../figures/phrases.ts';

/** Byte order mark that tells Excel a CSV file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * Columns of the indicator files, in order; machine-readable names. `qualifier` holds the words printed
 * before the value ("trên", "khoảng", "ước đạt"; empty for an exact figure); `value` is empty for a
 * change-only indicator; `out_of` is the whole of a part ("115/133"); `change_amount` is a signed change in `unit`.
 */
export const OPEN_DATA_COLUMNS = [
  'id',
  'section_number',
  'section_title',
  'label',
  'qualifier',
  'value',
  'out_of',
  'unit',
  'period',
  'plan_percent',
  'plan_basis',
  'change_percent',
  'change_ratio',
  'change_amount',
  'change_basis',
  'footnote',
  'url',
] as const;

/** One column name. */
export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number];

/** One indicator as a flat record; absent values are null. */
export type OpenDataRow = { [K in OpenDataColumn]: string | number | null };

/** What a row needs: the indicator, its period filled in, its entry's number and title, and the absolute URL of its paragraph. */
export interface OpenDataSource {
  indicator: Indicator;
  /** Period with the report's default filled in. */
  period: string;
  /** Number of the report section (entry) it is printed in: "II.1.b". */
  sectionNumber: string;
  /** Title of that section. */
  sectionTitle: string;
  /** URL of the paragraph or footnote it is printed in: absolute with SITE_URL, root-relative without. */
  url: string;
}

/** Flatten one indicator into a row. */
export function openDataRow(source: OpenDataSource): OpenDataRow {
  const { indicator: i } = source;
  return {
    id: i.id,
    section_number: source.sectionNumber,
    section_title: source.sectionTitle,
    label: i.label,
    qualifier: i.qualifier ?? null,
    value: i.value ?? null,
    out_of: i.outOf ?? null,
    unit: i.unit,
    period: source.period,
    plan_percent: i.plan?.percent ?? null,
    plan_basis: i.plan?.basis ?? null,
    change_percent: i.change?.percent ?? null,
    change_ratio: i.change?.ratio ?? null,
    change_amount: i.change?.amount ?? null,
    change_basis: i.change?.basis ?? null,
    footnote: i.footnote ?? null,
    url: source.url,
  };
}

/** Text a spreadsheet would read as a formula: starting with = + - @, a tab or a carriage return (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * One CSV field: numbers with a dot decimal point; text quoted when it holds a comma, quote or line
 * break, and prefixed with `'` when it starts like a formula, so a spreadsheet shows it as text and never
 * runs it (OWASP's advice against CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text per RFC 4180 (comma-separated, CRLF line ends), starting with a BOM. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The indicator CSV: a header of column names, then one line per row. */
export function openDataCsv(rows: OpenDataRow[]): string {
  return toCsv([[...OPEN_DATA_COLUMNS], ...rows.map((row) => OPEN_DATA_COLUMNS.map((c) => row[c]))]);
}

/** Metadata at the top of the JSON file. */
export interface OpenDataMeta {
  /** Report title on one line. */
  title: string;
  issuer: string;
  /** Number line as printed. */
  number: string;
  /** Publication date, ISO. */
  date: string;
  /** URL of the site: absolute with SITE_URL, root-relative (its base) without. */
  url: string;
}

/** The indicator JSON: the report's metadata, the column names and the rows. */
export function openDataJson(meta: OpenDataMeta, rows: OpenDataRow[]): string {
  return `${JSON.stringify({ report: meta, columns: OPEN_DATA_COLUMNS, indicators: rows }, null, 2)}\n`;
}

/** An indicator in words, as a citation quotes it: "Kim ngạch nhập khẩu: 2.080 triệu USD, đạt 119,5% kế hoạch, tăng 84,1% so với cùng kỳ (9 tháng 2021)". */
export function figureWords(indicator: Pick<Indicator, 'label' | 'qualifier' | 'value' | 'unit' | 'outOf' | 'plan' | 'change'>, period: string, locale = 'vi-VN'): string {
  // A change-only indicator is its change, worded once.
  const parts = [
    printedFigure(indicator, locale),
    indicator.plan ? planPhrase(indicator.plan, locale) : undefined,
    indicator.value !== undefined && indicator.change ? changePhrase(indicator.change, locale, indicator.unit).words : undefined,
  ].filter((p): p is string => p !== undefined);
  return `${indicator.label}: ${parts.join(', ')} (${period})`;
}

/** Where an indicator's citation points: its section's wording, the paragraph or footnote that prints it, and its row's absolute URL. */
export interface IndicatorPlace {
  /** Section wording from `sectionLabel`: `mục II.1.b “…”`. */
  section: string;
  paragraph?: number | undefined;
  footnote?: string | undefined;
  /** Absolute URL of the figure's row: "https://…/du-lieu/#kim-ngach-nhap-khau". */
  url: string;
}

/** The citation of one figure: the figure quoted as printed, then the report, section, paragraph or footnote, the figure's URL and the access date. */
export function indicatorCitation(report: CitedReport, figure: string, place: IndicatorPlace, accessDate?: string): string {
  return `“${figure}”. ${formatCitation(report, place, accessDate)}`;
}

/** Whether a row's folded text holds every word of a text filter, folded the way search folds (`thach den` finds "Thạch đen"). */
export function rowMatches(foldedRow: string, query: string, fold: (text: string) => string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.every((w) => foldedRow.includes(w));
}
