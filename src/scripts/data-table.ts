/**
 * Shipped to the browser: <report-data-table>, progressive enhancement of a server-rendered table.
 * Adds a filter by section (rows carry `data-section`) with a live count, and sortable columns
 * (headers with `data-sort="text|number"`; cells may carry a numeric `data-value`). Without
 * JavaScript the full table stays as it is.
 */
import { chartText } from '../lib/ui-text.ts';

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
  #body: HTMLTableSectionElement | null = null;

  connectedCallback(): void {
    if (this.#body) return;
    const table = this.querySelector('table');
    this.#body = table?.tBodies[0] ?? null;
    if (!table || !this.#body) return;
    this.#rows = [...this.#body.rows];

    const controls = this.querySelector<HTMLElement>('.open-data__controls');
    const hint = this.querySelector<HTMLElement>('.open-data__hint');
    const select = this.querySelector('select');
    if (controls) controls.hidden = false;
    if (hint) hint.hidden = false;
    select?.addEventListener('change', () => this.#filter(select.value));

    table.tHead?.querySelectorAll<HTMLTableCellElement>('th[data-sort]').forEach((th) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.#sort(th));
    });
  }

  /** Show only the rows of one section ("" for all) and say how many are shown. */
  #filter(section: string): void {
    let shown = 0;
    for (const row of this.#rows) {
      row.hidden = section !== '' && row.dataset['section'] !== section;
      if (!row.hidden) shown += 1;
    }
    const count = this.querySelector('.open-data__count');
    if (count) count.textContent = chartText.showing(shown, this.#rows.length);
  }

  /** Sort by a column; a second click on the same column reverses the order. */
  #sort(th: HTMLTableCellElement): void {
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
}

if (!customElements.get('report-data-table')) customElements.define('report-data-table', ReportDataTable);
