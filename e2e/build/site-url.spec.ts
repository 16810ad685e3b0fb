import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildSiteAsync, fixtureReport } from '../support/build';
import { parseCsv } from '../support/csv';
import { listenLocal, serveUnderBase } from '../support/serve';

const WARNING = 'SITE_URL is not set: this is a preview build, without canonical URLs or a sitemap, and with root-relative URLs in data downloads; copied links, citations and embed code take the address the site is served at.';
const CITED = 'Ủy ban nhân dân tỉnh Sơn Thủy (4/2030). Báo cáo “Tình hình quý I năm 2030 tỉnh Sơn Thủy; nhiệm vụ quý II”, Số: 12/BC-UBND.';

const read = (outDir: string, file: string) => readFileSync(join(outDir, file), 'utf8');
const html = (outDir: string, path: string) => read(outDir, join(path, 'index.html'));
const meta = (page: string, name: string) => new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(page)?.[1];
const citationText = (page: string) => /<p class="citation__text">([^<]*)<\/p>/.exec(page)?.[1];
/** Site paths of every page of a build but the 404: "/", "/toan-van/", … */
const pagePaths = (outDir: string) =>
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => `/${relative(outDir, d.parentPath).split(sep).join('/')}/`.replace(/^\/+\/?/, '/').replace(/\/+$/, '/'))
    .filter((p) => p !== '/404/');

