import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { builtPages, pageHtml } from './support/site';

/** Figures as the full text numbers them: number, chart id and title. */
const figures = [...pageHtml('/toan-van/').matchAll(/<figure id="([^"]+)" class="report-figure"><figcaption[^>]*><span[^>]*>Hình (\d+)\.<\/span> ([^<]+)<\/figcaption>/g)].map((m) => ({
  id: m[1] ?? '',
  number: Number(m[2]),
  title: m[3] ?? '',
}));

/** Pages that hold at least one chart. */
const chartPages = builtPages().filter((p) => readFileSync(p.file, 'utf8').includes('<report-chart'));

/** `&amp;` and `&quot;` back to characters, as a browser reads a textarea's text. */
const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

test('every numbered figure has a page of its own at /hinh/<n>/, headed by its number and title', () => {
  expect(figures.length).toBeGreaterThanOrEqual(12);
  const pages = builtPages().filter((p) => p.path.startsWith('/hinh/')).map((p) => p.path);
  expect(pages.sort()).toEqual(figures.map((f) => `/hinh/${f.number}/`).sort());
  for (const f of figures) {
    const html = pageHtml(`/hinh/${f.number}/`);
    expect(html).toMatch(new RegExp(`<h1 class="report-figure__heading"><span class="report-figure__number">Hình ${f.number}\\.</span> ${f.title.replace(/[()]/g, '\\$&')}</h1>`));
    expect(html, `/hinh/${f.number}/ holds the chart`).toContain(`<figure id="${f.id}" class="report-figure">`);
    expect(html).toContain('<table class="data-table">');
    expect(html).toContain('Nguồn:');
    expect(html).toContain('data-action="csv"');
    expect(html).toContain('<report-citation');
  }
});

test('every chart on every page offers an embed snippet whose iframe names the figure page, a title and a height', () => {
  let snippets = 0;
  for (const { path } of chartPages) {
    const html = pageHtml(path);
    for (const [, id, n] of html.matchAll(/<figure id="([^"]+)" class="report-figure"><figcaption[^>]*>(?:<h1[^>]*>)?<span[^>]*>Hình (\d+)\./g)) {
      const figure = new RegExp(`<figure id="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      const code = unescape(/<textarea[^>]*class="report-chart__code"[^>]*>([^<]*)<\/textarea>/.exec(figure)?.[1] ?? '');
      // Without SITE_URL the build writes the figure page root-relative; the browser makes it absolute.
      expect(code, `${path}#${id}`).toMatch(new RegExp(`^<iframe src="/hinh/${n}/" title="Hình ${n}: [^"]+" width="100%" height="\\d+" `));
      const height = Number(/height="(\d+)"/.exec(code)?.[1]);
      expect(height).toBeGreaterThanOrEqual(450);
      expect(height).toBeLessThanOrEqual(1200);
      expect(figure).toContain('<summary>Nhúng</summary>');
      snippets += 1;
    }
  }
  // Each figure is on its entry page, the full text and its own page.
  expect(snippets).toBe(figures.length * 3);
});

test.describe('a figure framed by another site', () => {
  let server: Server;
  let host = '';
  test.beforeAll(async ({ baseURL }) => {
    const site = baseURL ?? '';
    // Another origin (127.0.0.1 on its own port, not localhost:<E2E_PORT>) that pastes the snippet as a newsroom would.
    const code = unescape(/<textarea[^>]*class="report-chart__code"[^>]*>([^<]*)<\/textarea>/.exec(pageHtml('/kinh-te/ngan-sach/'))?.[1] ?? '').replace('src="/', `src="${site}/`);
    server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="vi"><head><title>Báo điện tử</title></head><body><h1>Bài viết</h1>${code}</body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the framed figure page draws its chart and shows the figure without the site chrome', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const figureResponse = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/hinh/`));
    await page.goto(host);
    const response = await figureResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', /^Hình \d+: Thu ngân sách nhà nước trên địa bàn theo nguồn thu$/);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^Hình \d+\. Thu ngân sách nhà nước trên địa bàn theo nguồn thu$/);
    await expect(frame.locator('report-chart')).toHaveAttribute('data-state', 'drawn');
    await expect(frame.locator('html')).toHaveAttribute('data-framed', '');
    await expect(frame.locator('.site-header')).toBeHidden();
    const ink = await frame.getByRole('img').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs((d[i] ?? 0) - (d[0] ?? 0)) + Math.abs((d[i + 1] ?? 0) - (d[1] ?? 0)) + Math.abs((d[i + 2] ?? 0) - (d[2] ?? 0)) > 60) n += 1;
      return n / (c.width * c.height);
    });
    expect(ink).toBeGreaterThan(0.02);
    await expect(frame.getByRole('button', { name: 'Tải CSV' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('visited directly, the figure page keeps the site header', async ({ page }) => {
    await page.goto('/hinh/1/');
    await expect(page.locator('html')).not.toHaveAttribute('data-framed', '');
    await expect(page.getByRole('searchbox').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Xem Hình 1 trong báo cáo$/ })).toHaveAttribute('href', new RegExp(`#${figures[0]?.id}$`));
  });
});

test('"Nhúng" copies the snippet to the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const figure = page.locator('#xuat-khau-nhap-khau');
  await figure.getByText('Nhúng', { exact: true }).click();
  const field = figure.getByLabel(/^Mã nhúng Hình \d+/);
  await expect(field).toBeVisible();
  await figure.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
  await expect(figure.getByRole('status').last()).toHaveText('Đã sao chép');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  // The page's own origin: this build has no SITE_URL.
  expect(copied).toMatch(new RegExp(`^<iframe src="${baseURL}/hinh/\\d+/" title="Hình \\d+: Kim ngạch xuất khẩu và nhập khẩu qua địa bàn"`));
});
