import { expect, test, type Frame, type Page } from '@playwright/test';
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

/** The embed snippet of the figure with chart id `id`, as its entry page offers it. */
function snippetOf(path: string, id: string): string {
  const figure = new RegExp(`<figure id="${id}"[\\s\\S]*?</figure>`).exec(pageHtml(path))?.[0] ?? '';
  return unescape(/<textarea[^>]*class="report-chart__code"[^>]*>([^<]*)<\/textarea>/.exec(figure)?.[1] ?? '');
}

test('every numbered figure has a page of its own at /hinh/<n>/: its title, the chart, the source line with one link back to the paragraph, nothing of the site around it', () => {
  expect(figures.length).toBeGreaterThanOrEqual(12);
  const pages = builtPages().filter((p) => p.path.startsWith('/hinh/')).map((p) => p.path);
  expect(pages.sort()).toEqual(figures.map((f) => `/hinh/${f.number}/`).sort());
  for (const f of figures) {
    const html = pageHtml(`/hinh/${f.number}/`);
    const where = `/hinh/${f.number}/`;
    expect(html).toMatch(new RegExp(`<h1 class="report-figure__heading"><span class="report-figure__number">Hình ${f.number}\\.</span> ${f.title.replace(/[()]/g, '\\$&')}</h1>`));
    expect(html, `${where} holds the chart`).toContain(`<figure id="${f.id}" class="report-figure report-figure--minimal">`);
    // The table stays for readers without JavaScript (the chart gives way to it there).
    expect(html).toContain('<table class="data-table">');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    const links = [...main.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
    expect(links, `${where}: one link`).toHaveLength(1);
    expect(links[0]?.[1], where).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/#([a-z0-9]+(-[a-z0-9]+)*-\d+|fn-\d+)$/);
    expect(links[0]?.[2], where).toMatch(/^mục [IVX]+(\.[^\s,.]+)*(, đoạn [\d, ]+)?$/);
    expect(main).toMatch(/<p class="report-figure__source">\s*Nguồn: Báo cáo của Ủy ban nhân dân tỉnh Lạng Sơn, <a /);
    for (const chrome of ['site-header', 'site-footer', 'skip-link', '<button', '<details', 'report-anchors', 'report-citation']) expect(html, `${where}: no ${chrome}`).not.toContain(chrome);
  }
});

test('every chart on the entry pages and the full text offers an embed snippet: an iframe of its figure page with a title and a starting height, and the host script', () => {
  let snippets = 0;
  for (const { path } of chartPages.filter((p) => !p.path.startsWith('/hinh/'))) {
    for (const [, id, n] of pageHtml(path).matchAll(/<figure id="([^"]+)" class="report-figure"><figcaption[^>]*><span[^>]*>Hình (\d+)\./g)) {
      const code = snippetOf(path, id ?? '');
      expect(code, `${path}#${id}`).toMatch(
        new RegExp(`^<iframe src="/hinh/${n}/" title="Hình ${n}: [^"]+" width="100%" height="\\d+" frameborder="0" loading="lazy"></iframe>\\n<script src="/nhung-hinh.js" async></script>$`),
      );
      // No inline style or script: a host with a strict CSP needs only to allow the site's origin.
      expect(code).not.toMatch(/style=|on\w+=/);
      const height = Number(/height="(\d+)"/.exec(code)?.[1]);
      expect(height).toBeGreaterThanOrEqual(300);
      expect(height).toBeLessThanOrEqual(1200);
      snippets += 1;
    }
  }
  // Each figure is on its entry page and the full text.
  expect(snippets).toBe(figures.length * 2);
});

