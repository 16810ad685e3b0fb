/**
 * Charts from typed indicators: the checks a chart must pass, the serialisable spec a page embeds,
 * and everything derived from it — data table, CSV, accessible summary and the Chart.js config.
 * Pure (no DOM, no Chart.js runtime), shared by the build and the browser.
 */
import type { ChartConfiguration, ChartType as ChartJsType, TooltipItem } from 'chart.js';
import type { Chart, ChartMeasure, ChartType } from '../schemas/chart.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { formatNumber, formatSignedPercent, formatWithUnit } from './format.ts';
import { changePhrase, planPhrase } from './figure-phrases.ts';
import { toCsv } from './open-data.ts';
import { chartText } from './ui-text.ts';

/** Options of the site's own Chart.js plugins (drawn by the browser script). */
export interface ValueLabelOptions {
  /** Text drawn at each bar's end or on each arc, in data order; "" draws nothing. */
  labels: string[];
  color: string;
  /** Colour of the halo around arc labels, so they stay legible on any fill. */
  halo: string;
}
/** A dashed reference line (100% of the plan) on the value axis. */
export interface ReferenceLineOptions {
  value: number;
  label: string;
  color: string;
}
/** Canvas background, so a downloaded PNG looks like the page. */
export interface BackgroundOptions {
  color: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartJsType> {
    /** Direct value labels (not colour alone). */
    reportValueLabels?: ValueLabelOptions | false;
    /** Plan line at 100%. */
    reportReference?: ReferenceLineOptions | false;
    /** Opaque background. */
    reportBackground?: BackgroundOptions | false;
  }
}

/** What the plotted numbers are: values in a unit, plan percents, signed percent changes, or ratios to an earlier period. */
export type ChartScale = 'value' | 'plan' | 'change' | 'ratio';

/** One bar or arc. */
export interface ChartPoint {
  /** Short label for the axis or legend. */
  label: string;
  /** The indicator's label, for the table and the tooltip title. */
  fullLabel: string;
  /** The plotted number. */
  value: number;
  /** What a plan or change is measured against ("kế hoạch", "cùng kỳ"); absent for values. */
  basis?: string;
}

/** Everything a page needs to draw, describe and export one chart; plain JSON, embedded in `data-config`. */
export interface ChartSpec {
  id: string;
  /** Figure number across the site. */
  number: number;
  title: string;
  type: ChartType;
  scale: ChartScale;
  /** Unit of the plotted numbers: the indicators' unit, or "%". */
  unit: string;
  /** Locale of every number shown. */
  locale: string;
  points: ChartPoint[];
}

/** What a chart check needs of an entry (consistency.ts passes its CheckedEntry). */
export interface ChartCheckEntry {
  file: string;
  indicators: Indicator[];
  charts: { id: string; indicators: string[]; measure?: ChartMeasure; type?: ChartType; labels?: string[] }[];
}

