// Shipped to the browser: <report-citation>, the citation box of a whole entry or of the report.
import { resolveAddress } from '../lib/publish/addresses.ts';
import { formatAccessDate, formatCitation, type CitedReport } from '../lib/publish/citation.ts';
import { copyOrSelect } from './clipboard.ts';

/**
 * `<report-citation data-report data-section data-url>`: the citation rendered at build time without an
 * access date (and, in a preview build, without an address); adds today's date and the page's address
 * (`data-url`, absolute or root-relative, resolved against the page) and shows the copy button.
 */
class ReportCitation extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #text: HTMLElement | null = null;
  readonly #onClick = () => {
    if (this.#button && this.#text) void copyOrSelect(this.#text.textContent ?? '', this.#button, () => this.#text ?? this);
  };

  connectedCallback(): void {
    this.#text = this.querySelector<HTMLElement>('.citation__text');
    this.#button = this.querySelector<HTMLButtonElement>('button');
    if (!this.#text || !this.#button) return;
    try {
      const report = JSON.parse(this.dataset['report'] ?? '') as CitedReport;
      this.#text.textContent = formatCitation(report, { section: this.dataset['section'], url: resolveAddress(this.dataset['url'] ?? '', location.href) }, formatAccessDate(new Date()));
    } catch {
      // Keep the build's wording (without access date).
    }
    this.#button.hidden = false;
    this.#button.addEventListener('click', this.#onClick);
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('click', this.#onClick);
  }
}

if (!customElements.get('report-citation')) customElements.define('report-citation', ReportCitation);
