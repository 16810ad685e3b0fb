// Shipped to the browser: <report-figure-view>, a figure's minimal page; framed by another site, it tells the host page its height.
import { FIGURE_HEIGHT, FIGURE_MEASURE } from '../lib/publish/embed.ts';

/** Whether this page is shown inside another page's frame (a cross-origin parent may refuse even the comparison: a frame too). */
function framed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/**
 * `<report-figure-view>` wraps the figure's title, chart and source line. Inside a frame it marks
 * `<html data-framed>`, opens its link back to the report in a new tab (not in the article's place),
 * and posts `{ type: FIGURE_HEIGHT, height }` to the parent: once connected, on load, whenever its box
 * changes height (the chart drawn, a new width) and when the host script asks with FIGURE_MEASURE.
 */
class ReportFigureView extends HTMLElement {
  #observer: ResizeObserver | undefined;
  #posted = 0;
  readonly #onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source === window.parent && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === FIGURE_MEASURE) this.#post(true);
  };
  readonly #onLoad = () => this.#post(true);

  connectedCallback(): void {
    if (!framed()) return;
    document.documentElement.dataset['framed'] = '';
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[target="_top"]')) {
      link.target = '_blank';
      link.rel = 'noopener';
    }
    this.#observer = new ResizeObserver(() => this.#post(false));
    this.#observer.observe(this);
    addEventListener('message', this.#onMessage);
    addEventListener('load', this.#onLoad);
    this.#post(true);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    removeEventListener('message', this.#onMessage);
    removeEventListener('load', this.#onLoad);
  }

  /** Height of the page's content: from the top of the document to this element's bottom margin, CSS px. */
  #height(): number {
    const margin = parseFloat(getComputedStyle(this).marginBottom) || 0;
    return Math.ceil(this.getBoundingClientRect().bottom + scrollY + margin);
  }

  /** Tell the host the height, when it changed (or `always`, to a host that asks or has just loaded). */
  #post(always: boolean): void {
    const height = this.#height();
    if (!always && height === this.#posted) return;
    this.#posted = height;
    window.parent.postMessage({ type: FIGURE_HEIGHT, height }, '*');
  }
}

if (!customElements.get('report-figure-view')) customElements.define('report-figure-view', ReportFigureView);
