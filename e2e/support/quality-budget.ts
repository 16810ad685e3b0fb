/**
 * Page budgets, as sizes: what a page downloads before anyone touches it (JS and CSS, gzipped), and
 * whether it pulls in chart or search code that it does not use.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** Budgets in bytes of gzip. */
export const budgets = {
  /** JS fetched or inlined before any interaction, on a page without charts. */
  jsBeforeInteraction: 15 * 1024,
  /** CSS of one page: stylesheets and inline <style>. */
  css: 20 * 1024,
};

/** Text that only a Chart.js build contains (its error messages survive minification). */
export const chartCodeSignature = /can't acquire context from the given item|Canvas is already in use\. Chart with ID/;
/** Text that only a Fuse.js build contains. */
export const searchCodeSignature = /Pattern length exceeds max of|Incorrect 'index' type/;
/** URL of a file of the split search index: its manifest or a shard (`/search/manifest.json`, `/search/<report>/<prefix>.json`). */
export const searchIndexUrl = /\/search\/(?:manifest|[a-z0-9-]+\/[a-z0-9_]+)\.json(\?|$)/;

/** One JS, CSS or JSON resource a page loaded, with its size. */
export interface LoadedResource {
  url: string;
  kind: 'js' | 'css' | 'json';
  /** Uncompressed bytes. */
  bytes: number;
  /** Bytes after gzip (level 9, as a static host would pre-compress). */
  gzip: number;
  /** The body holds Chart.js code. */
  chart: boolean;
  /** The body holds Fuse.js code, or the resource is the search index. */
  search: boolean;
}

/** Gzipped size of a text. */
export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Classify a response as JS, CSS or JSON by its content type or extension. */
function kindOf(response: Response): LoadedResource['kind'] | undefined {
  const type = response.headers()['content-type'] ?? '';
  const path = new URL(response.url()).pathname;
  if (/javascript|ecmascript/.test(type) || /\.m?js$/.test(path)) return 'js';
  if (/text\/css/.test(type) || /\.css$/.test(path)) return 'css';
  if (/json/.test(type) || /\.json$/.test(path)) return 'json';
  return undefined;
}

/** Start recording the JS, CSS and JSON a page loads; read the list after the page settles. */
export function recordResources(page: Page): { resources: LoadedResource[]; settled: () => Promise<LoadedResource[]> } {
  const resources: LoadedResource[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response);
    if (!kind || response.status() >= 400) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const text = body.toString('utf8');
          resources.push({
            url: response.url(),
            kind,
            bytes: body.length,
            gzip: gzipSize(body),
            chart: kind === 'js' && chartCodeSignature.test(text),
            search: (kind === 'js' && searchCodeSignature.test(text)) || searchIndexUrl.test(response.url()),
          });
        })
        .catch(() => undefined),
    );
  });
  return {
    resources,
    settled: async () => {
      await Promise.all(pending);
      return resources;
    },
  };
}

/** Inline scripts (not data blocks) and inline styles of the page as it is now. */
export async function inlineCode(page: Page): Promise<{ js: string[]; css: string[] }> {
  return page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => /^(|module|text\/javascript|application\/javascript)$/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
}

/** Whether the page shows a chart: a `<figure>` holding a `<canvas>`. */
export async function hasChart(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('figure canvas') !== null);
}

/** What a page weighed before interaction. */
export interface PageWeight {
  jsGzip: number;
  cssGzip: number;
  resources: LoadedResource[];
  hasChart: boolean;
}

/** Weigh a page: resources recorded so far plus its inline scripts and styles. */
export async function weighPage(page: Page, resources: LoadedResource[]): Promise<PageWeight> {
  const inline = await inlineCode(page);
  const sum = (kind: LoadedResource['kind']) => resources.filter((r) => r.kind === kind).reduce((n, r) => n + r.gzip, 0);
  return {
    jsGzip: sum('js') + inline.js.filter((t) => t.trim()).reduce((n, t) => n + gzipSize(t), 0),
    cssGzip: sum('css') + inline.css.filter((t) => t.trim()).reduce((n, t) => n + gzipSize(t), 0),
    resources,
    hasChart: await hasChart(page),
  };
}

/**
 * Budget problems of a page weighed before interaction: JS over budget (pages without charts), CSS
 * over budget, chart code without a chart, search code or index before the search box is used
 * (except on the search page itself, `searchPage`).
 */
export function budgetProblems(weight: PageWeight, opts: { searchPage: boolean }): string[] {
  const problems: string[] = [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (!weight.hasChart && weight.jsGzip > budgets.jsBeforeInteraction) {
    problems.push(`JS before interaction is ${kb(weight.jsGzip)} gzip, over the ${kb(budgets.jsBeforeInteraction)} budget`);
  }
  if (weight.cssGzip > budgets.css) problems.push(`CSS is ${kb(weight.cssGzip)} gzip, over the ${kb(budgets.css)} budget`);
  if (!weight.hasChart) {
    for (const r of weight.resources.filter((x) => x.chart)) problems.push(`chart code on a page without a chart: ${r.url}`);
  }
  if (!opts.searchPage) {
    for (const r of weight.resources.filter((x) => x.search)) problems.push(`search code or index before the search box is used: ${r.url}`);
  }
  return problems;
}
