/**
 * Shipped to the browser: <report-chart data-config="…" data-cite="…">. Without JavaScript the figure
 * shows its data table; once this runs, the table folds into the figure's "Tải về / Chia sẻ" disclosure,
 * which then also offers CSV and PNG downloads, the figure's link, its citation and the embed code (each
 * copyable); the canvas appears, and Chart.js is imported only when the chart nears the viewport. In the
 * minimal view (the figure's own page) there is no disclosure and the table gives way to the chart.
 * The chart is redrawn when the colour scheme changes and re-laid out when its width changes. For
 * printing, every chart is drawn as a picture sized to the page on `beforeprint`, which cannot wait: the
 * drawing code is loaded once the reader scrolls or interacts (or the print button asks), not on load.
 */
import { chartCsv, chartFileName, chartHeight, estimateTextWidth, type ChartSpec, type TextMeasure } from '../lib/charts/spec.ts';
import type { ChartAnnotations, DrawnChart } from './chart-canvas.ts';
import type { Chart } from 'chart.js';
import { formatAccessDate, formatCitation, type CitedReport } from '../lib/publish/citation.ts';
import { figureText } from '../lib/publish/ui-text.ts';
import { placeAddress, resolveEmbedCode } from '../lib/publish/addresses.ts';

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

/** What a figure's citation needs, from `data-cite`. */
interface FigureCite {
  report: CitedReport;
  /** Section wording from `sectionLabel`. */
  section: string;
  /** "Hình 3". */
  figure: string;
}

/** The address of a place on this page: its canonical URL when the build had SITE_URL, else where the page is served, plus the place's #id, as paragraph links have it. */
function placeUrl(id: string): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return placeAddress({ canonical, href: location.href }, id);
}

/** Copy `text`; when the clipboard refuses, select `field` for the reader to copy. Says which in `status`. */
async function copyText(text: string, field: HTMLElement, status: HTMLElement | null): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.focus();
      field.select();
    } else {
      getSelection()?.selectAllChildren(field);
    }
  }
  if (status) status.textContent = copied ? figureText.copied : figureText.selected;
}

/** Fill the disclosure's link and citation and show its tools; false when the figure has none (the minimal view). */
function enableShare(root: HTMLElement, id: string): boolean {
  const tools = root.querySelector<HTMLElement>('.report-chart__tools');
  if (!tools) return false;
  const url = placeUrl(id);
  // A preview build writes the figure page and host script root-relative: make them absolute from where the page is served.
  const code = tools.querySelector<HTMLTextAreaElement>('.report-chart__code');
  if (code) {
    for (const address of [code.dataset['embedUrl'], code.dataset['embedScript']]) {
      if (address) code.value = resolveEmbedCode(code.value, address, location.href);
    }
  }
  const link = tools.querySelector<HTMLInputElement>('.report-chart__link');
  if (link) link.value = url;
  const citation = tools.querySelector<HTMLElement>('.report-chart__citation');
  try {
    const cite = JSON.parse(root.dataset['cite'] ?? '') as FigureCite;
    if (citation) citation.textContent = formatCitation(cite.report, { section: cite.section, figure: cite.figure, url }, formatAccessDate(new Date()));
  } catch {
    citation?.closest('.report-chart__field')?.remove();
  }
  tools.hidden = false;
  return true;
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

  /** Where its value labels and plan line were drawn last (tests check them against each other). */
  get annotations(): ChartAnnotations | undefined {
    return this.#drawn?.annotations();
  }

  connectedCallback(): void {
    if (this.#spec) return;
    this.#spec = JSON.parse(this.dataset['config'] ?? '{}') as ChartSpec;
    const frame = this.querySelector<HTMLElement>('.report-chart__frame');
    if (!frame) return;
    this.#measure = canvasMeasure();
    const figureId = this.closest('figure')?.id ?? this.#spec.id;
    if (enableShare(this, figureId)) {
      const details = this.querySelector('details');
      if (details) details.open = false;
    } else {
      // The minimal view: the chart, named with every number, stands for its table.
      const table = this.querySelector<HTMLElement>('.report-chart__table');
      if (table) table.hidden = true;
    }
    frame.hidden = false;
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
    this.addEventListener('click', this.#onClick);
  }

  readonly #onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset['action'];
    const status = this.querySelector<HTMLElement>('.report-chart__status');
    if (action === 'csv') this.downloadCsv();
    else if (action === 'png') void this.downloadPng();
    else {
      const field = this.querySelector<HTMLElement>(action === 'copy-link' ? '.report-chart__link' : action === 'copy-citation' ? '.report-chart__citation' : '.report-chart__code');
      if (!field) return;
      const text = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? '');
      void copyText(text, field, status);
    }
  };

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#resizer?.disconnect();
    darkScheme.removeEventListener('change', this.#onScheme);
    this.removeEventListener('click', this.#onClick);
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
    picture.src = canvasCode.drawPicture(this.#spec, PRINT_WIDTH, chartHeight(this.#spec, PRINT_WIDTH), this.#printTheme(canvasCode));
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

  /**
   * Save the figure as a PNG image for an article: the chart as wide as on the screen, laid out the same,
   * in light colours, with the figure's title above and its source line below, at twice the pixels.
   */
  async downloadPng(): Promise<void> {
    if (!this.#spec) return;
    const code = await loadCanvasCode();
    const spec = this.#spec;
    const figure = this.closest('figure');
    const oneLine = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const text = { title: oneLine(figure?.querySelector('figcaption')), source: oneLine(figure?.querySelector('.report-figure__source')) };
    const width = Math.round(this.#width) || PRINT_WIDTH;
    const image = code.drawFigureImage(spec, width, chartHeight(spec, width, this.#measure), this.#printTheme(code), text, this.#measure);
    image.toBlob((blob) => {
      if (blob) saveFile(blob, chartFileName(spec, 'png'));
    }, 'image/png');
  }

  /** The light colours charts are printed (and downloaded) in, read from a probe styled by print.css. */
  #printTheme(code: typeof import('./chart-canvas.ts')): ReturnType<typeof code.readTheme> {
    const probe = document.createElement('span');
    probe.className = 'report-chart__print-theme';
    this.append(probe);
    const theme = code.readTheme(probe);
    probe.remove();
    return theme;
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
