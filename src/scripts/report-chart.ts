/**
 * Shipped to the browser: <report-chart data-config="…">. Without JavaScript the figure shows its
 * data table; once this runs, the table folds into its "Xem bảng số liệu" disclosure, the canvas
 * and the download buttons appear, and Chart.js is imported only when the chart nears the viewport.
 * The chart is redrawn when the colour scheme changes and re-laid out when its width changes. For
 * printing, every chart is drawn as a picture sized to the page on `beforeprint`, which cannot wait: the
 * drawing code is loaded once the reader scrolls or interacts (or the print button asks), not on load.
 */
import { chartCsv, chartFileName, chartHeight, estimateTextWidth, type ChartSpec, type TextMeasure } from '../lib/charts.ts';
import type { DrawnChart } from './chart-canvas.ts';
import type { Chart } from 'chart.js';
import { figureText } from '../lib/ui-text.ts';
import { resolveEmbedCode } from '../lib/addresses.ts';

const darkScheme = matchMedia('(prefers-color-scheme: dark)');
/** Width in CSS px a chart is drawn at for paper (an A4 page's text width). */
const PRINT_WIDTH = 640;
/** The drawing code, once loaded; printing draws synchronously with it. */
let canvasCode: typeof import('./chart-canvas.ts') | undefined;
/** Load the drawing code (once); then every chart can draw its print picture at once (data-print-ready). */
async function loadCanvasCode(): Promise<typeof import('./chart-canvas.ts')> {
  canvasCode ??= await import('./chart-canvas.ts');
  for (const chart of document.querySelectorAll<HTMLElement>('report-chart')) chart.dataset['printReady'] = '';
  return canvasCode;
}
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Offer `blob` as a file download named `name`. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the next task runs; give slow disks a minute anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Text widths in the page's font, measured on a scratch canvas the way Chart.js will draw them. */
function canvasMeasure(): TextMeasure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return estimateTextWidth;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return (text, size) => {
    ctx.font = `normal ${size}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** The embed disclosure: show its copy button, and copy the snippet (or select it when the clipboard refuses). */
function enableEmbed(root: HTMLElement): void {
  const code = root.querySelector<HTMLTextAreaElement>('.report-chart__code');
  const button = root.querySelector<HTMLButtonElement>('button[data-action="copy-embed"]');
  const status = root.querySelector<HTMLElement>('.report-chart__status');
  if (!code || !button) return;
  // A preview build writes the figure's address root-relative: make it absolute from where the page is served.
  const address = code.dataset['embedUrl'];
  if (address) code.value = resolveEmbedCode(code.value, address, location.href);
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(code.value);
      copied = true;
    } catch {
      code.focus();
      code.select();
    }
    if (status) status.textContent = copied ? figureText.copied : figureText.selected;
  });
}

class ReportChart extends HTMLElement {
  #spec: ChartSpec | undefined;
  #drawn: DrawnChart | undefined;
  #drawing: Promise<DrawnChart> | undefined;
  #width = 0;
  #observer: IntersectionObserver | undefined;
  #resizer: ResizeObserver | undefined;
  #measure: TextMeasure = estimateTextWidth;
  readonly #onScheme = () => void this.#redraw();

  /** The Chart.js instance once drawn (tests read its scales' label items and legend hit boxes). */
  get chart(): Chart | undefined {
    return this.#drawn?.chart;
  }

  connectedCallback(): void {
    if (this.#spec) return;
    this.#spec = JSON.parse(this.dataset['config'] ?? '{}') as ChartSpec;
    const frame = this.querySelector<HTMLElement>('.report-chart__frame');
    const actions = this.querySelector<HTMLElement>('.report-chart__actions');
    const details = this.querySelector('details');
    if (!frame || !actions) return;
    this.#measure = canvasMeasure();
    enableEmbed(this);
    frame.hidden = false;
    actions.hidden = false;
    if (details) details.open = false;
    this.#size(frame);

    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          void this.draw();
        }
      },
      { rootMargin: '400px 0px' },
    );
    this.#observer.observe(this);
    this.#resizer = new ResizeObserver(() => {
      const width = frame.clientWidth;
      if (Math.abs(width - this.#width) < 1) return;
      this.#size(frame);
      this.#drawn?.resize(this.#width);
    });
    this.#resizer.observe(frame);
    darkScheme.addEventListener('change', this.#onScheme);

    actions.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button?.dataset['action'] === 'csv') this.downloadCsv();
      if (button?.dataset['action'] === 'png') void this.downloadPng();
    });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#resizer?.disconnect();
    darkScheme.removeEventListener('change', this.#onScheme);
    this.#drawn?.destroy();
    this.#drawn = undefined;
    this.#drawing = undefined;
    this.#spec = undefined;
  }

  /** Give the canvas frame the height its width calls for. */
  #size(frame: HTMLElement): void {
    if (!this.#spec) return;
    this.#width = frame.clientWidth;
    frame.style.height = `${chartHeight(this.#spec, this.#width, this.#measure)}px`;
  }

  /** Import Chart.js (once per page) and draw; resolves when the first frame is complete. */
  draw(): Promise<DrawnChart> {
    this.#drawing ??= (async () => {
      const { drawChart } = await loadCanvasCode();
      const canvas = this.querySelector('canvas');
      if (!canvas || !this.#spec) throw new Error('report-chart: no canvas or config');
      this.#drawn = drawChart(canvas, this.#spec, this.#width, reducedMotion.matches, this.#measure);
      this.dataset['theme'] = darkScheme.matches ? 'dark' : 'light';
      await this.#drawn.drawn;
      this.dataset['state'] = 'drawn';
      return this.#drawn;
    })();
    return this.#drawing;
  }

  /** Draw again with the colours of the scheme now in force. */
  async #redraw(): Promise<void> {
    if (!this.#drawing) return;
    await this.#drawing;
    this.#drawn?.destroy();
    this.#drawing = undefined;
    delete this.dataset['state'];
    await this.draw();
  }

  /** Draw the print picture now (false when the drawing code is not loaded yet): light colours, page width. */
  drawPrintPicture(): boolean {
    if (!canvasCode || !this.#spec) return false;
    let picture = this.querySelector<HTMLImageElement>(':scope > .report-chart__picture');
    if (!picture) {
      picture = document.createElement('img');
      picture.className = 'report-chart__picture';
      picture.alt = this.querySelector('canvas')?.getAttribute('aria-label') ?? '';
      this.querySelector('.report-chart__frame')?.after(picture);
    }
    const probe = document.createElement('span');
    probe.className = 'report-chart__print-theme';
    this.append(probe);
    const theme = canvasCode.readTheme(probe);
    probe.remove();
    picture.src = canvasCode.drawPicture(this.#spec, PRINT_WIDTH, chartHeight(this.#spec, PRINT_WIDTH), theme);
    return true;
  }

  /** Load the drawing code if needed, then draw the print picture (the print button awaits this). */
  async preparePrint(): Promise<void> {
    await loadCanvasCode();
    this.drawPrintPicture();
  }

  /** Save this chart's data as CSV (UTF-8 with BOM). */
  downloadCsv(): void {
    if (!this.#spec) return;
    saveFile(new Blob([chartCsv(this.#spec)], { type: 'text/csv;charset=utf-8' }), chartFileName(this.#spec, 'csv'));
  }

  /** Save the drawn chart as a PNG image, drawing it first when needed. */
  async downloadPng(): Promise<void> {
    if (!this.#spec) return;
    const { chart } = await this.draw();
    const spec = this.#spec;
    chart.canvas.toBlob((blob) => {
      if (blob) saveFile(blob, chartFileName(spec, 'png'));
    }, 'image/png');
  }
}

if (!customElements.get('report-chart')) {
  customElements.define('report-chart', ReportChart);
  addEventListener('beforeprint', () => {
    for (const chart of document.querySelectorAll<ReportChart>('report-chart')) chart.drawPrintPicture();
  });
  // The print button collects what must finish before it opens the dialog.
  addEventListener('report:prepare-print', (event) => {
    const pending = (event as CustomEvent<Promise<void>[]>).detail;
    for (const chart of document.querySelectorAll<ReportChart>('report-chart')) pending.push(chart.preparePrint());
  });
  const preload = () => void loadCanvasCode();
  for (const type of ['scroll', 'pointerdown', 'keydown']) addEventListener(type, preload, { once: true, passive: true });
}
