import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSite, copyContent, fixtureReport, projectRoot } from './support/build';
import { chartCodeSignature } from './support/quality-budget';
import { builtPages, pageHtml } from './support/site';
import { parseCsv } from './support/csv';

/** Text only a Chart.js build holds (its error messages survive minification). */

interface ChartFrontmatter {
  id: string;
  title: string;
}

/** Charts declared in the bundled report's frontmatter and placed in its bodies, read here independently of src/. */
function contentCharts(): { id: string; title: string; file: string }[] {
  const root = join(projectRoot, 'content');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name));
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const [, frontmatter = '', body = ''] = text.split(/^---$/m);
    const charts = ((parse(frontmatter) as { charts?: ChartFrontmatter[] }).charts ?? []);
    const placed = [...body.matchAll(/<Chart id="([^"]+)" \/>/g)].map((m) => m[1]);
    return charts.filter((c) => placed.includes(c.id)).map((c) => ({ id: c.id, title: c.title, file }));
  });
}

/** Entry pages that hold at least one chart (figure pages, /hinh/<n>/, repeat them one by one: e2e/embed.spec.ts and e2e/chart-layout.spec.ts cover those). */
const chartPages = builtPages()
  .filter((p) => p.path !== '/toan-van/' && !p.path.startsWith('/hinh/') && readFileSync(p.file, 'utf8').includes('<report-chart'))
  .map((p) => p.path);

/** Wait until a figure's chart has been drawn (it is drawn when it nears the viewport). */
async function drawn(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('report-chart')).toHaveAttribute('data-state', 'drawn');
}

/** Share of canvas pixels that differ clearly from its top-left (background) pixel, and that pixel. */
async function ink(canvas: Locator): Promise<{ share: number; background: number[] }> {
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx) return { share: 0, background: [] };
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const bg = [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0];
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs((d[i] ?? 0) - (bg[0] ?? 0)) + Math.abs((d[i + 1] ?? 0) - (bg[1] ?? 0)) + Math.abs((d[i + 2] ?? 0) - (bg[2] ?? 0)) > 60) differ += 1;
    }
    return { share: differ / (c.width * c.height), background: bg };
  });
}

/** A vi-VN number as shown in a table ("2.080", "−1,64%", "+10,1%") as a number. */
function viNumber(text: string): number {
  return Number(text.replace(/[%+\s]/g, '').replace(/\./g, '').replace(',', '.').replace('−', '-'));
}


/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Click a button that downloads a file; return the file's bytes and suggested name. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the report has at least 12 charts, numbered Hình 1…N in document order on the full text', () => {
  const charts = contentCharts();
  expect(charts.length).toBeGreaterThanOrEqual(12);
  const html = pageHtml('/toan-van/');
  const figures = [...html.matchAll(/<figure id="([^"]+)" class="report-figure"><figcaption[^>]*><span[^>]*>Hình (\d+)\.<\/span> ([^<]+)<\/figcaption>/g)];
  expect(figures.map((f) => Number(f[2]))).toEqual(charts.map((_, i) => i + 1));
  expect(new Set(figures.map((f) => f[1]))).toEqual(new Set(charts.map((c) => c.id)));
  // Every entry page shows its figures under the same number as the full text.
  const numberOf = new Map(figures.map((f) => [f[1], f[2]]));
  for (const path of chartPages) {
    for (const [, id, n] of pageHtml(path).matchAll(/<figure id="([^"]+)" class="report-figure"><figcaption[^>]*><span[^>]*>Hình (\d+)\./g)) {
      expect(n, `${path}#${id}`).toBe(numberOf.get(id ?? ''));
    }
  }
});

test('a figure holds its caption, data table and source in the HTML itself', () => {
  const html = pageHtml('/kinh-te/kinh-te-cua-khau/');
  const figure = /<figure id="xuat-khau-nhap-khau"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  expect(figure).toMatch(/Hình \d+\.<\/span> Kim ngạch xuất khẩu và nhập khẩu qua địa bàn<\/figcaption>/);
  expect(figure).toContain('<th scope="row">Kim ngạch nhập khẩu qua địa bàn</th><td class="num">2.080</td>');
  expect(figure).toContain('<canvas role="img" aria-label="Biểu đồ cột: Kim ngạch xuất khẩu và nhập khẩu qua địa bàn. Kim ngạch xuất khẩu qua địa bàn: 980 triệu USD; Kim ngạch nhập khẩu qua địa bàn: 2.080 triệu USD."');
  // Source lines leave out the draft's blank number line (issue 13); the document part is left out in print.
  expect(figure).toContain('Nguồn: <span class="report-figure__source-doc">Báo cáo của Ủy ban nhân dân tỉnh Lạng Sơn, </span>');
  expect(figure).not.toContain('Số: /BC-UBND');
  const products = /<figure id="san-pham-cong-nghiep-so-ke-hoach"[\s\S]*?<\/figure>/.exec(pageHtml('/kinh-te/cong-nghiep-thuong-mai-du-lich/'))?.[0] ?? '';
  expect(products).toContain('<th scope="row">Xi măng</th><td class="num">56,7</td><td>kế hoạch</td>');
  expect(products).toMatch(/chú thích <a href="\/kinh-te\/cong-nghiep-thuong-mai-du-lich\/#fn-18">18<\/a>\./);
});