/** Charts whose data cannot be drawn honestly: mixed units, a missing plan or change, a doughnut of percents, labels that do not match. */
export function checkChartData(entries: ChartCheckEntry[]): { file: string; message: string }[] {
  const problems: { file: string; message: string }[] = [];
  for (const entry of entries) {
    const byId = new Map(entry.indicators.map((i) => [i.id, i]));
    for (const chart of entry.charts) {
      const say = (message: string) => problems.push({ file: entry.file, message: `chart "${chart.id}": ${message}` });
      const indicators = chart.indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
      const measure = chart.measure ?? 'value';
      if (measure === 'value') {
        const units = [...new Set(indicators.map((i) => i.unit))];
        if (units.length > 1) {
          const list = units.map((u) => `"${u}" (${indicators.filter((i) => i.unit === u).map((i) => i.id).join(', ')})`).join(', ');
          say(`measure "value" needs one unit, but its indicators use ${list}`);
        }
        for (const i of indicators.filter((i) => i.value === undefined)) say(`measure "value" needs a value on every indicator; "${i.id}" prints only a change`);
      }
      if (measure === 'plan') {
        for (const i of indicators.filter((i) => i.plan === undefined)) say(`measure "plan" needs a plan on every indicator; "${i.id}" has none`);
      }
      if (measure === 'change') {
        for (const i of indicators.filter((i) => i.change === undefined)) say(`measure "change" needs a change on every indicator; "${i.id}" has none`);
        for (const i of indicators.filter((i) => i.change && i.change.percent === undefined && i.change.ratio === undefined)) say(`measure "change" draws percents or ratios; "${i.id}" has only an amount`);
        const kinds = new Set(indicators.flatMap((i) => (i.change?.percent !== undefined ? ['percent'] : i.change?.ratio !== undefined ? ['ratio'] : [])));
        if (kinds.size > 1) say('measure "change" mixes percent changes and ratios; split them into two charts');
      }
      if (chart.type === 'doughnut') {
        if (measure !== 'value') say(`a doughnut shows parts of a whole, so its measure must be "value", not "${measure}"`);
        for (const i of indicators.filter((i) => (i.value ?? 0) <= 0)) say(`a doughnut needs positive values; "${i.id}" is ${i.value ?? 'change-only'}`);
      }
      if (chart.labels !== undefined && chart.labels.length !== chart.indicators.length) {
        say(`labels has ${chart.labels.length} items but indicators has ${chart.indicators.length}`);
      }
    }
  }
  return problems;
}

/** Chart ids placed in an MDX body with `<Chart id="…" />`, in order. */
export function chartPlacements(body: string): string[] {
  return [...body.matchAll(/<Chart\b[^>]*?\bid=["']([^"']*)["']/g)].map((m) => m[1] ?? '');
}

/** The spec of a chart from its frontmatter and its indicators (already checked by `checkChartData`). */
export function chartSpec(chart: Chart, indicators: Indicator[], number: number, locale = 'vi-VN'): ChartSpec {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ordered = chart.indicators.map((id) => {
    const i = byId.get(id);
    if (!i) throw new Error(`chart "${chart.id}": indicator "${id}" is not given`);
    return i;
  });
  const first = ordered[0];
  const scale: ChartScale =
    chart.measure === 'value' ? 'value' : chart.measure === 'plan' ? 'plan' : first?.change?.percent === undefined ? 'ratio' : 'change';
  const points = ordered.map((i, n): ChartPoint => {
    const label = chart.labels?.[n] ?? i.label;
    if (scale === 'value') return { label, fullLabel: i.label, value: i.value ?? 0 };
    if (scale === 'plan') return { label, fullLabel: i.label, value: i.plan?.percent ?? 0, basis: i.plan?.basis ?? '' };
    const value = scale === 'change' ? i.change?.percent : i.change?.ratio;
    return { label, fullLabel: i.label, value: value ?? 0, basis: i.change?.basis ?? '' };
  });
  return { id: chart.id, number, title: chart.title, type: chart.type, scale, unit: scale === 'value' ? (first?.unit ?? '') : '%', locale, points };
}

/** Shares of the whole, in percent, for a doughnut. */
function shares(spec: ChartSpec): number[] {
  const total = spec.points.reduce((sum, p) => sum + p.value, 0);
  return spec.points.map((p) => (total === 0 ? 0 : (p.value / total) * 100));
}

/** A share rounded to one decimal, vi-VN: 62.24 → "62,2%". */
function formatShare(share: number, locale: string): string {
  return `${formatNumber(Math.round(share * 10) / 10, locale)}%`;
}

/** The short text drawn at a bar's end: "2.080", "73,1%", "+10,1%". */
export function valueLabel(spec: ChartSpec, value: number): string {
  if (spec.scale === 'change') return formatSignedPercent(value, spec.locale);
  if (spec.scale === 'value' && spec.unit !== '%') return formatNumber(value, spec.locale);
  return `${formatNumber(value, spec.locale)}%`;
}

