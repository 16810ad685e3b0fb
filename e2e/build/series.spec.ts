/**
 * A series of reports on one site (issue 20): a content root of two reports — the bundled 9-month report,
 * copied at test time into reports/2021-9-thang/, and the 6-month fixture written for the tests — builds
 * each report under its id, a site home listing them newest first, the follow-up of a 6-month task from
 * the 9-month report linked both ways, and "Qua các kỳ báo cáo" on the shared indicators, each value
 * linking to the paragraph that prints it. A one-report root keeps today's page paths.
 */
import { readSearchDocuments } from '../support/search-index';
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, projectRoot, type BuildResult } from '../support/build';
import { listenLocal, serveUnderBase } from '../support/serve';
import { SERIES_EARLIER, SERIES_FOLLOWING, SERIES_LATER, seriesContentRoot } from '../../scripts/lib/series-content.ts';
import { searchText } from '../../src/lib/publish/ui-text';

const SIX = SERIES_EARLIER;
const NINE = SERIES_LATER;
const FOLLOWING = SERIES_FOLLOWING;

/** A content root of both reports; `edit` may change the 9-month copy's files before the build. */
const seriesRoot = (edit?: (nine: string) => void) => seriesContentRoot(edit);

/** Every built HTML page, as site paths ("/kinh-te/ngan-sach/"), sorted. */
function pagePaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/index\.html$/u, '').replace(/\.html$/u, '/'))
    .sort();
}