for (const path of chartPages) {
  test(`${path}: every chart draws, and its CSV and PNG downloads match what is shown`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    const figures = page.locator('figure.report-figure');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const figure = figures.nth(i);
      await drawn(figure);
      const canvas = figure.getByRole('img');
      await expect(canvas).toHaveAttribute('aria-label', /: .*\d/);
      expect((await ink(canvas)).share, `${path} figure ${i + 1} is blank`).toBeGreaterThan(0.02);

      // The table folds behind the figure's one disclosure once the chart is there, and opens on demand.
      const table = figure.getByRole('table');
      await expect(table).toBeHidden();
      await figure.locator('summary', { hasText: /^Tải về \/ Chia sẻ Hình \d+$/ }).click();
      await expect(table).toBeVisible();
      const head = await table.locator('thead th').allTextContents();
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

      const csv = await download(page, figure.getByRole('button', { name: 'Tải CSV' }));
      expect(csv.name).toMatch(/^hinh-\d+-[a-z0-9-]+\.csv$/);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [csvHead, ...csvRows] = parseCsv(csv.bytes.toString('utf8').slice(1));
      expect(csvHead).toEqual(head);
      expect(csvRows).toHaveLength(rows.length);
      csvRows.forEach((r, n) => {
        const shown = rows[n] ?? [];
        expect(r[0]).toBe(shown[0]);
        expect(Number(r[1])).toBe(viNumber(shown[1] ?? ''));
        expect(r.slice(2)).toEqual(shown.slice(2));
      });

      const png = await download(page, figure.getByRole('button', { name: 'Tải ảnh PNG' }));
      expect(png.name).toMatch(/^hinh-\d+-[a-z0-9-]+\.png$/);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.bytes.length).toBeGreaterThan(2000);
      // Twice the pixels of the chart as shown, and taller than twice the chart: the title and source are drawn in.
      const shown = await canvas.evaluate((c) => c.getBoundingClientRect());
      const size = pngSize(png.bytes);
      expect(size.width, `${path} figure ${i + 1}: PNG width`).toBe(2 * Math.round(shown.width));
      expect(size.height).toBeGreaterThan(2 * shown.height + 2 * 60);
    }
    expect(errors).toEqual([]);
  });
}

test('the PNG is the figure for an article: its title above the chart and its source line below, drawn into the image at twice the pixels', async ({ page, context }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const figure = page.locator('#xuat-khau-nhap-khau');
  await drawn(figure);
  await figure.locator('summary').click();
  const png = await download(page, figure.getByRole('button', { name: 'Tải ảnh PNG' }));
  await testInfo.attach('hinh.png', { body: png.bytes, contentType: 'image/png' });
  const chartHeight = await figure.getByRole('img').evaluate((c) => c.getBoundingClientRect().height);
  // Read the image's rows in a page of its own (no CSP): the share of dark (text) pixels in each band.
  const viewer = await context.newPage();
  const bands = await viewer.evaluate(
    async ({ data, chart }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (!ctx) return undefined;
      ctx.drawImage(img, 0, 0);
      const ink = (from: number, to: number) => {
        const d = ctx.getImageData(0, from, c.width, to - from).data;
        let dark = 0;
        for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) + (d[i + 1] ?? 255) + (d[i + 2] ?? 255) < 300) dark += 1;
        return dark / (c.width * (to - from));
      };
      const top = c.height - 2 * chart;
      const corner = [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
      // The title band sits over the chart: the rows above the chart's share of the height, less the source's.
      return { corner, title: ink(0, Math.round(top * 0.55)), source: ink(c.height - Math.round(top * 0.4), c.height) };
    },
    { data: png.bytes.toString('base64'), chart: chartHeight },
  );
  await viewer.close();
  // Light, whatever the screen shows: an image for an article.
  expect(Math.min(...(bands?.corner ?? [0]))).toBeGreaterThan(240);
  expect(bands?.title, 'the title row has text').toBeGreaterThan(0.01);
  expect(bands?.source, 'the source row has text').toBeGreaterThan(0.005);
});

