// Shipped to the browser: the "In / Lưu PDF" button, and getting pages ready to print.

/**
 * `<report-print>` wraps a button rendered hidden (it does nothing without JS); shows it and
 * opens the browser's print dialog, where "Save as PDF" lives.
 */
class ReportPrint extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}

customElements.define('report-print', ReportPrint);

/** Closed <details> opened for printing (chart data tables), closed again afterwards. */
const opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  // Print each link's absolute address after its text (print.css shows data-print-href).
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset['printHref'] = a.href;
  for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});

addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
