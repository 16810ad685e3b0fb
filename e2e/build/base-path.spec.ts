import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildSite, projectRoot } from '../support/build';
import { listenLocal, serveUnderBase } from '../support/serve';

const BASE = '/bao-cao/';

/** What one page links to and which ids it has. */
interface PageScan {
  urls: { url: string; what: string }[];
  ids: string[];
}

async function scan(page: Page): Promise<PageScan> {
  return page.evaluate(() => {
    const urls: { url: string; what: string }[] = [];
    const add = (url: string | null | undefined, what: string) => url && urls.push({ url: new URL(url, location.href).href, what });
    document.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => add(a.href, `<a> ${a.textContent?.trim().slice(0, 40)}`));
    document.querySelectorAll<HTMLLinkElement>('link[href]').forEach((l) => add(l.href, `<link rel=${l.rel}>`));
    document.querySelectorAll<HTMLScriptElement>('script[src]').forEach((s) => add(s.src, '<script>'));
    document.querySelectorAll<HTMLImageElement>('img[src]').forEach((i) => add(i.src, '<img>'));
    document.querySelectorAll<HTMLFormElement>('form[action]').forEach((f) => add(f.getAttribute('action'), '<form action>'));
    document.querySelectorAll<HTMLMetaElement>('meta[property="og:url"], meta[name="citation_public_url"], meta[name="citation_abstract_html_url"]').forEach((m) => add(m.content, `<meta ${m.name || m.getAttribute('property')}>`));
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return { urls, ids };
  });
}

test('a BASE_PATH=/bao-cao/ build works entirely under /bao-cao/: every link, asset, anchor, download and the search index', async ({ page, request }) => {
  test.setTimeout(240_000);
  let outDir = '';
  const server = serveUnderBase(() => outDir, BASE);
  const origin = await listenLocal(server);
  const home = `${origin}${BASE}`;
  try {
    const result = buildSite(join(projectRoot, 'content'), { BASE_PATH: BASE, SITE_URL: origin });
    expect(result.status, result.output).toBe(0);
    outDir = result.outDir;

    const htmlPages = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => `${home}${relative(outDir, join(d.parentPath, d.name)).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`);
    expect(htmlPages.length).toBeGreaterThan(30);

    const outside: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(home) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(`${page.url()} requested ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${page.url()}: ${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failed.push(`${page.url()}: ${e.message}`));

    // Crawl: every built page plus every page it links to.
    const queue = [...new Set([home, ...htmlPages])];
    const visited = new Map<string, PageScan>();
    const resources = new Map<string, string>();
    const fragments: { page: string; target: string; fragment: string; what: string }[] = [];
    while (queue.length > 0) {
      const url = queue.shift() ?? '';
      if (visited.has(url)) continue;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const found = await scan(page);
      visited.set(url, found);
      for (const { url: link, what } of found.urls) {
        if (!link.startsWith(home)) {
          outside.push(`${url}: ${what} → ${link}`);
          continue;
        }
        const target = new URL(link);
        const hash = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        target.search = '';
        if (hash) fragments.push({ page: url, target: target.href, fragment: hash, what });
        if (target.pathname.endsWith('/') || target.pathname.endsWith('.html')) {
          if (!visited.has(target.href)) queue.push(target.href);
        } else {
          resources.set(target.href, url);
        }
      }
    }

    for (const [resource, from] of resources) {
      const response = await request.get(resource);
      expect(response.status(), `${resource} (linked from ${from})`).toBe(200);
    }
    const missing = fragments.filter((f) => !visited.get(f.target)?.ids.includes(f.fragment)).map((f) => `${f.page}: ${f.what} → ${f.target}#${f.fragment}`);
    expect(missing).toEqual([]);
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect([...visited.keys()]).toContain(`${home}nhiem-vu-quy-iv/13/`);
    // Downloads are among the resources and the anchors among the fragments.
    expect([...resources.keys()].some((r) => r.endsWith('.csv'))).toBe(true);
    expect(fragments.some((f) => f.fragment === 'fn-14')).toBe(true);

    // robots.txt and the sitemap name addresses under /bao-cao/ only.
    const robots = await (await request.get(`${home}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${home}sitemap-index.xml`);
    const sitemapIndex = await (await request.get(`${home}sitemap-index.xml`)).text();
    const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(home), sitemap).toBe(true);
      const locs = [...(await (await request.get(sitemap)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
      expect(locs.filter((l) => !visited.has(l))).toEqual([]);
    }

    // A copied paragraph link points under /bao-cao/ and lands on the paragraph.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${home}kinh-te/kinh-te-cua-khau/`);
    await page.locator('#ii-1-b-1').hover();
    await page.getByRole('button', { name: 'Liên kết và trích dẫn mục II.1.b, đoạn 1', exact: true }).click();
    await page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1', exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${home}kinh-te/kinh-te-cua-khau/#ii-1-b-1`);

    // A chart's embed snippet frames its figure page under /bao-cao/, and that page was crawled and resolves.
    await page.goto(`${home}kinh-te/kinh-te-cua-khau/`);
    const snippet = await page.locator('.report-chart__code').first().inputValue();
    const frameSrc = /^<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? '';
    expect(frameSrc).toMatch(new RegExp(`^${home}hinh/\\d+/$`));
    expect(visited.has(frameSrc), frameSrc).toBe(true);
    expect((await request.get(frameSrc)).status()).toBe(200);
    // Its host script, which sizes the frame, is served under /bao-cao/ too.
    const scriptSrc = /<script src="([^"]+)" async><\/script>$/.exec(snippet)?.[1] ?? '';
    expect(scriptSrc).toBe(`${home}nhung-hinh.js`);
    const script = await request.get(scriptSrc);
    expect(script.status()).toBe(200);
    expect(await script.text()).toContain('report-figure:height');

    // The search box fetches its index's manifest and the shard "th" under /bao-cao/, and its results link there.
    await page.goto(home);
    const manifestResponse = page.waitForResponse((r) => r.url().endsWith('/search/manifest.json'));
    const shardResponse = page.waitForResponse((r) => /\/search\/[a-z0-9-]+\/[a-z0-9_]+\.json$/.test(r.url()) && !r.url().endsWith('/manifest.json'));
    await page.getByRole('searchbox', { name: 'Tìm trong báo cáo' }).fill('thach den');
    const [manifest, shard] = await Promise.all([manifestResponse, shardResponse]);
    expect(manifest.url()).toBe(`${home}search/manifest.json`);
    expect(manifest.status()).toBe(200);
    expect(shard.url()).toMatch(new RegExp(`^${home}search/[a-z0-9-]+/(th|de)\\.json$`));
    expect(shard.status()).toBe(200);
    const results = page.locator('report-search .search-results a[href]');
    await expect(results.first()).toBeVisible();
    for (const href of await results.evaluateAll((links: HTMLAnchorElement[]) => links.map((a) => a.href))) {
      expect(href.startsWith(home), href).toBe(true);
    }

    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
  } finally {
    server.close();
  }
});
