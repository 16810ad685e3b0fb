/** Series as open data: `series.json` and `series.csv` (UTF-8 with a BOM, RFC 4180 quoting), one row a point. Pure. */
import type { Series } from './series.ts';

/** Columns of the series CSV, in order. */
export const SERIES_COLUMNS = ['series', 'indicator', 'label', 'value', 'unit', 'qualifier', 'period', 'report', 'report_title', 'report_date', 'url'] as const;

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The rows of series: one object a point, `url` made from its site path. */
export function seriesRows(series: readonly Series[], url: (path: string) => string): Record<(typeof SERIES_COLUMNS)[number], string | number>[] {
  return series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.id,
      indicator: p.indicatorId,
      label: p.label,
      value: p.value,
      unit: p.unit,
      qualifier: p.qualifier ?? '',
      period: p.period,
      report: p.reportId,
      report_title: p.reportTitle,
      report_date: p.reportDate,
      url: url(p.path),
    })),
  );
}

/** Series as CSV: a BOM, the header, one line a point, CRLF line ends. */
export function seriesCsv(series: readonly Series[], url: (path: string) => string): string {
  const lines = [SERIES_COLUMNS.join(','), ...seriesRows(series, url).map((row) => SERIES_COLUMNS.map((c) => field(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Series as JSON: each series with whether it compares and its points. */
export function seriesJson(series: readonly Series[], url: (path: string) => string): string {
  const rows = seriesRows(series, url);
  return `${JSON.stringify(
    {
      columns: SERIES_COLUMNS,
      series: series.map((s) => ({ id: s.id, label: s.label, comparable: s.mismatch === undefined, points: rows.filter((r) => r.series === s.id) })),
    },
    null,
    2,
  )}\n`;
}
