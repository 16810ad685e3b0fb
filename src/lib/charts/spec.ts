/**
 * Charts from typed indicators: where a body places them, the serialisable spec a page embeds,
 * and everything derived from it — data table, CSV, accessible summary and the Chart.js config.
 * Pure (no DOM, no Chart.js runtime), shared by the build and the browser.
 */
import type { ChartConfiguration, ChartType as ChartJsType, TooltipItem } from 'chart.js';
import type { Chart, ChartType } from '../../schemas/chart.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { formatNumber, formatSignedPercent, formatWithUnit } from '../publish/format.ts';
import { toCsv } from '../publish/open-data.ts';
import { chartText } from '../publish/ui-text.ts';
import { changePhrase, planPhrase } from '../figures/phrases.ts';

/** Options of the site's own Chart.js plugins (drawn by the browser script). */
export interface ValueLabelOptions {
  /** Text drawn at each bar's end or on each arc, in data order; "" draws nothing. */
  labels: string[];
  color: string;
  /** Colour of the halo around arc labels, so they stay legible on any fill. */
  halo: string;
  /** Colour of a label drawn inside its bar (on the bar's fill), where the plan line leaves no room outside. */
  inside: string;
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
  /** Words printed before a value ("trên", "khoảng"), shown with it; absent for exact values, plans and changes. */
  qualifier?: string;
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
    if (scale === 'value') return { label, fullLabel: i.label, value: i.value ?? 0, ...(i.qualifier === undefined ? {} : { qualifier: i.qualifier }) };
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

/** A point's value in its unit, with its qualifier as printed: "980 triệu USD", "trên 26 tỷ đồng". */
function pointValue(spec: ChartSpec, point: ChartPoint): string {
  const value = formatWithUnit(point.value, spec.unit, spec.locale);
  return point.qualifier === undefined ? value : `${point.qualifier} ${value}`;
}

/** The short text drawn at a point: `valueLabel`, after the point's qualifier ("trên 26"). */
export function pointLabel(spec: ChartSpec, point: ChartPoint): string {
  const label = valueLabel(spec, point.value);
  return point.qualifier === undefined ? label : `${point.qualifier} ${label}`;
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
  return pointValue(spec, point);
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
    spec.scale === 'change' ? formatSignedPercent(p.value, spec.locale) : p.qualifier === undefined ? formatNumber(p.value, spec.locale) : `${p.qualifier} ${formatNumber(p.value, spec.locale)}`,
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

/** Width in CSS px of `text` drawn in the chart's font at `size` px; the browser measures on a canvas. */
export type TextMeasure = (text: string, size: number) => number;

/** A generous width guess when no canvas is at hand: 0.6 em a character (Vietnamese marks widen little). */
export const estimateTextWidth: TextMeasure = (text, size) => text.length * size * 0.6;

/** Break a label into lines no wider than `maxWidth` (words kept whole; a word wider than that gets a line of its own). */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && measure(`${line} ${word}`) > maxWidth) {
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
/** Chart.js's default line height, as a multiple of the font size. */
const LINE_HEIGHT = 1.2;
/** A vertical bar's label may take this many lines; more, and the chart turns its bars horizontal. */
export const MAX_LABEL_LINES = 3;
/** Space kept free between two neighbouring category labels, in px. */
const LABEL_GAP = 8;
/** Room right of horizontal bars for their value labels, in px. */
const VALUE_LABEL_ROOM = 64;

/** How a chart is laid out at one width: bar direction, font size, category or legend labels, height. */
export interface ChartLayout {
  /** Bars run left to right: asked for, or switched to because the labels cannot fit under vertical bars. */
  horizontal: boolean;
  /** Font size of ticks and legend, px. */
  fontSize: number;
  /** Bars: each category label as its lines. Doughnuts: each legend text, one line. */
  labels: string[][];
  /** Height of the canvas, px. */
  height: number;
}

/** Width of the widest value-axis tick label a bar chart will likely show (numbers a little past the extremes). */
function valueAxisWidth(spec: ChartSpec, size: number, measure: TextMeasure): number {
  const values = spec.points.map((p) => p.value);
  const top = Math.max(0, ...values, spec.scale === 'plan' || spec.scale === 'ratio' ? 100 : 0) * 1.1;
  const bottom = Math.min(0, ...values) * 1.1;
  const ticks = [top, bottom].map((v) => Math.round(v)).map((v) => valueLabel(spec, v));
  // Tick labels, the rotated axis title beside them, tick marks and paddings.
  return Math.max(...ticks.map((t) => measure(t, size))) + size * LINE_HEIGHT + 24;
}

/** Width left for horizontal bars' category labels: at most 42% of the canvas and under Chart.js's cap of half the room. */
function labelColumn(width: number): number {
  return Math.max(40, Math.min(width * 0.42, (width - VALUE_LABEL_ROOM - 8) / 2 - 8));
}

/** Lay a chart out for a canvas `width` px wide: wrap labels to the width each category gets, and turn bars horizontal when they cannot fit. */
export function chartLayout(spec: ChartSpec, width: number, measure: TextMeasure = estimateTextWidth): ChartLayout {
  const narrow = width < NARROW;
  const fontSize = narrow ? 12 : 13;
  const n = Math.max(1, spec.points.length);
  const at = (text: string) => measure(text, fontSize);

  if (spec.type === 'doughnut') {
    // Legend items sit in rows under the arcs; each must fit one row (box, gap and paddings beside the text).
    const room = width - 16 - 20 - 18 - fontSize / 2 - 4;
    // Every item gives its value, or none does: when one item cannot, the values are left to the arcs' shares, tooltips and table.
    const full = spec.points.map((p) => `${p.label}: ${pointValue(spec, p)}`);
    const withValues = full.every((text) => at(text) <= room);
    const labels = spec.points.map((p, n) => {
      if (withValues) return [full[n] ?? p.label];
      if (at(p.label) <= room) return [p.label];
      // Whole words first, letters only when one word is too wide.
      const words = p.label.split(/\s+/);
      while (words.length > 1 && at(`${words.join(' ')}…`) > room) words.pop();
      let short = words.join(' ');
      while (short.length > 1 && at(`${short}…`) > room) short = short.slice(0, -1);
      return [`${short}…`];
    });
    return { horizontal: false, fontSize, labels, height: (narrow ? 240 : 280) + n * (narrow ? 40 : 28) };
  }

  if (spec.type === 'bar') {
    const plot = width - 12 - valueAxisWidth(spec, fontSize, measure);
    const room = plot / n - LABEL_GAP;
    const labels = spec.points.map((p) => wrapLabel(p.label, room, at));
    const fits = labels.every((lines) => lines.length <= MAX_LABEL_LINES && lines.every((line) => at(line) <= room));
    if (fits) return { horizontal: false, fontSize, labels, height: narrow ? 300 : 340 };
  }

  const column = labelColumn(width);
  const labels = spec.points.map((p) => wrapLabel(p.label, column, at));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const slot = Math.max(narrow ? 48 : 40, Math.ceil(lines * fontSize * LINE_HEIGHT) + 12);
  return { horizontal: true, fontSize, labels, height: n * slot + 70 };
}

/** Height in CSS px for a chart drawn `width` px wide: taller on phones, for many horizontal bars and for wrapped labels. */
export function chartHeight(spec: ChartSpec, width: number, measure: TextMeasure = estimateTextWidth): number {
  return chartLayout(spec, width, measure).height;
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
export function chartJsConfig(
  spec: ChartSpec,
  theme: ChartTheme,
  width: number,
  reducedMotion = false,
  measure: TextMeasure = estimateTextWidth,
): ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'> {
  const layout = chartLayout(spec, width, measure);
  const values = spec.points.map((p) => p.value);
  const animation = reducedMotion ? (false as const) : { duration: 400 };
  const title = (items: TooltipItem<'bar'>[] | TooltipItem<'doughnut'>[]) => spec.points[items[0]?.dataIndex ?? 0]?.fullLabel ?? '';
  const font = { family: theme.font, size: layout.fontSize };
  const background = { color: theme.background };

  if (spec.type === 'doughnut') {
    const share = shares(spec);
    return {
      type: 'doughnut',
      data: {
        labels: layout.labels.map((lines) => lines.join(' ')),
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
                return p ? `${pointValue(spec, p)} (${formatShare(share[item.dataIndex] ?? 0, spec.locale)})` : '';
              },
            },
          },
          reportValueLabels: { labels: share.map((s) => (s >= 6 ? formatShare(s, spec.locale) : '')), color: theme.text, halo: theme.background, inside: theme.background },
          reportReference: false,
          reportBackground: background,
        },
      },
    };
  }

  const { horizontal } = layout;
  const valueAxis = horizontal ? 'x' : 'y';
  const categoryAxis = horizontal ? 'y' : 'x';
  const colour = (v: number) => (spec.scale === 'change' && v < 0 ? theme.negative : spec.scale === 'change' ? theme.positive : (theme.palette[0] ?? theme.text));
  const axisTitle = spec.scale === 'plan' ? chartText.axisPlan : spec.scale === 'change' ? chartText.axisChange : spec.scale === 'ratio' ? chartText.axisRatio : spec.unit;
  const reference = spec.scale === 'plan' || spec.scale === 'ratio';
  return {
    type: 'bar',
    data: {
      labels: layout.labels,
      datasets: [{ label: axisTitle, data: values, backgroundColor: values.map(colour), borderWidth: 0, maxBarThickness: 56 }],
    },
    options: {
      indexAxis: categoryAxis,
      responsive: true,
      maintainAspectRatio: false,
      locale: spec.locale,
      animation,
      layout: { padding: horizontal ? { right: VALUE_LABEL_ROOM, left: 4, top: reference ? 22 : 4, bottom: 4 } : { top: 28, right: 8, left: 4, bottom: 4 } },
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          ...(reference ? { suggestedMax: 100 } : {}),
          grace: '8%',
          grid: { color: theme.grid },
          border: { color: theme.muted },
          ticks: { color: theme.muted, font, maxRotation: 0, autoSkipPadding: 8, callback: (v: number | string) => valueLabel(spec, Number(Number(v).toFixed(10)) || 0) },
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
        reportValueLabels: { labels: spec.points.map((p) => pointLabel(spec, p)), color: theme.text, halo: theme.background, inside: theme.background },
        reportReference: reference ? { value: 100, label: spec.scale === 'plan' ? chartText.planLine : '100%', color: theme.text } : false,
        reportBackground: background,
      },
    },
  };
}
