/** Figures across periods: series of one indicator over several reports. */
export { periodInfo, type PeriodInfo, type PeriodKind } from './period.ts';
export { buildSeries, checkSeriesCharts, seriesAsOf, seriesMismatch, type Series, type SeriesMismatch, type SeriesPoint } from './series.ts';
export { SERIES_COLUMNS, seriesCsv, seriesJson, seriesRows } from './export.ts';
export { seriesChartSpec } from './chart.ts';
export { checkFollowUps, parseFollowUp } from './follow-ups.ts';
