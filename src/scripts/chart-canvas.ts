/**
 * Shipped to the browser, loaded on demand by <report-chart>: Chart.js with only the parts the site
 * draws (bars, doughnuts, tooltip, legend), and the site's small plugins — direct value labels, the
 * 100% plan line, an opaque background — plus fill patterns so colour is never the only cue.
 */
import {
  animator,
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { chartJsConfig, wrapLabel, type BackgroundOptions, type ChartSpec, type ChartTheme, type ReferenceLineOptions, type TextMeasure, type ValueLabelOptions } from '../lib/charts/spec.ts';
import { barBox, placeReferenceLabel, placeValueLabels, type BarGeometry, type Box, type PlacedLabel } from '../lib/charts/labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

/** What a drawn chart's own annotations cover, in canvas CSS px (tests read it through `<report-chart>.annotations`). */
export interface ChartAnnotations {
  /** Value labels at bar ends, in data order (none for doughnuts). */
  valueLabels: PlacedLabel[];
  /** CSS font the value labels are drawn in. */
  font: string;
  /** The plan line, when the chart has one: its pixel on the value axis, the segment drawn, its label and that label's font. */
  reference?: { horizontal: boolean; at: number; line: Box; label: PlacedLabel; font: string };
}

/** The latest annotations of each chart, laid out when its datasets have been drawn. */
const annotationsOf = new WeakMap<object, ChartAnnotations>();

/** A chart the site's plugins draw on. */
type SiteChart = Chart<'bar' | 'doughnut'>;

/** Font size of value labels and of the plan line's label at a chart's width. */
const labelSize = (chart: SiteChart) => (chart.width < 480 ? 12 : 13);
const lineLabelSize = (chart: SiteChart) => (chart.width < 480 ? 11 : 12);
const family = () => Chart.defaults.font.family ?? 'sans-serif';

/** Lay out a bar chart's value labels and plan line from Chart.js's geometry (the rules are lib/charts/labels.ts). */
function layoutAnnotations(chart: SiteChart, options: ValueLabelOptions): ChartAnnotations {
  const { ctx, chartArea: area } = chart;
  const meta = chart.getDatasetMeta(0);
  const size = labelSize(chart);
  const font = `600 ${size}px ${family()}`;
  const horizontal = chart.options.indexAxis === 'y';
  const reference = (chart.config.options?.plugins as { reportReference?: ReferenceLineOptions | false } | undefined)?.reportReference;
  const scale = chart.scales[horizontal ? 'x' : 'y'];
  const at = reference && scale ? scale.getPixelForValue(reference.value) : undefined;
  const bars = meta.data.map((element): BarGeometry => {
    const { x, y, base, width, height } = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as { x: number; y: number; base: number; width: number; height: number };
    return horizontal ? { end: x, base, centre: y, thickness: height } : { end: y, base, centre: x, thickness: width };
  });
  ctx.save();
  ctx.font = font;
  const widths = options.labels.map((t) => ctx.measureText(t).width);
  ctx.restore();
  const box = { left: area.left, right: area.right, top: area.top, bottom: area.bottom };
  const valueLabels = placeValueLabels({ horizontal, bars, texts: options.labels, widths, size, area: box, reference: at }).filter((l) => l.text !== '');
  if (!reference || at === undefined) return { valueLabels, font };
  const lineSize = lineLabelSize(chart);
  const lineFont = `${lineSize}px ${family()}`;
  ctx.save();
  ctx.font = lineFont;
  const lineWidth = ctx.measureText(reference.label).width;
  ctx.restore();
  const obstacles = [...valueLabels.map((l) => l.box), ...bars.map((b) => barBox(b, horizontal))];
  const label = placeReferenceLabel({ horizontal, at, text: reference.label, width: lineWidth, size: lineSize, area: box, obstacles });
  const line = horizontal ? { left: at, right: at, top: area.top, bottom: area.bottom } : { left: area.left, right: area.right, top: at, bottom: at };
  return { valueLabels, font, reference: { horizontal, at, line, label, font: lineFont } };
}

/**
 * Value labels at bar ends (outside, on the signed side; inside the bar or past the line where the plan
 * line would cross them), the dashed plan line with its label, and share labels on doughnut arcs (with a halo).
 */
const valueLabels: Plugin<'bar' | 'doughnut', ValueLabelOptions> = {
  id: 'reportValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart;
    const size = labelSize(chart);
    const write = (text: string, x: number, y: number) => {
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    };
    const meta = chart.getDatasetMeta(0);
    if (meta.type === 'doughnut') {
      const font = `600 ${size}px ${family()}`;
      ctx.save();
      ctx.font = font;
      ctx.fillStyle = options.color;
      ctx.strokeStyle = options.halo;
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((element, i) => {
        const text = options.labels[i];
        if (!text) return;
        const { x, y } = element.tooltipPosition(true);
        write(text, x ?? 0, y ?? 0);
      });
      ctx.restore();
      annotationsOf.set(chart, { valueLabels: [], font });
      return;
    }
    const layout = layoutAnnotations(chart, options);
    annotationsOf.set(chart, layout);
    const reference = layout.reference;
    const referenceOptions = (chart.config.options?.plugins as { reportReference?: ReferenceLineOptions | false } | undefined)?.reportReference;
    if (reference && referenceOptions) {
      const { line, label } = reference;
      ctx.save();
      ctx.strokeStyle = referenceOptions.color;
      ctx.fillStyle = referenceOptions.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(line.left, line.top);
      ctx.lineTo(line.right, line.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = reference.font;
      ctx.textAlign = label.align;
      ctx.textBaseline = label.baseline;
      ctx.fillText(label.text, label.x, label.y);
      ctx.restore();
    }
    ctx.save();
    ctx.font = layout.font;
    ctx.lineWidth = 4;
    ctx.lineJoin = 'round';
    for (const label of layout.valueLabels) {
      ctx.textAlign = label.align;
      ctx.textBaseline = label.baseline;
      if (label.inside) {
        // On the bar's own fill: the background colour, no halo.
        ctx.fillStyle = options.inside;
        ctx.fillText(label.text, label.x, label.y);
      } else {
        ctx.fillStyle = options.color;
        ctx.strokeStyle = options.halo;
        write(label.text, label.x, label.y);
      }
    }
    ctx.restore();
  },
};

/** Paint the theme's background under everything, so the PNG download is not transparent. */
const background: Plugin<'bar' | 'doughnut', BackgroundOptions> = {
  id: 'reportBackground',
  beforeDraw(chart, _args, options) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Fill of the n-th arc: solid for the first, then stripes, dots, cross-hatching… drawn in the background colour. */
function pattern(colour: string, mark: string, n: number): CanvasPattern | string {
  if (n === 0) return colour;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = mark;
  ctx.fillStyle = mark;
  ctx.lineWidth = 2;
  const kind = (n - 1) % 5;
  ctx.beginPath();
  if (kind === 0) {
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size * 1.5);
    ctx.lineTo(size * 1.5, size / 2);
    ctx.stroke();
  } else if (kind === 1) {
    ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
    ctx.fill();
  } else if (kind === 2) {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
    ctx.stroke();
  } else if (kind === 3) {
    ctx.moveTo(0, 0);
    ctx.lineTo(size, size);
    ctx.stroke();
  } else {
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.stroke();
  }
  return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** The chart colours and font of the page, as CSS custom properties say (light or dark). */
export function readTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const palette = [1, 2, 3, 4, 5, 6].map((n) => css(`--chart-${n}`, '')).filter(Boolean);
  return {
    text: css('--fg', '#1b1f24'),
    muted: css('--muted', '#4a5560'),
    grid: css('--chart-grid', css('--line', '#d3d8de')),
    background: css('--bg', '#ffffff'),
    palette: palette.length > 0 ? palette : ['#0072b2'],
    positive: css('--chart-positive', palette[0] ?? '#0072b2'),
    negative: css('--chart-negative', palette[1] ?? '#d55e00'),
    font: getComputedStyle(document.body).fontFamily || 'sans-serif',
  };
}

/** A drawn chart: resolves `drawn` once its first animation has finished. */
export interface DrawnChart {
  chart: Chart;
  drawn: Promise<void>;
  /** Re-lay out for a new width (labels wrap differently); colours stay. */
  resize(width: number): void;
  /** Where its value labels and plan line were drawn last. */
  annotations(): ChartAnnotations | undefined;
  destroy(): void;
}

/** Draw `spec` on `canvas` with the theme the page shows now. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, width: number, reducedMotion: boolean, measure: TextMeasure): DrawnChart {
  const theme = readTheme(canvas);
  Chart.defaults.font.family = theme.font;
  const config = chartJsConfig(spec, theme, width, reducedMotion, measure) as ChartConfiguration;
  const dataset = config.data.datasets[0];
  if (config.type === 'doughnut' && dataset && Array.isArray(dataset.backgroundColor)) {
    const mark = theme.background;
    dataset.backgroundColor = (dataset.backgroundColor as string[]).map((c, n) => pattern(c, mark, n));
  }
  let done: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => {
    done = resolve;
  });
  const finished: Plugin = {
    id: 'reportFinished',
    afterRender(chart) {
      if (!animator.running(chart)) done();
    },
  };
  // Chart.js skips a plugin whose options are `false`; the spec turns off what a chart does not need.
  config.plugins = [background, valueLabels, finished] as Plugin[];
  const chart = new Chart(canvas, config);
  return {
    chart,
    drawn,
    resize(newWidth) {
      const next = chartJsConfig(spec, theme, newWidth, true, measure) as ChartConfiguration;
      chart.data.labels = next.data.labels ?? [];
      if (next.options) chart.options = next.options;
      chart.update('none');
    },
    annotations: () => annotationsOf.get(chart),
    destroy: () => chart.destroy(),
  };
}

/** Draw `spec` once, unanimated, on a detached canvas `width` × `height` CSS px at twice the resolution, and hand that canvas to `use` before the chart is let go. */
function withPicture<T>(spec: ChartSpec, width: number, height: number, theme: ChartTheme, measure: TextMeasure | undefined, use: (canvas: HTMLCanvasElement) => T): T {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  Chart.defaults.font.family = theme.font;
  const config = chartJsConfig(spec, theme, width, true, measure) as ChartConfiguration;
  config.options = { ...config.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: 2 };
  const dataset = config.data.datasets[0];
  if (config.type === 'doughnut' && dataset && Array.isArray(dataset.backgroundColor)) {
    dataset.backgroundColor = (dataset.backgroundColor as string[]).map((c, n) => pattern(c, theme.background, n));
  }
  config.plugins = [background, valueLabels] as Plugin[];
  const chart = new Chart(canvas, config);
  try {
    return use(canvas);
  } finally {
    chart.destroy();
  }
}

/** Draw `spec` once, unanimated, `width` × `height` CSS px at twice the resolution; a PNG data URL (the print picture). */
export function drawPicture(spec: ChartSpec, width: number, height: number, theme: ChartTheme): string {
  return withPicture(spec, width, height, theme, undefined, (canvas) => canvas.toDataURL('image/png'));
}

/** What a downloaded image carries around its chart. */
export interface FigureImageText {
  /** "Hình 3. Kim ngạch …", drawn above the chart. */
  title: string;
  /** The figure's source line, drawn below it. */
  source: string;
}

/** Pixels of a downloaded image per CSS px of the chart it shows. */
export const IMAGE_SCALE = 2;

/**
 * The figure as an image for an article: its title above, the chart `width` CSS px wide (laid out as on
 * the screen) and its source line below, in `theme`'s colours, at IMAGE_SCALE device pixels per CSS px.
 */
export function drawFigureImage(spec: ChartSpec, width: number, height: number, theme: ChartTheme, text: FigureImageText, measure: TextMeasure): HTMLCanvasElement {
  const pad = 16;
  const title = { size: 17, line: 17 * 1.3, font: `700 17px ${theme.font}` };
  const source = { size: 13, line: 13 * 1.45, font: `13px ${theme.font}` };
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('report-chart: no 2D canvas for the image');
  const lines = (words: string, font: string) => {
    ctx.font = font;
    return wrapLabel(words, width - 2 * pad, (t) => ctx.measureText(t).width);
  };
  const titleLines = lines(text.title, title.font);
  const sourceLines = lines(text.source, source.font);
  const top = pad + titleLines.length * title.line + 8;
  const total = Math.ceil(top + height + 8 + sourceLines.length * source.line + pad);
  out.width = width * IMAGE_SCALE;
  out.height = total * IMAGE_SCALE;
  ctx.scale(IMAGE_SCALE, IMAGE_SCALE);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, total);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.text;
  ctx.font = title.font;
  titleLines.forEach((line, n) => ctx.fillText(line, pad, pad + n * title.line));
  withPicture(spec, width, height, theme, measure, (chart) => ctx.drawImage(chart, 0, top, width, height));
  ctx.fillStyle = theme.muted;
  ctx.font = source.font;
  sourceLines.forEach((line, n) => ctx.fillText(line, pad, top + height + 8 + n * source.line));
  return out;
}