test.describe('SITE_URL and BASE_PATH', () => {
  test.describe.configure({ timeout: 180_000 });

  test('without SITE_URL the build warns once, succeeds, and writes no absolute address', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: '', BASE_PATH: '' });
    expect(result.status, result.output).toBe(0);
    expect(result.output.split(WARNING).length - 1, result.output).toBe(1);
    expect(result.output).toMatch(/\[WARN\] \[site-url\] SITE_URL is not set/);

    const pages = pagePaths(result.outDir);
    expect(pages).toContain('/toan-van/');
    for (const path of pages) {
      const page = html(result.outDir, path);
      expect(page, path).not.toContain('rel="canonical"');
      expect(page, path).not.toContain('rel="sitemap"');
      expect(page, path).not.toContain('localhost');
      expect(meta(page, 'og:url'), path).toBeUndefined();
      expect(meta(page, 'citation_public_url'), path).toBeUndefined();
    }
    // The fixture report has a real number: citations keep it, with the issue date; the address is added by the browser.
    const page = html(result.outDir, 'toan-van');
    expect(citationText(page)).toBe(CITED);
    expect(page).toContain('data-url="/toan-van/"');
    expect(meta(page, 'citation_date')).toBe('2030/04');
    expect(meta(page, 'citation_technical_report_number')).toBe('Số: 12/BC-UBND');
    // No sitemap (it lists absolute URLs only), and robots.txt names none.
    expect(readdirSync(result.outDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(read(result.outDir, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
    // Data downloads carry root-relative URLs.
    const csv = parseCsv(read(result.outDir, 'du-lieu/chi-so.csv'));
    const urlColumn = csv[0]?.indexOf('url') ?? -1;
    expect(csv.slice(1).map((row) => row[urlColumn])).toEqual(['/kinh-te-son-thuy/nong-nghiep/#i-1-1', '/kinh-te-son-thuy/nong-nghiep/#fn-1']);
    expect(JSON.parse(read(result.outDir, 'du-lieu/chi-so.json')).report.url).toBe('/');
  });

  test('a preview build served on 127.0.0.1 under a sub-path copies and cites that address', async ({ page }) => {
    const base = '/bao-cao/';
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: '', BASE_PATH: base });
    expect(result.status, result.output).toBe(0);
    const server = serveUnderBase(() => result.outDir, base);
    const origin = await listenLocal(server);
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(`${origin}${base}kinh-te-son-thuy/nong-nghiep/?q=lua`);
      await page.getByRole('button', { name: 'Liên kết và trích dẫn mục I.1, đoạn 1', exact: true }).click();
    await page.getByRole('button', { name: 'Sao chép liên kết đến mục I.1, đoạn 1', exact: true }).click();
      await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(`${origin}${base}kinh-te-son-thuy/nong-nghiep/#i-1-1`);

      // The entry's citation box and a row's citation on /du-lieu/ carry the same origin and base.
      await page.locator('report-citation summary').click();
      await expect(page.locator('report-citation .citation__text')).toContainText(`${origin}${base}kinh-te-son-thuy/nong-nghiep/. Truy cập ngày `);
      await page.goto(`${origin}${base}du-lieu/`);
      await page.locator('#dien-tich-lua-son-thuy').getByRole('button', { name: /Trích dẫn/ }).click();
      await expect(page.locator('.open-data__citation-text')).toContainText(`${origin}${base}du-lieu/#dien-tich-lua-son-thuy. Truy cập ngày `);
    } finally {
      server.close();
    }
  });

  test('CI=true npm run build without SITE_URL fails, naming SITE_URL', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: '', BASE_PATH: '', CI: 'true' }, { viaNpm: true });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL is not set: a publishing build (--publish, or npm run build with CI=true) needs the site\'s public origin');
  });

  test('a publishing build (--publish) without SITE_URL fails, naming SITE_URL', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: '', BASE_PATH: '' }, { args: ['--publish'] });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL is not set: a publishing build (--publish, or npm run build with CI=true) needs the site\'s public origin for canonical URLs, the sitemap and data downloads. Set it, e.g. SITE_URL=https://example.gov.vn npm run build -- --publish');
  });

  test('a publishing build with SITE_URL does not warn; every page has its canonical address, and the sitemap lists them', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: 'https://example.gov.vn/', BASE_PATH: '/bao-cao/' }, { args: ['--publish'] });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('SITE_URL is not set');
    const pages = pagePaths(result.outDir);
    for (const path of pages) {
      const page = html(result.outDir, path);
      const canonical = `https://example.gov.vn/bao-cao${path}`;
      expect(page, path).toContain(`<link rel="canonical" href="${canonical}">`);
      expect(meta(page, 'og:url'), path).toBe(canonical);
      expect(meta(page, 'citation_public_url'), path).toBe(canonical);
      expect(meta(page, 'citation_abstract_html_url'), path).toBe(canonical);
    }
    expect(read(result.outDir, '404.html')).not.toContain('rel="canonical"');
    expect(citationText(html(result.outDir, 'toan-van'))).toBe(`${CITED} https://example.gov.vn/bao-cao/toan-van/.`);
    expect(read(result.outDir, 'robots.txt')).toContain('Sitemap: https://example.gov.vn/bao-cao/sitemap-index.xml');
    const child = /<loc>([^<]+)<\/loc>/.exec(read(result.outDir, 'sitemap-index.xml'))?.[1] ?? '';
    expect(child).toBe('https://example.gov.vn/bao-cao/sitemap-0.xml');
    const listed = [...read(result.outDir, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(listed.sort()).toEqual(pages.map((p) => `https://example.gov.vn/bao-cao${p}`).sort());
    const csv = parseCsv(read(result.outDir, 'du-lieu/chi-so.csv'));
    expect(csv[1]?.at(-1)).toBe('https://example.gov.vn/bao-cao/kinh-te-son-thuy/nong-nghiep/#i-1-1');
  });

  for (const [env, message] of [
    [{ SITE_URL: 'https://example.gov.vn/bao-cao' }, 'SITE_URL "https://example.gov.vn/bao-cao" has a path ("/bao-cao"). Write the origin in SITE_URL and the path in BASE_PATH: SITE_URL=https://example.gov.vn BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: 'bao-cao' }, 'BASE_PATH "bao-cao" needs a slash at both ends (and no double slashes). Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'example.gov.vn' }, 'SITE_URL "example.gov.vn" is not an absolute address. Write the site\'s origin with its scheme, e.g. SITE_URL=https://example.gov.vn'],
    // "/../x/" crashed in rendering; "/a/../" and "/./" were accepted and half the URLs dropped the prefix.
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/../x/' }, 'BASE_PATH "/../x/" has a "." or ".." segment: browsers resolve those away, so some URLs would keep the prefix and others lose it. Write the path without them: BASE_PATH=/x/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/a/../' }, 'BASE_PATH "/a/../" has a "." or ".." segment: browsers resolve those away, so some URLs would keep the prefix and others lose it. Write the path without them: BASE_PATH=/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/./' }, 'BASE_PATH "/./" has a "." or ".." segment: browsers resolve those away, so some URLs would keep the prefix and others lose it. Write the path without them: BASE_PATH=/'],
  ] as const) {
    test(`${JSON.stringify(env)} fails the build saying what to write`, async () => {
      const result = await buildSiteAsync(fixtureReport, { BASE_PATH: '', ...env });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(message);
    });
  }
});
