/**
 * Figures across periods: indicators of one id (or one explicit `series`) in several reports form a
 * series. Grouping, ordering, and whether the points may be joined in one chart. Pure.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { periodInfo, type PeriodKind } from './period.ts';

/** One value of a series: an indicator of one report, where it is printed. */
export interface SeriesPoint {
  /** The series' id: the indicator's `series`, else its id. */
  seriesId: string;
  indicatorId: string;
  label: string;
  value: number;
  unit: string;
  qualifier?: Indicator['qualifier'];
  /** Period as printed (or the report's default). */
  period: string;
  reportId: string;
  reportTitle: string;
  /** The report's ISO date, for the order. */
  reportDate: string;
  /** The MDX file that prints it, for messages. */
  file: string;
  /** Site path of the paragraph (entry path + anchor). */
  path: string;
}

/** Why a series is not drawn as one chart: mixed units or periods that do not compare, naming two points that differ. */
export interface SeriesMismatch {
  kind: 'unit' | 'period';
  /** The two points that differ (the first point, and the first one unlike it). */
  first: SeriesPoint;
  other: SeriesPoint;
}

/** A series: its points oldest report first, and whether they may share one chart. */
export interface Series {
  id: string;
  /** Label of its newest point. */
  label: string;
  points: SeriesPoint[];
  /** Absent when the points compare: one unit, one kind of period (and one year for periods from the year's start). */
  mismatch?: SeriesMismatch | undefined;
}

/** Periods of one kind that compare: the same kind, known, and for periods from the year's start the same year. */
function periodsCompare(a: string, b: string): boolean {
  const x = periodInfo(a);
  const y = periodInfo(b);
  const known = (k: PeriodKind) => k !== 'other';
  if (!known(x.kind) || x.kind !== y.kind) return false;
  return x.kind !== 'cumulative' || x.year === y.year;
}

/** The first reason the points cannot share one chart, or undefined. */
export function seriesMismatch(points: readonly SeriesPoint[]): SeriesMismatch | undefined {
  const [first, ...rest] = points;
  if (!first) return undefined;
  const unit = rest.find((p) => p.unit !== first.unit);
  if (unit) return { kind: 'unit', first, other: unit };
  const period = [first, ...rest].find((p) => !periodsCompare(first.period, p.period));
  if (period) return { kind: 'period', first, other: period };
  return undefined;
}

/** Group points into series (≥ 1 point each), each oldest report first; series in order of first appearance. */
export function buildSeries(points: readonly SeriesPoint[]): Series[] {
  const groups = new Map<string, SeriesPoint[]>();
  for (const p of points) groups.set(p.seriesId, [...(groups.get(p.seriesId) ?? []), p]);
  return [...groups].map(([id, group]) => {
    const ordered = [...group].sort((a, b) => (a.reportDate === b.reportDate ? a.reportId.localeCompare(b.reportId) : a.reportDate < b.reportDate ? -1 : 1));
    const mismatch = seriesMismatch(ordered);
    return { id, label: ordered.at(-1)!.label, points: ordered, ...(mismatch ? { mismatch } : {}) };
  });
}

/** A series as a report of `reportDate` saw it: the points of reports no newer than it (a published page never changes). */
export function seriesAsOf(series: Series, reportDate: string, reportId: string): Series {
  const points = series.points.filter((p) => p.reportDate < reportDate || (p.reportDate === reportDate && p.reportId.localeCompare(reportId) <= 0));
  const mismatch = seriesMismatch(points);
  return { id: series.id, label: points.at(-1)?.label ?? series.label, points, ...(mismatch ? { mismatch } : {}) };
}

/**
 * Charts declared over a series (`seriesChart: true` on an indicator) whose points do not compare:
 * refused, naming both files.
 */
export function checkSeriesCharts(series: readonly Series[], declared: readonly { file: string; seriesId: string }[]): { file: string; message: string }[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  return declared.flatMap(({ file, seriesId }) => {
    const s = byId.get(seriesId);
    if (!s?.mismatch) return [];
    const { first, other, kind } = s.mismatch;
    const what = kind === 'unit' ? `units differ ("${first.unit}" in ${first.file}, "${other.unit}" in ${other.file})` : `periods do not compare ("${first.period}" in ${first.file}, "${other.period}" in ${other.file})`;
    return [{ file, message: `seriesChart: series "${seriesId}" cannot be one chart: its ${what}; remove seriesChart (the values are listed as printed) or give the indicators different series` }];
  });
}