/** A built page's HTML by site path. */
const page = (outDir: string, path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

/** Hrefs inside the first element whose opening tag matches `open`, up to its closing `</section>`. */
function hrefsIn(html: string, open: RegExp): string[] {
  const start = html.search(open);
  expect(start, `no ${open} in the page`).toBeGreaterThanOrEqual(0);
  const block = html.slice(start, html.indexOf('</section>', start));
  return [...block.matchAll(/href="([^"]+)"/gu)].map((m) => m[1]!);
}

/** The text of the paragraph (`<p id=…>`) an href like "/2021-9-thang/kinh-te/ngan-sach/#ii-1-e-1" lands on, tags removed. */
function paragraphText(outDir: string, href: string): string {
  const [path, anchor] = href.split('#');
  const html = readFileSync(join(outDir, path!, 'index.html'), 'utf8');
  const match = new RegExp(`<p[^>]*\\sid="${anchor}"[^>]*>([\\s\\S]*?)</p>`, 'u').exec(html);
  expect(match, `no <p id="${anchor}"> in ${path}`).not.toBeNull();
  return match![1]!.replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
}

/** Whether `href` ("/2021-9-thang/kinh-te/ngan-sach/#ii-1-e-1") lands on an element of that id in the built page. */
function lands(outDir: string, href: string): boolean {
  const [path, anchor] = href.split('#');
  const file = join(outDir, path!, 'index.html');
  return existsSync(file) && (anchor === undefined || readFileSync(file, 'utf8').includes(`id="${anchor}"`));
}

test.describe('two reports on one site', () => {
  test.describe.configure({ mode: 'serial' });
  let built: BuildResult;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    built = await buildSiteAsync(seriesRoot());
  });

  test('both reports are published under their ids, the old paths of neither at the root', () => {
    expect(built.status, built.output).toBe(0);
    const paths = pagePaths(built.outDir);
    for (const path of [`/${SIX}/`, `/${SIX}/kinh-te/ngan-sach/`, `/${SIX}/nhiem-vu-6-thang-cuoi-nam/1/`, `/${SIX}/du-lieu/`, `/${SIX}/toan-van/`, `/${NINE}/`, `/${NINE}/kinh-te/ngan-sach/`, `/${NINE}/nhiem-vu-quy-iv/13/`, `/${NINE}/hinh/1/`, `/${NINE}/du-lieu/`, '/']) {
      expect(paths, path).toContain(path);
    }
    expect(paths.filter((p) => !p.startsWith(`/${SIX}/`) && !p.startsWith(`/${NINE}/`))).toEqual(['/', '/404/', '/tim-kiem/']);
    // Every internal link of a report page stays inside its report (or goes to the site's own pages).
    const nine = page(built.outDir, `/${NINE}/kinh-te/`);
    const stray = [...nine.matchAll(/href="(\/[^"]*)"/gu)].map((m) => m[1]!).filter((h) => !/^\/(?:2021-[69]-thang\/|_astro\/|favicon\.svg$|tim-kiem\/$|$)/u.test(h));
    expect(stray).toEqual([]);
  });

  test('the site home lists both reports newest first and sends readers to the latest', () => {
    const home = page(built.outDir, '/');
    const order = [...home.matchAll(/<article class="card" data-report="([^"]+)"/gu)].map((m) => m[1]);
    expect(order).toEqual([NINE, SIX]);
    expect(home).toContain(`<a class="button" href="/${NINE}/">Đọc báo cáo mới nhất</a>`);
    expect(home).toContain('Văn bản mẫu viết cho kiểm thử — không phải văn bản thật');
  });

  test('search covers both reports, each under its own id, so the search box can filter by report', async () => {
    const manifest = JSON.parse(readFileSync(join(built.outDir, 'search/manifest.json'), 'utf8')) as { reports: { id: string; shards: { prefix: string }[] }[] };
    expect(manifest.reports.map((r) => r.id).sort()).toEqual([SIX, NINE].sort());
    const documents = await readSearchDocuments((path) => readFileSync(join(built.outDir, path.replace(/^\//u, '')), 'utf8'));
    const paths = documents.map((d) => d.url);
    expect(paths.some((p) => p.startsWith(`/${SIX}/`))).toBe(true);
    expect(paths.some((p) => p.startsWith(`/${NINE}/`))).toBe(true);
    expect(paths.filter((p) => !p.startsWith(`/${SIX}/`) && !p.startsWith(`/${NINE}/`))).toEqual([]);
  });

  test('the fixture says in its own title block that it is written for the tests', () => {
    expect(page(built.outDir, `/${SIX}/toan-van/`)).toContain('Văn bản mẫu viết cho kiểm thử — không phải văn bản thật');
  });

  test('a shared indicator shows both values on the data page, each linking to the paragraph that prints it', () => {
    const data = page(built.outDir, `/${NINE}/du-lieu/`);
    const row = hrefsIn(data, /<tr\s[^>]*id="thu-ngan-sach"/u).filter((h) => h.includes('#') && !h.startsWith('#'));
    expect(row.slice(0, 2)).toEqual([`/${SIX}/kinh-te/ngan-sach/#i-1-2`, `/${NINE}/kinh-te/ngan-sach/#ii-1-e-1`]);
    const block = hrefsIn(data, /<section class="entry-figures" id="chuoi-thu-ngan-sach"/u);
    expect(block).toEqual([`/${SIX}/kinh-te/ngan-sach/#i-1-2`, `/${NINE}/kinh-te/ngan-sach/#ii-1-e-1`]);
    expect(data).toContain(`href="/${NINE}/du-lieu/chuoi/thu-ngan-sach.csv"`);
    for (const href of [...row.slice(0, 2), ...block]) expect(lands(built.outDir, href), href).toBe(true);
    // The paragraph each link lands on prints that value.
    expect(row.slice(0, 2).map((href) => paragraphText(built.outDir, href))).toEqual([expect.stringContaining('4.215,6 tỷ đồng'), expect.stringContaining('8.127,9 tỷ đồng')]);
    // The values as printed, each with its period.
    // (number and unit kept on one line on a phone).
    expect(data).toContain('4.215,6\u00a0tỷ\u00a0đồng (6\u00a0tháng\u00a02021)');
    expect(data).toContain('8.127,9\u00a0tỷ\u00a0đồng (9\u00a0tháng\u00a02021)');
    // A chart of comparable points (tỷ đồng, 6 and 9 months of 2021), drawn by the site's chart code.
    expect(data).toMatch(/<report-chart data-config="\{&quot;id&quot;:&quot;chuoi-thu-ngan-sach&quot;/u);
  });

  test('the entry page shows the series; the earlier report, which never saw the later one, does not change', () => {
    const nine = page(built.outDir, `/${NINE}/kinh-te/ngan-sach/`);
    expect(nine).toContain('id="chuoi-thu-ngan-sach"');
    expect(nine).toContain('Qua các kỳ báo cáo');
    const six = page(built.outDir, `/${SIX}/kinh-te/ngan-sach/`);
    expect(six).not.toContain('chuoi-thu-ngan-sach');
    expect(page(built.outDir, `/${SIX}/du-lieu/`)).not.toContain('Qua các kỳ báo cáo');
  });

  test('the series CSV and the site-wide series.json/series.csv hold both points', () => {
    const csv = readFileSync(join(built.outDir, NINE, 'du-lieu/chuoi/thu-ngan-sach.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFseries,indicator,label,value,unit,qualifier,period,report,report_title,report_date,url');
    expect(csv.slice(1, 3).map((l) => l.split(',').slice(3, 8).join(','))).toEqual([`4215.6,tỷ đồng,,6 tháng 2021,${SIX}`, `8127.9,tỷ đồng,,9 tháng 2021,${NINE}`]);
    const json = JSON.parse(readFileSync(join(built.outDir, 'series.json'), 'utf8')) as { series: { id: string; comparable: boolean; points: { value: number }[] }[] };
    expect(json.series.map((s) => s.id).sort()).toEqual(['kim-ngach-nhap-khau', 'kim-ngach-xuat-khau', 'thu-ngan-sach']);
    expect(json.series.find((s) => s.id === 'thu-ngan-sach')).toMatchObject({ comparable: true, points: [{ value: 4215.6 }, { value: 8127.9 }] });
    expect(readFileSync(join(built.outDir, 'series.csv'), 'utf8')).toContain(`/${SIX}/kinh-te/ngan-sach/#i-1-2`);
  });

  test('the search box searches the report being read; the "Báo cáo" filter switches to the other report or to all, each result naming its report and landing on its paragraph', async ({ page }) => {
    const server = serveUnderBase(() => built.outDir);
    const origin = await listenLocal(server);
    try {
      await page.goto(`${origin}/${NINE}/kinh-te/`);
      const box = page.getByRole('searchbox', { name: 'Tìm trong báo cáo' });
      // Both reports print this phrase: 1.310 triệu USD in the 6-month fixture, another value in the 9-month report.
      await box.fill('kim ngach nhap khau qua dia ban');
      const popup = page.getByRole('region', { name: searchText.boxResults });
      const filter = popup.getByRole('combobox', { name: searchText.reportFilter });
      await expect(filter).toBeVisible();
      const titles = JSON.parse(readFileSync(join(built.outDir, 'search/manifest.json'), 'utf8')).reports.map((r: { id: string; title: string }) => [r.id, r.title]) as [string, string][];
      const title = Object.fromEntries(titles);
      // Default: the report being read.
      await expect(filter.locator('option:checked')).toHaveText(title[NINE]!);
      const links = popup.locator('.search-results a');
      await expect(links.first()).toBeVisible();
      const nineHrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(nineHrefs.length).toBeGreaterThan(0);
      expect(nineHrefs.filter((h) => !h.startsWith(`/${NINE}/`))).toEqual([]);
      await expect(popup.locator('.search-group__report').first()).toHaveText(title[NINE]!);
      // The other report.
      await filter.selectOption(SIX);
      await expect(links.first()).toHaveAttribute('href', new RegExp(`^/${SIX}/`, 'u'));
      const sixHrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(sixHrefs.filter((h) => !h.startsWith(`/${SIX}/`))).toEqual([]);
      await expect(popup.locator('.search-group__report').first()).toHaveText(title[SIX]!);
      // Every report: hits of both.
      await filter.selectOption({ label: searchText.allReports });
      await expect.poll(async () => new Set((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) => h.split('/')[1])).size).toBe(2);
      // The "all results" link carries the choice to the search page, which keeps it.
      await filter.selectOption(SIX);
      await expect(links.first()).toHaveAttribute('href', new RegExp(`^/${SIX}/`, 'u'));
      const all = popup.getByRole('link', { name: searchText.allResults('kim ngach nhap khau qua dia ban') });
      await expect(all).toHaveAttribute('href', `/tim-kiem/?q=kim+ngach+nhap+khau+qua+dia+ban&bao-cao=${SIX}`);
      // A result lands on the paragraph that prints the figure.
      const paragraphHit = links.filter({ hasText: '1.310' }).filter({ hasText: searchText.kinds.paragraph }).first();
      const href = (await paragraphHit.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^/${SIX}/kinh-te/kinh-te-cua-khau/#`, 'u'));
      await paragraphHit.click();
      await expect(page).toHaveURL(`${origin}${href}`);
      await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toContainText('ước đạt 1.310 triệu USD');
      // The search page honours the parameter.
      await page.goto(`${origin}/tim-kiem/?q=kim+ngach+nhap+khau+qua+dia+ban&bao-cao=${SIX}`);
      const pageFilter = page.getByRole('combobox', { name: searchText.reportFilter });
      await expect(pageFilter.locator('option:checked')).toHaveText(title[SIX]!);
      await expect(page.locator('.search-page__results a').first()).toHaveAttribute('href', new RegExp(`^/${SIX}/`, 'u'));
    } finally {
      server.close();
    }
  });

  test('a follow-up is linked both ways', () => {
    const task = hrefsIn(page(built.outDir, `/${SIX}/nhiem-vu-6-thang-cuoi-nam/1/`), /aria-labelledby="ky-sau"/u);
    expect(task).toEqual([`/${NINE}/kinh-te/ngan-sach/`]);
    const later = hrefsIn(page(built.outDir, `/${NINE}/kinh-te/ngan-sach/`), /aria-labelledby="ky-truoc"/u);
    expect(later).toEqual([`/${SIX}/nhiem-vu-6-thang-cuoi-nam/1/`]);
    expect(page(built.outDir, `/${SIX}/nhiem-vu-6-thang-cuoi-nam/1/`)).toContain('Kết quả ở kỳ sau');
  });
});

test('a followsUp naming a task the earlier report lacks fails the build, naming file and field', async () => {
  test.setTimeout(300_000);
  const root = seriesRoot((nine) => {
    const file = join(nine, FOLLOWING);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`followsUp: "${SIX}/1"`, `followsUp: "${SIX}/9"`));
  });
  const result = await buildSiteAsync(root);
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(new RegExp(`reports/${NINE}/economy/ngan-sach\\.mdx: followsUp: report "${SIX}" has no task "9" \\(its tasks: 1, 2\\)`, 'u'));
});

test('a chart declared over a series of mixed units is refused, naming both files', async () => {
  test.setTimeout(300_000);
  const root = seriesRoot((nine) => {
    // The 9-month export value joins the budget revenue series: triệu USD beside tỷ đồng.
    const file = join(nine, 'economy/kinh-te-cua-khau.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: "kim-ngach-xuat-khau"\n', '  - id: "kim-ngach-xuat-khau"\n    series: "thu-ngan-sach"\n    seriesChart: true\n'));
  });
  const result = await buildSiteAsync(root);
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(/economy\/kinh-te-cua-khau\.mdx: seriesChart: series "thu-ngan-sach" cannot be one chart: its units differ \("tỷ đồng" in [^)]*reports\/2021-6-thang\/economy\/ngan-sach\.mdx, "triệu USD" in [^)]*reports\/2021-9-thang\/economy\/kinh-te-cua-khau\.mdx\)/u);
});

