// Shipped to the browser: the "In / Lưu PDF" button, and getting pages ready to print.

/**
 * `<report-print>` wraps a button rendered hidden (it does nothing without JS); shows it, and on a click
 * lets the page get ready (charts draw their print pictures: `report:prepare-print` collects the work),
 * then opens the browser's print dialog, where "Save as PDF" lives.
 */
class ReportPrint extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  readonly #onClick = async () => {
    const pending: Promise<void>[] = [];
    dispatchEvent(new CustomEvent('report:prepare-print', { detail: pending }));
    await Promise.allSettled(pending);
    print();
  };

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#button.addEventListener('click', this.#onClick);
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('click', this.#onClick);
  }
}

if (!customElements.get('report-print')) customElements.define('report-print', ReportPrint);

/** Origins that are this site: where the reader is and the canonical one. */
function ownOrigins(): Set<string> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return new Set([location.origin, ...(canonical ? [new URL(canonical).origin] : [])]);
}

/** Closed <details> opened for printing (chart data tables), closed again afterwards. */
const opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  // Only links that leave the site print their address (print.css shows data-print-href); the printout is the report itself.
  const own = ownOrigins();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    if (own.has(a.origin)) {
      a.dataset['printInternal'] = '';
      delete a.dataset['printHref'];
    } else {
      a.dataset['printHref'] = a.href;
    }
  }
  for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});

addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
