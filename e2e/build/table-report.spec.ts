import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { buildSite, tableReport, type BuildResult } from '../support/build';
import { offOriginRequests, watchPage, type PageWatch } from '../support/quality-runtime';

/**
 * The site side of "any report in": a report with a 7-column table (number columns right-aligned), a
 * letterhead, an entry without summary, a task without title and an appendix after the signature builds
 * and reads well — tables aligned by class (no inline style the CSP would block), scrolling in their own
 * frame on a phone, never the page.
 */

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static host for a built folder. */
function serve(root: string): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidate = join(root, path);
    const file = !path.includes('..') && existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
    if (!path.includes('..') && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } else {
      res.writeHead(404).end('not found');
    }
  });
}

/** The seven printed column headers of the fixture's table. */
const HEADERS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2030', 'Thực hiện 6 tháng', 'So với cùng kỳ (%)', 'Đạt % kế hoạch'];
const TABLE = 'Bảng 1 mục I.1, cuộn ngang để xem hết';
const TASK_LABEL = 'Nhiệm vụ 1: Giữ vững diện tích gieo trồng lúa vụ mùa và mở rộng vùng…';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let build: BuildResult;
let server: Server;
let origin = '';

test.beforeAll(async () => {
  build = buildSite(tableReport);
  expect(build.status, build.output).toBe(0);
  server = serve(build.outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

const watches = new WeakMap<Page, PageWatch>();

/** Open a page, watched (from its first page on) for CSP violations, console errors and requests elsewhere. */
async function open(page: Page, path: string): Promise<PageWatch> {
  const watch = watches.get(page) ?? (await watchPage(page, origin));
  watches.set(page, watch);
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return watch;
}

/** Nothing the watch saw since the test's first page: no CSP violation, console error or request elsewhere. */
function expectQuiet(watch: PageWatch, path: string): void {
  expect(watch.cspViolations, `${path}: CSP violations`).toEqual([]);
  expect(watch.errors, `${path}: console errors`).toEqual([]);
  expect(offOriginRequests(watch.requests, origin), `${path}: requests elsewhere`).toEqual([]);
}

test('no page carries a style= or align= attribute (the CSP blocks inline styles)', () => {
  const pages = readdirSync(build.outDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html'));
  expect(pages.length).toBeGreaterThanOrEqual(12);
  for (const d of pages) {
    const html = readFileSync(join(d.parentPath, d.name), 'utf8');
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.filter((t) => /\s(?:style|align)\s*=/i.test(t)), join(d.parentPath, d.name)).toEqual([]);
  }
});

test('the table is a table with its header row, numbers verbatim and number columns aligned right by class', async ({ page }) => {
  const watch = await open(page, '/kinh-te/san-xuat/');
  const frame = page.getByRole('region', { name: TABLE });
  await expect(frame).toHaveAttribute('id', 'i-1-bang-1');
  await expect(frame).toHaveAttribute('tabindex', '0');
  const table = frame.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(HEADERS);
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', 'Diện tích gieo trồng lúa', 'ha', '5.000', '1.234,5', '97,5', '24,7']);
  await expect(table.getByRole('row').nth(4).getByRole('cell').nth(1)).toHaveText('Thu ngân sách nhà nước trên địa bàn');
  const aligned = await table.getByRole('row').nth(1).getByRole('cell').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).textAlign));
  expect(aligned).toEqual(['center', 'left', 'center', 'right', 'right', 'right', 'right']);
  await expect(table.getByRole('columnheader', { name: 'Kế hoạch năm 2030' })).toHaveClass('align-right');
  expectQuiet(watch, '/kinh-te/san-xuat/');
});