test('a one-report content root keeps today\'s page paths, with no report prefix', async () => {
  test.setTimeout(300_000);
  const result = await buildSiteAsync(join(projectRoot, 'content'));
  expect(result.status, result.output).toBe(0);
  const paths = pagePaths(result.outDir);
  for (const path of ['/', '/kinh-te/', '/kinh-te/ngan-sach/', '/nhiem-vu-quy-iv/', '/nhiem-vu-quy-iv/13/', '/toan-van/', '/du-lieu/', '/hinh/1/', '/tim-kiem/', '/404/']) expect(paths, path).toContain(path);
  expect(paths.filter((p) => /^\/\d{4}-/u.test(p))).toEqual([]);
  // Every URL the bundled report had before the series work (its page list at that commit) still resolves, and no other page appears.
  const before = JSON.parse(readFileSync(join(projectRoot, 'e2e/fixtures/series/single-report-paths.json'), 'utf8')) as { paths: string[] };
  expect(before.paths).toHaveLength(64);
  expect(paths).toEqual([...before.paths].sort());
  expect(existsSync(join(result.outDir, 'series.json'))).toBe(false);
  expect(existsSync(join(result.outDir, 'du-lieu/chuoi'))).toBe(false);
  const home = page(result.outDir, '/');
  expect(home).not.toContain('Tất cả báo cáo');
  expect(home).not.toContain('Qua các kỳ báo cáo');
});