/** A point in words: "980 triệu USD", "đạt 73,1% kế hoạch", "tăng 10,1% so với cùng kỳ", "bằng 95,5% so với cùng kỳ". */
export function pointPhrase(spec: ChartSpec, point: ChartPoint): string {
  const basis = point.basis ?? '';
  if (spec.scale === 'plan') return planPhrase({ percent: point.value, basis }, spec.locale);
  if (spec.scale === 'change') return changePhrase({ percent: point.value, basis }, spec.locale).words;
  if (spec.scale === 'ratio') return changePhrase({ ratio: point.value, basis }, spec.locale).words;
  return formatWithUnit(point.value, spec.unit, spec.locale);
}

/** The accessible name of the canvas: kind, title and every point with its number. */
export function chartAriaLabel(spec: ChartSpec): string {
  const share = spec.type === 'doughnut' ? shares(spec) : [];
  const items = spec.points.map((p, n) => {
    const part = share[n] === undefined ? '' : ` (${chartText.share} ${formatShare(share[n], spec.locale)})`;
    return `${p.fullLabel}: ${pointPhrase(spec, p)}${part}`;
  });
  return chartText.chartSummary(chartText.chartKind[spec.type], spec.title, items);
}

/** Header of the measured column. */
function measureHeader(spec: ChartSpec): string {
  if (spec.scale === 'plan') return chartText.columnPlan;
  if (spec.scale === 'change') return chartText.columnChange;
  if (spec.scale === 'ratio') return chartText.columnRatio;
  return chartText.columnValue(spec.unit);
}

/** The data table, as shown: header and vi-VN formatted rows (label, number, and the basis for plan and change). */
export function chartTable(spec: ChartSpec): { head: string[]; rows: string[][] } {
  const withBasis = spec.scale !== 'value';
  const head = [chartText.columnLabel, measureHeader(spec), ...(withBasis ? [chartText.columnBasis] : [])];
  const rows = spec.points.map((p) => [
    p.fullLabel,
    spec.scale === 'change' ? formatSignedPercent(p.value, spec.locale) : formatNumber(p.value, spec.locale),
    ...(withBasis ? [p.basis ?? ''] : []),
  ]);
  return { head, rows };
}

/** The chart's data as CSV (UTF-8 with BOM): the table's columns, numbers with a dot decimal point. */
export function chartCsv(spec: ChartSpec): string {
  const { head } = chartTable(spec);
  const withBasis = spec.scale !== 'value';
  return toCsv([head, ...spec.points.map((p) => [p.fullLabel, p.value, ...(withBasis ? [p.basis ?? ''] : [])])]);
}

/** File name of a chart's downloads: "hinh-3-xuat-nhap-khau.csv". */
export function chartFileName(spec: ChartSpec, extension: 'csv' | 'png'): string {
  return `hinh-${spec.number}-${spec.id}.${extension}`;
}

/** Break a label into lines of at most `width` characters (words kept whole). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Below this width (CSS px) a chart uses its phone layout. */
export const NARROW = 480;

/** Height in CSS px for a chart drawn `width` px wide: taller on phones and for many horizontal bars. */
export function chartHeight(spec: ChartSpec, width: number): number {
  const narrow = width < NARROW;
  const n = spec.points.length;
  if (spec.type === 'horizontal-bar') return n * (narrow ? 48 : 40) + 70;
  if (spec.type === 'doughnut') return (narrow ? 240 : 280) + n * (narrow ? 40 : 28);
  return narrow ? 300 : 340;
}

/** Colours and font the chart is drawn with, read from the page's CSS (light or dark). */
export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  /** Colour-blind-safe series colours, in order. */
  palette: string[];
  /** Bars above and below zero for changes. */
  positive: string;
  negative: string;
  font: string;
}