test.describe('figures framed by another site', () => {
  let server: Server;
  let host = '';
  /** A doughnut and the tallest phone layout (six horizontal bars). */
  const framed = [
    { path: '/kinh-te/ngan-sach/', id: 'thu-ngan-sach-theo-nguon' },
    { path: '/kinh-te/nong-lam-nghiep-nong-thon-moi/', id: 'nong-lam-nghiep-so-ke-hoach' },
  ];
  test.beforeAll(async ({ baseURL }) => {
    const site = baseURL ?? '';
    // Another origin (127.0.0.1 on its own port, not localhost:<E2E_PORT>) that pastes the snippets as a
    // newsroom would, under a strict CSP: no inline script or style, scripts and frames from the site only.
    const codes = framed.map((f) => snippetOf(f.path, f.id).replaceAll('src="/', `src="${site}/`));
    server = createServer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'none'; script-src ${site}; frame-src ${site}`,
      });
      res.end(`<!doctype html><html lang="vi"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Báo điện tử</title></head><body><h1>Bài viết</h1><p>Đoạn mở đầu.</p>${codes.join('<p>Đoạn giữa.</p>')}<p>Đoạn cuối.</p></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** For one frame: its height, its document's height, and the empty space under its last line of content. */
  async function fit(page: Page, n: number): Promise<{ frame: number; document: number; empty: number }> {
    const iframe = page.locator('iframe').nth(n);
    const height = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    const frame = (await iframe.elementHandle().then((h) => h?.contentFrame())) as Frame;
    const inner = await frame.evaluate(() => {
      const source = document.querySelector('.report-figure__source');
      return { document: document.documentElement.scrollHeight, bottom: (source?.getBoundingClientRect().bottom ?? 0) + scrollY };
    });
    return { frame: height, document: inner.document, empty: height - inner.bottom };
  }

  /** Every frame drawn and sized: not cut (its document fits), and at most 24 px empty under the content. */
  async function expectFitted(page: Page, width: number): Promise<void> {
    for (let n = 0; n < framed.length; n += 1) {
      // A chart draws when it comes into view: a frame below the first screen waits for the reader to scroll.
      await page.locator('iframe').nth(n).scrollIntoViewIfNeeded();
      await expect(page.locator('iframe').nth(n).contentFrame().locator('report-chart')).toHaveAttribute('data-state', 'drawn');
      await expect
        .poll(async () => {
          const f = await fit(page, n);
          return f.document <= f.frame && f.empty >= 0 && f.empty <= 24 ? 'fits' : JSON.stringify(f);
        }, `${width} px host, frame ${n + 1}`)
        .toBe('fits');
    }
  }

  for (const width of [360, 1280]) {
    test(`in a ${width} px host page each frame takes its figure's height: not cut, nothing empty below`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.setViewportSize({ width, height: 800 });
      await page.goto(host);
      const iframe = page.locator('iframe').first();
      await expect(iframe).toHaveAttribute('title', /^Hình \d+: Thu ngân sách nhà nước trên địa bàn theo nguồn thu$/);
      const frame = page.locator('iframe').first().contentFrame();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^Hình \d+\. Thu ngân sách nhà nước trên địa bàn theo nguồn thu$/);
      await expect(frame.locator('html')).toHaveAttribute('data-framed', '');
      // The minimal view: the chart and its source, no controls and no site chrome.
      await expect(frame.getByRole('img')).toBeVisible();
      await expect(frame.getByRole('button')).toHaveCount(0);
      await expect(frame.getByRole('searchbox')).toHaveCount(0);
      await expect(frame.getByRole('table')).toBeHidden();
      // The one link opens the report beside the article, not in its place.
      await expect(frame.getByRole('link')).toHaveCount(1);
      await expect(frame.getByRole('link')).toHaveAttribute('target', '_blank');
      expect(await iframe.evaluate((f) => f.getBoundingClientRect().width)).toBeGreaterThan(width - 40);
      await expectFitted(page, width);
      if (width === 1280) {
        // The host narrows (a phone turned, a window resized): each frame follows its figure's new height.
        const wide = await fit(page, 1);
        await page.setViewportSize({ width: 360, height: 800 });
        await expectFitted(page, 360);
        expect((await fit(page, 1)).frame, 'six bars stand taller on a phone').toBeGreaterThan(wide.frame);
      }
      expect(errors).toEqual([]);
    });
  }
});

test('visited directly, the figure page is the same minimal view, its link going back to the paragraph in the same tab', async ({ page }) => {
  await page.goto('/hinh/1/');
  await expect(page.locator('html')).not.toHaveAttribute('data-framed', '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Hình 1\. /);
  await expect(page.locator('report-chart')).toHaveAttribute('data-state', 'drawn');
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  const back = page.getByRole('link');
  await expect(back).toHaveCount(1);
  await expect(back).toHaveAttribute('target', '_top');
  const href = (await back.getAttribute('href')) ?? '';
  await back.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
  await expect(page.locator(href.slice(href.indexOf('#')))).toContainText(/\d/);
});

test('"Tải về / Chia sẻ" copies the embed snippet to the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const figure = page.locator('#xuat-khau-nhap-khau');
  // The disclosure's summary: "Tải về / Chia sẻ", named "… Hình n" for screen readers.
  await figure.locator('summary', { hasText: /^Tải về \/ Chia sẻ Hình \d+$/ }).click();
  const field = figure.getByLabel(/^Mã nhúng Hình \d+/);
  await expect(field).toBeVisible();
  await figure.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
  await expect(figure.getByRole('status')).toHaveText('Đã sao chép');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  // The page's own origin: this build has no SITE_URL.
  expect(copied).toMatch(new RegExp(`^<iframe src="${baseURL}/hinh/\\d+/" title="Hình \\d+: Kim ngạch xuất khẩu và nhập khẩu qua địa bàn"`));
});
