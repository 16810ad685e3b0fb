// Browser-only: the <report-search> custom element — search box with results as you type, and the search page.
/**
 * `<report-search data-mode="box|page" [data-shortcut]>` wraps a GET search form (its no-JS fallback).
 * fuse.js, the search code and the index's manifest load on first use only: when the box gets focus,
 * or when the search page opens; each query then fetches the few shards it needs (lib/search/shards.ts). Everything shown is built as text nodes; nothing from the index or the query is
 * ever parsed as HTML.
 */
import { withBase } from '../lib/publish/paths.ts';
import { searchText } from '../lib/publish/ui-text.ts';
import type { SearchEngine, SearchHit, SearchManifest, SearchShard } from '../lib/search/index.ts';
import { groupHits, LANDING_QUERY_KEY, standingTogether, type HitGroup } from '../lib/search/results.ts';

type Search = typeof import('../lib/search/index.ts');

/** Results shown in the header box; the search page shows up to PAGE_LIMIT. */
const BOX_LIMIT = 8;
const PAGE_LIMIT = 50;
/** Pause after the last keystroke before searching. */
const DEBOUNCE_MS = 120;
/** Search page parameter naming the report filter's choice: a report id, or ALL_REPORTS. */
const REPORT_PARAM = 'bao-cao';
const ALL_REPORTS = 'tat-ca';

/** The loaded search code and the split index's manifest; shards load as queries need them. */
interface Loaded {
  lib: Search;
  manifest: SearchManifest;
  /** Results of a query over the reports `reports` (undefined: all), loading the shards it chooses. */
  search(query: string, reports: string[] | undefined): Promise<SearchHit[]>;
}

let loading: Promise<Loaded> | undefined;