test('at 360 px the page does not scroll sideways; the table scrolls in its own frame', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of ['/kinh-te/san-xuat/', '/toan-van/', '/phu-luc/phu-luc-1/']) {
    const watch = await open(page, path);
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow, `${path}: sideways scroll of the page`).toBeLessThanOrEqual(0);
    expectQuiet(watch, path);
  }
  await open(page, '/kinh-te/san-xuat/');
  const frame = page.getByRole('region', { name: TABLE });
  const sizes = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll, 'the 7-column table is wider than a phone').toBeGreaterThan(sizes.client);
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('an entry without a summary shows no summary line; its description is its opening words', async ({ page }) => {
  const watch = await open(page, '/kinh-te/du-lich/');
  await expect(page.locator('.entry__lead')).toHaveCount(0);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Du lịch đón nhiều khách trong dịp lễ hội mùa xuân; các điểm du lịch cộng đồng được đầu tư thêm.');
  expectQuiet(watch, '/kinh-te/du-lich/');
  await open(page, '/kinh-te/san-xuat/');
  await expect(page.locator('.entry__lead')).toHaveText('Kết quả sản xuất và thu ngân sách 6 tháng đầu năm, trong bảng số liệu.');
  await open(page, '/kinh-te/');
  const card = page.locator('.card').filter({ has: page.getByRole('link', { name: 'I.2 Du lịch' }) });
  await expect(card.locator('p')).toHaveCount(0);
  await expect(page.locator('.card').filter({ has: page.getByRole('link', { name: /^I\.1 / }) }).locator('p')).toHaveText('Kết quả sản xuất và thu ngân sách 6 tháng đầu năm, trong bảng số liệu.');
});

test('a task without a title is named by its opening words, shortened at a word, in its title and navigation', async ({ page }) => {
  let watch = await open(page, '/nhiem-vu/1/');
  await expect(page).toHaveTitle(`${TASK_LABEL} — Báo cáo mẫu có bảng — văn bản kiểm thử`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Giữ vững diện tích gieo trồng lúa vụ mùa và mở rộng vùng…');
  expectQuiet(watch, '/nhiem-vu/1/');
  watch = await open(page, '/nhiem-vu/2/');
  await expect(page.getByRole('link', { name: new RegExp(`${TASK_LABEL}$`) })).toHaveAttribute('rel', 'prev');
  await open(page, '/nhiem-vu/');
  await expect(page.getByRole('heading', { level: 3, name: TASK_LABEL })).toBeVisible();
});

test('on /toan-van/ the appendix comes after the signature; it is a page of its own too', async ({ page }) => {
  const watch = await open(page, '/toan-van/');
  const appendix = page.getByRole('heading', { name: /^PHỤ LỤC 1 Số liệu du lịch theo huyện/ });
  await expect(appendix).toBeVisible();
  const order = await page.evaluate(() => {
    const signature = document.querySelector('.signature__name');
    const heading = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].find((h) => h.textContent?.startsWith('PHỤ LỤC 1'));
    const task = document.getElementById('nhiem-vu-2');
    if (!signature || !heading || !task) return 'missing';
    const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return after(task, signature) && after(signature, heading) ? 'task, signature, appendix' : 'wrong order';
  });
  expect(order).toBe('task, signature, appendix');
  await expect(page.getByRole('region', { name: 'Bảng 1 mục Phụ lục 1, cuộn ngang để xem hết' })).toBeVisible();
  expectQuiet(watch, '/toan-van/');
  await open(page, '/phu-luc/phu-luc-1/');
  await expect(page.locator('.entry__number')).toHaveText('Phụ lục 1');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Huyện', 'Khách 6 tháng (nghìn lượt)', 'So với cùng kỳ (%)']);
});

test('the letterhead prints issuer and motto side by side on a wide screen, stacked on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/toan-van/');
  const issuer = page.locator('.title-block__issuer');
  const motto = page.locator('.title-block__motto');
  await expect(issuer).toHaveText('ỦY BAN NHÂN DÂNTỈNH SƠN THỦY');
  await expect(motto).toHaveText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc');
  await expect(page.locator('.title-block__number')).toHaveText('Số: 34/BC-UBND');
  await expect(page.locator('.title-block__place')).toHaveText('Sơn Thủy, ngày 05 tháng 7 năm 2030');
  let [a, b] = [await issuer.boundingBox(), await motto.boundingBox()];
  expect(a && b && Math.abs(a.y - b.y) < 2 && a.x + a.width <= b.x, 'side by side').toBe(true);
  await page.setViewportSize({ width: 360, height: 780 });
  [a, b] = [await issuer.boundingBox(), await motto.boundingBox()];
  expect(a && b && b.y >= a.y + a.height, 'stacked').toBe(true);
});

test('a figure typed from a table cell links to the table and is charted', async ({ page }) => {
  const watch = await open(page, '/du-lieu/');
  const source = page.getByRole('row').filter({ hasText: '1.234,5' }).getByRole('link', { name: 'Mục I.1, bảng 1' });
  await expect(source).toHaveAttribute('href', '/kinh-te/san-xuat/#i-1-bang-1');
  expectQuiet(watch, '/du-lieu/');
  await open(page, '/kinh-te/san-xuat/');
  const chart = page.locator('report-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-state', 'drawn');
});
