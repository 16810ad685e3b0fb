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
import { chartJsConfig, type BackgroundOptions, type ChartSpec, type ChartTheme, type ReferenceLineOptions, type TextMeasure, type ValueLabelOptions } from '../lib/charts.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

/** Labels at bar ends (outside, signed side) and on doughnut arcs (with a halo). */
const valueLabels: Plugin<'bar' | 'doughnut', ValueLabelOptions> = {
  id: 'reportValueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    const size = chart.width < 480 ? 12 : 13;
    ctx.save();
    ctx.font = `600 ${size}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.fillStyle = options.color;
    ctx.strokeStyle = options.halo;
    ctx.lineWidth = 4;
    ctx.lineJoin = 'round';
    const write = (text: string, x: number, y: number) => {
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    };
    meta.data.forEach((element, i) => {
      const text = options.labels[i];
      if (!text) return;
      if (meta.type === 'doughnut') {
        const { x, y } = element.tooltipPosition(true);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        write(text, x ?? 0, y ?? 0);
        return;
      }
      const { x, y, base } = element.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
      // A label that would leave the plot (into the category labels) goes on the other side of the zero line.
      const area = chart.chartArea;
      if (chart.options.indexAxis === 'y') {
        const negative = x < base;
        const fits = !negative || x - 6 - ctx.measureText(text).width >= area.left;
        ctx.textAlign = negative && fits ? 'right' : 'left';
        ctx.textBaseline = 'middle';
        write(text, fits ? x + (negative ? -6 : 6) : base + 6, y);
      } else {
        const negative = y > base;
        const fits = !negative || y + 6 + size * 1.2 <= area.bottom;
        ctx.textAlign = 'center';
        ctx.textBaseline = negative && fits ? 'top' : 'bottom';
        write(text, x, fits ? y + (negative ? 6 : -6) : base - 6);
      }
    });
    ctx.restore();
  },
};

/** A dashed, labelled line at the plan (100%) across the bars. */
const referenceLine: Plugin<'bar' | 'doughnut', ReferenceLineOptions> = {
  id: 'reportReference',
  afterDatasetsDraw(chart, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const scale = chart.scales[horizontal ? 'x' : 'y'];
    if (!scale) return;
    const at = scale.getPixelForValue(options.value);
    const { ctx, chartArea: area } = chart;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(at, area.top);
      ctx.lineTo(at, area.bottom);
    } else {
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `${chart.width < 480 ? 11 : 12}px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    if (horizontal) {
      ctx.textAlign = at > area.left + (area.right - area.left) / 2 ? 'right' : 'left';
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.label, at + (ctx.textAlign === 'right' ? -4 : 4), area.top - 2);
    } else {
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.label, area.left + 4, at - 3);
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
  config.plugins = [background, referenceLine, valueLabels, finished] as Plugin[];
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
    destroy: () => chart.destroy(),
  };
}

/** Draw `spec` once, unanimated, on a detached canvas `width` × `height` CSS px at twice the resolution; a PNG data URL (the print picture). */
export function drawPicture(spec: ChartSpec, width: number, height: number, theme: ChartTheme): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  Chart.defaults.font.family = theme.font;
  const config = chartJsConfig(spec, theme, width, true) as ChartConfiguration;
  config.options = { ...config.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: 2 };
  const dataset = config.data.datasets[0];
  if (config.type === 'doughnut' && dataset && Array.isArray(dataset.backgroundColor)) {
    dataset.backgroundColor = (dataset.backgroundColor as string[]).map((c, n) => pattern(c, theme.background, n));
  }
  config.plugins = [background, referenceLine, valueLabels] as Plugin[];
  const chart = new Chart(canvas, config);
  const url = canvas.toDataURL('image/png');
  chart.destroy();
  return url;
}
