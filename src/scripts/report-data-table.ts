/**
 * Shipped to the browser: <report-data-table>, progressive enhancement of a server-rendered table.
 * Adds a text filter that folds like search (`thach den` finds "Thạch đen"), a filter by section
 * (rows carry `data-section`), both kept in the address (`?q=…&muc=…`), a live row count, sortable
 * columns (headers with `data-sort="text|number"`; cells may carry a numeric `data-value`) and a
 * citation per row with a copy button. Without JavaScript the full table stays as it is.
 */
import { resolveAddress } from '../lib/publish/addresses.ts';
import { formatAccessDate, type CitedReport } from '../lib/publish/citation.ts';
import { foldVietnamese } from '../lib/text/fold.ts';
import { indicatorCitation, rowMatches } from '../lib/publish/open-data.ts';
import { figureText } from '../lib/publish/ui-text.ts';

type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Sort key of a cell: its number (blank cells sort last), or its text. */
function cellKey(cell: Element | undefined, kind: string): number | string | undefined {
  if (!cell) return undefined;
  if (kind === 'number') {
    const raw = (cell as HTMLElement).dataset['value'];
    return raw === undefined || raw === '' ? undefined : Number(raw);
  }
  return cell.textContent?.trim() ?? '';
}

class ReportDataTable extends HTMLElement {
  #rows: HTMLTableRowElement[] = [];
  #folded = new Map<HTMLTableRowElement, string>();
  #body: HTMLTableSectionElement | null = null;
  #text: HTMLInputElement | null = null;
  #section: HTMLSelectElement | null = null;

  connectedCallback(): void {
    if (this.#body) return;
    const table = this.querySelector('table');
    this.#body = table?.tBodies[0] ?? null;
    if (!table || !this.#body) return;
    this.#rows = [...this.#body.rows];
    for (const row of this.#rows) {
      const text = [...row.cells].filter((c) => !c.classList.contains('open-data__cite')).map((c) => c.textContent ?? '');
      this.#folded.set(row, foldVietnamese(text.join(' ')));
    }
    this.dataset['ready'] = '';

    const controls = this.querySelector<HTMLElement>('.open-data__controls');
    const hint = this.querySelector<HTMLElement>('.open-data__hint');
    this.#text = this.querySelector('input[type="search"]');
    this.#section = this.querySelector('select');
    if (controls) controls.hidden = false;
    if (hint) hint.hidden = false;

    const params = new URLSearchParams(location.search);
    if (this.#text) this.#text.value = params.get('q') ?? '';
    if (this.#section) this.#section.value = [...this.#section.options].some((o) => o.value === params.get('muc')) ? (params.get('muc') ?? '') : '';
    this.#text?.addEventListener('input', () => this.#filter(true));
    this.#section?.addEventListener('change', () => this.#filter(true));
    if (params.has('q') || params.has('muc')) this.#filter(false);

    table.tHead?.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.#sort(th));
    });

    this.#body.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button?.dataset['action'] === 'cite') this.#toggleCitation(button);
      if (button?.dataset['action'] === 'copy-citation') void this.#copy(button);
    });
  }

  /** Show the rows that match the text and the section, say how many, and (after a reader's change) keep both in the address. */
  #filter(remember: boolean): void {
    this.#closeCitations();
    const query = this.#text?.value.trim() ?? '';
    const section = this.#section?.value ?? '';
    let shown = 0;
    for (const row of this.#rows) {
      row.hidden = (section !== '' && row.dataset['section'] !== section) || !rowMatches(this.#folded.get(row) ?? '', query, foldVietnamese);
      if (!row.hidden) shown += 1;
    }
    const count = this.querySelector('.open-data__count');
    if (count) count.textContent = figureText.rowCount(shown, this.#rows.length);
    if (remember) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (section) url.searchParams.set('muc', section);
      else url.searchParams.delete('muc');
      history.replaceState(history.state, '', url);
    }
  }

  /** Sort by a column; a second click on the same column reverses the order. */
  #sort(th: HTMLTableCellElement): void {
    this.#closeCitations();
    const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    th.closest('tr')?.querySelectorAll('th[aria-sort]').forEach((other) => other.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', direction);
    const column = th.cellIndex;
    const kind = th.dataset['sort'] ?? 'text';
    const sign = direction === 'ascending' ? 1 : -1;
    const keyed = this.#rows.map((row, index) => ({ row, index, key: cellKey(row.cells[column], kind) }));
    keyed.sort((a, b) => {
      // Blank cells go last whichever the direction; ties keep document order.
      if (a.key === undefined || b.key === undefined) return a.key === b.key ? a.index - b.index : a.key === undefined ? 1 : -1;
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    });
    this.#body?.append(...keyed.map((k) => k.row));
  }

  /** The citation of a row's figure, dated today on the reader's machine. */
  #citation(row: HTMLTableRowElement): string {
    const report = JSON.parse(this.dataset['report'] ?? '{}') as CitedReport;
    const { figure = '', citeSection = '', paragraph, footnote } = row.dataset;
    return indicatorCitation(
      report,
      figure,
      { section: citeSection, paragraph: paragraph === undefined ? undefined : Number(paragraph), footnote, url: `${resolveAddress(this.dataset['url'] ?? '', location.href)}#${row.id}` },
      formatAccessDate(new Date()),
    );
  }

  /** Open (or close) the citation of a row in a full-width row under it. */
  #toggleCitation(button: HTMLButtonElement): void {
    const row = button.closest('tr');
    if (!row) return;
    const open = row.nextElementSibling?.classList.contains('open-data__citation') ? row.nextElementSibling : null;
    this.#closeCitations();
    if (open) return;
    const panel = document.createElement('tr');
    panel.className = 'open-data__citation';
    const cell = document.createElement('td');
    cell.colSpan = row.cells.length;
    const text = document.createElement('p');
    text.className = 'open-data__citation-text';
    text.textContent = this.#citation(row);
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'button--quiet';
    copy.dataset['action'] = 'copy-citation';
    copy.textContent = figureText.copyCitation;
    const status = document.createElement('span');
    status.className = 'open-data__citation-status';
    status.setAttribute('role', 'status');
    cell.append(text, copy, status);
    panel.append(cell);
    row.after(panel);
    button.setAttribute('aria-expanded', 'true');
  }

  /** Remove open citation rows, so sorting and filtering only ever move indicator rows. */
  #closeCitations(): void {
    this.querySelectorAll('tr.open-data__citation').forEach((panel) => panel.remove());
    this.querySelectorAll('button[data-action="cite"][aria-expanded="true"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
  }

  /** Copy an open citation; when the clipboard refuses, select its text for Ctrl+C. */
  async #copy(button: HTMLButtonElement): Promise<void> {
    const cell = button.closest('td');
    const text = cell?.querySelector<HTMLElement>('.open-data__citation-text');
    const status = cell?.querySelector<HTMLElement>('[role="status"]');
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text.textContent ?? '');
      if (status) status.textContent = figureText.copied;
    } catch {
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      if (status) status.textContent = figureText.selected;
    }
  }
}

if (!customElements.get('report-data-table')) customElements.define('report-data-table', ReportDataTable);