test('a two-report build under BASE_PATH=/bao-cao/ keeps every link of every page under the prefix, each to a file it built', async () => {
  test.setTimeout(300_000);
  const result = await buildSiteAsync(seriesRoot(), { BASE_PATH: '/bao-cao/' });
  expect(result.status, result.output).toBe(0);
  const files = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(70);
  const outside: string[] = [];
  const missing: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(join(result.outDir, file), 'utf8');
    for (const [, url] of html.matchAll(/(?:href|src|action)="(\/[^"]*)"/gu)) {
      checked += 1;
      if (!url!.startsWith('/bao-cao/')) {
        outside.push(`${file}: ${url}`);
        continue;
      }
      const path = decodeURIComponent(url!.slice('/bao-cao/'.length).split(/[?#]/u)[0]!);
      const target = join(result.outDir, path);
      if (!existsSync(path === '' || path.endsWith('/') ? join(target, 'index.html') : target)) missing.push(`${file}: ${url}`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(outside).toEqual([]);
  expect([...new Set(missing)]).toEqual([]);
  // The series links between reports carry the prefix too.
  expect(readFileSync(join(result.outDir, NINE, 'du-lieu/index.html'), 'utf8')).toContain(`href="/bao-cao/${SIX}/kinh-te/ngan-sach/#i-1-2"`);
});