/** The Chart.js configuration of a spec, for a canvas `width` px wide. Arc fills are plain colours; the browser may swap in patterns. */
export function chartJsConfig(spec: ChartSpec, theme: ChartTheme, width: number, reducedMotion = false): ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'> {
  const narrow = width < NARROW;
  const values = spec.points.map((p) => p.value);
  const animation = reducedMotion ? (false as const) : { duration: 400 };
  const title = (items: TooltipItem<'bar'>[] | TooltipItem<'doughnut'>[]) => spec.points[items[0]?.dataIndex ?? 0]?.fullLabel ?? '';
  const font = { family: theme.font, size: narrow ? 12 : 13 };
  const background = { color: theme.background };

  if (spec.type === 'doughnut') {
    const share = shares(spec);
    return {
      type: 'doughnut',
      data: {
        labels: spec.points.map((p) => `${p.label}: ${formatWithUnit(p.value, spec.unit, spec.locale)}`),
        datasets: [{ data: values, backgroundColor: spec.points.map((_, n) => theme.palette[n % theme.palette.length] ?? theme.text), borderColor: theme.background, borderWidth: 2 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: spec.locale,
        animation,
        cutout: '50%',
        layout: { padding: 8 },
        plugins: {
          legend: { position: 'bottom', labels: { color: theme.text, font, boxWidth: 18, boxHeight: 18 } },
          tooltip: {
            callbacks: {
              title,
              label: (item) => {
                const p = spec.points[item.dataIndex];
                return p ? `${formatWithUnit(p.value, spec.unit, spec.locale)} (${formatShare(share[item.dataIndex] ?? 0, spec.locale)})` : '';
              },
            },
          },
          reportValueLabels: { labels: share.map((s) => (s >= 6 ? formatShare(s, spec.locale) : '')), color: theme.text, halo: theme.background },
          reportReference: false,
          reportBackground: background,
        },
      },
    };
  }

  const horizontal = spec.type === 'horizontal-bar';
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const perBar = Math.floor(width / Math.max(1, spec.points.length) / 7.5);
  const wrap = horizontal ? (narrow ? 16 : 30) : Math.max(8, Math.min(24, perBar));
  const colour = (v: number) => (spec.scale === 'change' && v < 0 ? theme.negative : spec.scale === 'change' ? theme.positive : (theme.palette[0] ?? theme.text));
  const axisTitle = spec.scale === 'plan' ? chartText.axisPlan : spec.scale === 'change' ? chartText.axisChange : spec.scale === 'ratio' ? chartText.axisRatio : spec.unit;
  const reference = spec.scale === 'plan' || spec.scale === 'ratio';
  return {
    type: 'bar',
    data: {
      labels: spec.points.map((p) => wrapLabel(p.label, wrap)),
      datasets: [{ label: axisTitle, data: values, backgroundColor: values.map(colour), borderWidth: 0, maxBarThickness: 56 }],
    },
    options: {
      indexAxis: categoryAxis,
      responsive: true,
      maintainAspectRatio: false,
      locale: spec.locale,
      animation,
      layout: { padding: horizontal ? { right: 64, left: 4, top: reference ? 22 : 4, bottom: 4 } : { top: 28, right: 8, left: 4, bottom: 4 } },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ...(reference ? { suggestedMax: 100 } : {}),
          grace: '8%',
          grid: { color: theme.grid },
          border: { color: theme.muted },
          ticks: { color: theme.muted, font, callback: (v: number | string) => valueLabel(spec, Number(v)) },
          title: { display: true, text: axisTitle, color: theme.muted, font },
        },
        [categoryAxis]: {
          grid: { display: false },
          border: { color: theme.muted },
          ticks: { color: theme.text, font, autoSkip: false, maxRotation: 0 },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title,
            label: (item) => {
              const p = spec.points[item.dataIndex];
              return p ? pointPhrase(spec, p) : '';
            },
          },
        },
        reportValueLabels: { labels: values.map((v) => valueLabel(spec, v)), color: theme.text, halo: theme.background },
        reportReference: reference ? { value: 100, label: spec.scale === 'plan' ? chartText.planLine : '100%', color: theme.text } : false,
        reportBackground: background,
      },
    },
  };
}