test('a plan chart names its numbers for screen readers and cites its footnote', async ({ page }) => {
  await page.goto('/kinh-te/cong-nghiep-thuong-mai-du-lich/');
  const figure = page.locator('#san-pham-cong-nghiep-so-ke-hoach');
  await drawn(figure);
  await expect(figure.getByRole('img', { name: /Xi măng: đạt 56,7% kế hoạch; Gạch các loại: đạt 74,8% kế hoạch/ })).toBeVisible();
  await expect(figure.locator('figcaption')).toHaveText(/^Hình \d+\. Sản phẩm công nghiệp chủ yếu so với kế hoạch$/);
  await expect(figure).toContainText('chú thích 18.');
});

test('pages without charts load no chart code; a chart page imports Chart.js only when a chart nears the viewport', async ({ page }) => {
  // Each script is recorded when its response arrives and its body read before any check: reading it
  // is asynchronous, and under load a body can still be on its way when the page is idle.
  const pending: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    if (!/\.m?js($|\?)/.test(new URL(response.url()).pathname)) return;
    pending.push(response.text().catch(() => '').then((body) => ({ url: response.url(), body })));
  });
  const loaded = async () => Promise.all(pending);
  for (const path of ['/', '/kinh-te/', '/du-lieu/', '/kho-khan-han-che/kho-khan-han-che/', '/nhiem-vu-quy-iv/4/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const withChartCode = (await loaded()).filter((s) => chartCodeSignature.test(s.body) || s.body.includes('report-chart'));
  expect(withChartCode.map((s) => s.url)).toEqual([]);
  expect(await page.locator('report-chart').count()).toBe(0);

  // On the full text the first chart is far below the fold: nothing is fetched until it comes near.
  pending.length = 0;
  await page.goto('/toan-van/');
  await page.waitForLoadState('networkidle');
  const fullText = await loaded();
  expect(fullText.some((s) => s.body.includes('report-chart'))).toBe(true);
  expect(fullText.filter((s) => chartCodeSignature.test(s.body))).toEqual([]);
  const chartJs = page.waitForResponse(async (r) => chartCodeSignature.test(await r.text().catch(() => '')));
  await drawn(page.locator('figure.report-figure').first());
  await chartJs;
  // The later charts are still not drawn: each waits for its own turn near the viewport.
  await expect(page.locator('figure.report-figure').last().locator('report-chart')).not.toHaveAttribute('data-state', 'drawn');
});

test('charts redraw in dark colours when the colour scheme changes, and follow the width', async ({ page }) => {
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const figure = page.locator('#xuat-khau-nhap-khau');
  await drawn(figure);
  const chart = figure.locator('report-chart');
  const canvas = figure.getByRole('img');
  await expect(chart).toHaveAttribute('data-theme', 'light');
  const light = await ink(canvas);
  expect(Math.min(...light.background)).toBeGreaterThan(200);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(chart).toHaveAttribute('data-theme', 'dark');
  await expect(chart).toHaveAttribute('data-state', 'drawn');
  const dark = await ink(canvas);
  expect(Math.max(...dark.background)).toBeLessThan(60);
  expect(dark.share).toBeGreaterThan(0.02);

  const wide = await canvas.evaluate((c) => c.getBoundingClientRect().width);
  await page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => canvas.evaluate((c) => c.getBoundingClientRect().width)).toBeLessThan(360);
  expect(wide).toBeGreaterThan(360);
  expect((await ink(canvas)).share).toBeGreaterThan(0.02);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure shows its data table, and no empty canvas or dead buttons', async ({ page }) => {
    await page.goto('/kinh-te/ngan-sach/');
    const figure = page.locator('#thu-ngan-sach-theo-nguon');
    const table = figure.getByRole('table', { name: /Thu ngân sách nhà nước trên địa bàn theo nguồn thu/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /Thu từ hoạt động xuất nhập khẩu/ })).toContainText('5.940,7');
    await expect(figure.getByRole('img')).toBeHidden();
    await expect(figure.getByRole('button', { name: 'Tải CSV' })).toBeHidden();
  });
});