/** Load fuse.js, the search module and the manifest once per page; shards are fetched once each, when a query needs them. */
function loadEngine(): Promise<Loaded> {
  const json = (path: string) =>
    fetch(withBase(import.meta.env.BASE_URL, path)).then((r) => {
      if (!r.ok) throw new Error(`search index ${path}: HTTP ${r.status}`);
      return r.json();
    });
  loading ??= Promise.all([import('fuse.js'), import('../lib/search/index.ts'), import('../lib/search/shards.ts').then((m) => json(m.SEARCH_MANIFEST_PATH))]).then(
    ([fuse, lib, manifest]: [typeof import('fuse.js'), Search, SearchManifest]) => {
      const shards = new Map<string, Promise<SearchShard>>();
      const engines = new Map<string, SearchEngine>();
      return {
        lib,
        manifest,
        async search(query, reports) {
          const files = lib.chooseShards(manifest, query, reports).flatMap((c) => c.shards.map((s) => lib.shardFile(c.report, s.prefix)));
          if (files.length === 0) return [];
          const key = files.join(' ');
          let engine = engines.get(key);
          if (!engine) {
            const loaded = await Promise.all(
              files.map((file) => {
                let shard = shards.get(file);
                if (!shard) {
                  shard = json(file) as Promise<SearchShard>;
                  shard.catch(() => shards.delete(file));
                  shards.set(file, shard);
                }
                return shard;
              }),
            );
            engine = lib.createShardEngine(fuse.default, loaded);
            if (engines.size > 20) engines.clear();
            engines.set(key, engine);
          }
          return engine.search(query, Number.MAX_SAFE_INTEGER);
        },
      };
    },
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const isEditable = (el: Element | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);

class ReportSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #region!: HTMLElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #all: HTMLAnchorElement | null = null;
  #isPage = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastQuery: string | undefined;
  #abort = new AbortController();
  #filter: HTMLSelectElement | null = null;
  /** Filter and query of the results in the list. */
  #rendered: string | undefined;

  /** Titles of the site's reports by id, when it has several (empty on a one-report site). */
  #reportTitles = new Map<string, string>();

  /**
   * On a site of several reports, the report filter "Báo cáo" above the results: by default the report
   * being read (the first segment of the address; on the search page the `bao-cao` parameter, which the
   * box's "all results" link carries), else the newest; and "Tất cả các báo cáo". A site of one report
   * shows none.
   */
  #addFilter(manifest: SearchManifest): void {
    if (this.#filter || manifest.reports.length < 2) return;
    this.#reportTitles = new Map(manifest.reports.map((r) => [r.id, r.title]));
    const base = withBase(import.meta.env.BASE_URL, '/');
    const segment = location.pathname.startsWith(base) ? location.pathname.slice(base.length).split('/')[0] : '';
    const asked = this.#isPage ? new URLSearchParams(location.search).get(REPORT_PARAM) : null;
    const chosen = asked === ALL_REPORTS ? '' : (manifest.reports.find((r) => r.id === (asked ?? segment)) ?? manifest.reports[0])?.id ?? '';
    const label = document.createElement('label');
    label.className = 'search-filter';
    const name = document.createElement('span');
    name.className = 'search-filter__label';
    name.textContent = searchText.reportFilter;
    const select = document.createElement('select');
    select.className = 'search-filter__select';
    select.append(new Option(searchText.allReports, '', false, chosen === ''), ...manifest.reports.map((r) => new Option(r.title, r.id, false, r.id === chosen)));
    const signal = this.#abort.signal;
    select.addEventListener('change', () => void this.#run(), { signal });
    select.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || this.#isPage) return;
      e.preventDefault();
      this.#close();
      this.#input.focus();
    }, { signal });
    label.append(name, select);
    this.#status.before(label);
    this.#filter = select;
  }

  /** The filter's report ids (undefined: every report, or a one-report site). */
  #chosenReports(): string[] | undefined {
    return this.#filter && this.#filter.value !== '' ? [this.#filter.value] : undefined;
  }

  /** Put the filter's choice into a search page address (`bao-cao=<id>`, or `tat-ca` for every report). */
  #carryFilter(url: URL): void {
    if (this.#filter) url.searchParams.set(REPORT_PARAM, this.#filter.value || ALL_REPORTS);
  }

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const form = this.querySelector('form');
    const region = this.querySelector<HTMLElement>('[data-results]');
    const list = region?.querySelector('ol');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !form || !region || !list || !status) return;
    this.#input = input;
    this.#region = region;
    this.#list = list;
    this.#status = status;
    this.#all = this.querySelector<HTMLAnchorElement>('[data-all]');
    this.#isPage = this.dataset['mode'] === 'page';
    this.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');
    const signal = this.#abort.signal;

    input.addEventListener('focus', () => {
      void loadEngine().catch(() => undefined);
      if (!this.#isPage && input.value.trim() && this.#region.hidden) this.#schedule();
    }, { signal });
    input.addEventListener('input', () => this.#schedule(), { signal });
    input.addEventListener('keydown', (e) => this.#onInputKey(e), { signal });
    list.addEventListener('keydown', (e) => this.#onListKey(e), { signal });
    this.#all?.addEventListener('keydown', (e) => this.#onListKey(e), { signal });
    form.addEventListener('submit', (e) => this.#onSubmit(e), { signal });
    if (!this.#isPage) {
      this.addEventListener('focusout', (e) => {
        if (!(e.relatedTarget instanceof Node) || !this.contains(e.relatedTarget)) this.#close();
      }, { signal });
      document.addEventListener('pointerdown', (e) => {
        if (e.target instanceof Node && !this.contains(e.target)) this.#close();
      }, { signal });
    }
    if (this.hasAttribute('data-shortcut')) {
      document.addEventListener('keydown', (e) => {
        if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isEditable(document.activeElement)) return;
        e.preventDefault();
        input.focus();
        input.select();
      }, { signal });
    }
    if (this.#isPage) {
      const query = new URLSearchParams(location.search).get('q') ?? '';
      input.value = query;
      void this.#run();
    }
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
  }

  #onSubmit(e: SubmitEvent): void {
    if (!this.#isPage) return; // The box goes to the search page, which lists all results.
    e.preventDefault();
    clearTimeout(this.#timer);
    void this.#run();
  }

  /** Search for the input's value and show the outcome. */
  async #run(): Promise<void> {
    const query = this.#input.value.trim();
    if (this.#isPage) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      this.#carryFilter(url);
      if (url.href !== location.href) history.replaceState(history.state, '', url);
    }
    this.#lastQuery = query;
    if (!query) {
      this.#rendered = undefined;
      this.#list.replaceChildren();
      this.#status.textContent = this.#isPage ? searchText.empty : '';
      this.#close();
      return;
    }
    let loaded: Loaded;
    let hits: SearchHit[];
    try {
      if (!loading) this.#show(searchText.loading);
      loaded = await loadEngine();
      this.#addFilter(loaded.manifest);
      hits = await loaded.search(query, this.#chosenReports());
    } catch {
      this.#show(searchText.error);
      return;
    }
    if (query !== this.#lastQuery) return; // A newer query is on its way.
    // The same query shown again (the box refocused): keep the links, and the focus a reader may have put on one.
    const rendered = `${this.#filter?.value ?? ''}\u0000${query}`;
    if (rendered === this.#rendered && this.#list.childElementCount > 0) {
      this.#region.hidden = false;
      return;
    }
    this.#rendered = rendered;
    const shown = hits.slice(0, this.#isPage ? PAGE_LIMIT : BOX_LIMIT);
    this.#list.replaceChildren(...groupHits(shown).map((group) => this.#group(group, query, loaded.lib)));
    if (this.#all) {
      const page = new URL(withBase(import.meta.env.BASE_URL, '/tim-kiem/'), location.href);
      page.searchParams.set('q', query);
      this.#carryFilter(page);
      this.#all.href = page.pathname + page.search;
      this.#all.textContent = searchText.allResults(query);
      this.#all.hidden = hits.length === 0;
    }
    let message = hits.length === 0 ? searchText.none(query) : searchText.count(hits.length, query);
    if (this.#isPage && hits.length > shown.length) message += ` ${searchText.more(shown.length, hits.length)}`;
    this.#show(message);
  }

  /** Show a status message; the box opens with it, the page shows its results region when it has results. */
  #show(message: string): void {
    this.#status.textContent = message;
    this.#region.hidden = this.#isPage && this.#list.childElementCount === 0;
  }

  /** One entry's results under its number and title (and, on a site of several reports, its report's title). */
  #group(group: HitGroup<SearchHit>, query: string, lib: Search): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-group';
    const report = group.report === undefined ? undefined : this.#reportTitles.get(group.report);
    if (report) {
      const from = document.createElement('p');
      from.className = 'search-group__report';
      from.textContent = report;
      li.append(from);
    }
    const title = document.createElement('p');
    title.className = 'search-group__title';
    title.textContent = `${group.number} · ${group.title}`;
    const list = document.createElement('ol');
    list.className = 'search-group__hits';
    list.append(...group.hits.map((hit) => this.#item(hit, query, lib)));
    li.append(title, list);
    return li;
  }

  #item(hit: SearchHit, query: string, lib: Search): HTMLLIElement {
    const doc = hit.document;
    const li = document.createElement('li');
    li.className = 'search-result';
    const a = document.createElement('a');
    a.href = withBase(import.meta.env.BASE_URL, doc.url);
    const where = document.createElement('span');
    // Named in the link for screen readers; shown once, on the group's title.
    where.className = 'search-result__where visually-hidden';
    const report = doc.report === undefined ? undefined : this.#reportTitles.get(doc.report);
    where.textContent = `${report ? `${report} · ` : ''}${doc.number} · ${doc.title}`;
    const kind = document.createElement('span');
    kind.className = 'search-result__kind';
    kind.textContent = searchText.kinds[doc.kind];
    const text = document.createElement('span');
    text.className = 'search-result__snippet';
    for (const part of lib.snippet(doc.text, standingTogether(doc.text, lib.matchRanges(doc.text, query)), this.#isPage ? 240 : 140)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        text.append(mark);
      } else {
        text.append(document.createTextNode(part.text));
      }
    }
    a.append(where, ' ', kind, text);
    // The page it opens marks the same words in the paragraph it lands on.
    a.addEventListener('click', () => {
      try {
        sessionStorage.setItem(LANDING_QUERY_KEY, query);
      } catch {
        // Storage may be off; the landing simply goes unmarked.
      }
    });
    li.append(a);
    return li;
  }

  #links(): HTMLAnchorElement[] {
    const links = [...this.#list.querySelectorAll('a')];
    if (this.#all && !this.#all.hidden && !this.#region.hidden) links.push(this.#all);
    return links;
  }

  #close(): void {
    if (!this.#isPage || this.#list.childElementCount === 0) this.#region.hidden = true;
  }

  #onInputKey(e: KeyboardEvent): void {
    const links = this.#links();
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && links.length > 0) {
      e.preventDefault();
      this.#region.hidden = false;
      (e.key === 'ArrowDown' ? links[0] : links.at(-1))?.focus();
    } else if (e.key === 'Escape' && !this.#isPage && !this.#region.hidden) {
      e.preventDefault();
      this.#close();
    }
  }

  #onListKey(e: KeyboardEvent): void {
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.#close();
      this.#input.focus();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing goes back to the box.
      this.#input.focus();
    }
  }
}

customElements.define('report-search', ReportSearch);