test('the home page shows four headline figures, taken in turn from the sections, each linking to the paragraph it comes from', async ({ page }) => {
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Số liệu chính' });
  // The first headline figure of Chỉ đạo, điều hành, of Kinh tế, of Văn hóa - Xã hội, then the second of Chỉ đạo, điều hành.
  await expect(region.getByRole('listitem').locator('.figure-card__label')).toHaveText([
    'Tỷ lệ người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi vắc xin',
    'Tổng kim ngạch xuất nhập khẩu qua địa bàn',
    'Tạo việc làm mới',
    'Số hồ sơ tiếp nhận trực tuyến',
  ]);
  expect(contentIndicators().filter((i) => i.headline).length, 'more headline figures than the home shows').toBeGreaterThan(4);
  await expect(region.getByRole('link', { name: 'Xem tất cả số liệu' })).toHaveAttribute('href', '/du-lieu/');
  const card = region.getByRole('listitem').filter({ hasText: 'Tổng kim ngạch xuất nhập khẩu qua địa bàn' });
  await expect(card).toContainText('3.060 triệu USD');
  await expect(card).toContainText('đạt 99,4% kế hoạch');
  await expect(card).toContainText(/▲\s*tăng\s*51,5% so với cùng kỳ/);
  const link = card.getByRole('link', { name: 'Tổng kim ngạch xuất nhập khẩu qua địa bàn', exact: true });
  await expect(link).toHaveAttribute('href', '/kinh-te/kinh-te-cua-khau/#ii-1-b-1');
  await link.click();
  await expect(page.locator('#ii-1-b-1')).toContainText('3.060 triệu USD, đạt 99,4% kế hoạch, tăng 51,5% so với cùng kỳ');

  // A figure printed in a footnote links to the footnote.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Số hồ sơ tiếp nhận trực tuyến', exact: true })).toHaveAttribute('href', '/chi-dao-dieu-hanh/cai-cach-hanh-chinh/#fn-36');
});

test('each section opens with its own key figures', async ({ page }) => {
  await page.goto('/kinh-te/');
  const economy = page.getByRole('region', { name: 'Số liệu nổi bật' });
  await expect(economy.getByRole('listitem')).toHaveCount(5);
  await expect(economy.getByRole('listitem').filter({ hasText: 'Tổng thu ngân sách nhà nước trên địa bàn' })).toContainText('8.127,9 tỷ đồng');
  await expect(economy).not.toContainText('Tỷ lệ cử tri đi bầu');
  // A section with no headline figure shows the first figure of each of its entries.
  await page.goto('/quoc-phong-an-ninh/');
  const security = page.getByRole('region', { name: 'Số liệu nổi bật' });
  await expect(security.getByRole('listitem')).toHaveCount(2);
  await expect(security.getByRole('listitem').first()).toContainText('172/221 cuộc');
  // The Q4 tasks print targets, not results: their key figures are the typed targets, each labelled so.
  await page.goto('/nhiem-vu-quy-iv/');
  const targets = page.getByRole('region', { name: 'Số liệu nổi bật' }).getByRole('listitem');
  await expect(targets.first()).toContainText('Mục tiêu:');
  for (const text of await targets.allTextContents()) expect(text).toContain('Mục tiêu:');
});

test('a chart mixing units fails the build, naming the file and the chart', () => {
  test.setTimeout(120_000);
  const content = copyContent(fixtureReport);
  const file = join(content, 'economy/nong-nghiep.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('charts: []');
  writeFileSync(
    file,
    text
      .replace('charts: []', 'charts:\n  - id: "lua-va-khach"\n    title: "Lúa và khách"\n    indicators: ["dien-tich-lua-son-thuy", "khach-du-lich-son-thuy"]')
      .replace('Du lịch đón', '<Chart id="lua-va-khach" />\n\nDu lịch đón'),
  );
  const result = buildSite(content);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('economy/nong-nghiep.mdx: chart "lua-va-khach": measure "value" needs one unit, but its indicators use "ha" (dien-tich-lua-son-thuy), "nghìn lượt" (khach-du-lich-son-thuy)');
});

/** Indicators of the bundled report's frontmatter. */
function contentIndicators(): { id: string; headline?: boolean }[] {
  const root = join(projectRoot, 'content');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .flatMap((d) => {
      const [, frontmatter = ''] = readFileSync(join(d.parentPath, d.name), 'utf8').split(/^---$/m);
      return (parse(frontmatter) as { indicators?: { id: string; headline?: boolean }[] }).indicators ?? [];
    });
}
