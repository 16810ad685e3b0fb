import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, pageHtml } from './support/site';

const reportCitation =
  'Ủy ban nhân dân tỉnh Lạng Sơn (2021), Báo cáo “Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021”, Số: /BC-UBND';

/** Today in the browser's time zone, as a Vietnamese reader's browser writes it. */
const today = () => new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The toolbar a link control sits in; it is transparent until its paragraph is hovered or focused. */
const toolbar = (button: Locator) => button.locator('xpath=..');
const canonical = async (page: Page) => (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

test.describe('links to paragraphs', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Sao chép liên kết" copies the absolute URL of a paragraph, and that URL opens scrolled to it', async ({ page, baseURL, browser }) => {
    await page.goto('/toan-van/');
    const paragraph = page.locator('#ii-1-dd-2');
    const copy = page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.đ, đoạn 2', exact: true });
    await expect(toolbar(copy)).toHaveCSS('opacity', '0');
    await paragraph.hover();
    await expect(toolbar(copy)).toHaveCSS('opacity', '1');
    await copy.click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    const url = await clipboard(page);
    expect(url).toBe(`${baseURL}/toan-van/#ii-1-dd-2`);

    const reader = await browser.newPage();
    await reader.goto(url);
    const target = reader.locator('#ii-1-dd-2');
    await expect(target).toHaveText(/^Tính từ đầu năm đến ngày 24\/9\/2021/);
    await expect(target).toBeInViewport();
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await reader.close();
  });

  test('keyboard focus reaches a paragraph\'s link control, shows it, and Enter copies', async ({ page, baseURL }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const copy = page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1', exact: true });
    await expect(toolbar(copy)).toHaveCSS('opacity', '0');
    for (let i = 0; i < 40 && !(await copy.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(copy).toBeFocused();
    await expect(toolbar(copy)).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(`${baseURL}/kinh-te/kinh-te-cua-khau/#ii-1-b-1`);
  });

  test('headings and Q4 tasks have link controls too', async ({ page, baseURL }) => {
    await page.goto('/toan-van/');
    await page.locator('#phan-ii').hover();
    await page.getByRole('button', { name: 'Sao chép liên kết đến Phần II', exact: true }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/toan-van/#phan-ii`);

    await page.goto('/nhiem-vu-quy-iv/');
    await page.locator('#nhiem-vu-7').hover();
    await page.getByRole('button', { name: 'Sao chép liên kết đến nhiệm vụ 7', exact: true }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(`${baseURL}/nhiem-vu-quy-iv/#nhiem-vu-7`);
  });

  test('a paragraph citation names the section and paragraph, and copies', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = await canonical(page);
    expect(url).toMatch(/\/kinh-te\/kinh-te-cua-khau\/$/);
    await page.locator('#ii-1-b-1').hover();
    const toggle = page.getByRole('button', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('group', { name: 'Trích dẫn mục II.1.b, đoạn 1' });
    const expected = `${reportCitation}, mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 1, ${url}#ii-1-b-1, truy cập ngày ${today()}.`;
    await expect(panel.locator('.cite-panel__text')).toHaveText(expected);
    await panel.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(expected);
    await panel.getByRole('button', { name: 'Sao chép trích dẫn' }).press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });

  test('a footnote citation names the footnote', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = await canonical(page);
    await page.locator('#fn-14').hover();
    await page.getByRole('button', { name: 'Trích dẫn chú thích 14', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Trích dẫn chú thích 14' }).locator('.cite-panel__text')).toHaveText(
      `${reportCitation}, mục II.1.b “Phát triển kinh tế cửa khẩu”, chú thích 14, ${url}#fn-14, truy cập ngày ${today()}.`,
    );
  });

  test('an entry page offers its citation with today\'s date and a copy button', async ({ page }) => {
    await page.goto('/nhiem-vu-quy-iv/5/');
    const url = await canonical(page);
    await page.getByText('Trích dẫn', { exact: true }).click();
    const expected = `${reportCitation}, Phần II, nhiệm vụ 5 (Kinh tế cửa khẩu, xuất nhập khẩu), ${url}, truy cập ngày ${today()}.`;
    await expect(page.locator('report-citation .citation__text')).toHaveText(expected);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(expected);
  });
});

test('without the Clipboard API, the link is selected for copying by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  await page.locator('#ii-1-b-1').hover();
  await page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1', exact: true }).click();
  const url = `${baseURL}/kinh-te/kinh-te-cua-khau/#ii-1-b-1`;
  const field = page.getByRole('textbox', { name: 'Liên kết' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(url);
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, url.length]);
  await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã chọn sẵn, nhấn Ctrl+C (hoặc ⌘C) để sao chép');
});

test.describe('sharing and reference-manager metadata', () => {
  const pages = builtPages().filter((p) => p.path !== '/404/');
  const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

  test('every page has its own title, a description, canonical URL, OpenGraph, Twitter and citation tags', () => {
    const titles = new Set<string>();
    for (const { path } of pages) {
      const html = pageHtml(path);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      expect(titles.has(title), `${path}: title "${title}" is used twice`).toBe(false);
      titles.add(title);
      const canonicalUrl = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(new URL(canonicalUrl).pathname, path).toBe(path);
      expect(meta(html, 'description')?.length, path).toBeGreaterThan(20);
      expect(meta(html, 'og:title'), path).toBe(title);
      expect(meta(html, 'og:url'), path).toBe(canonicalUrl);
      expect(meta(html, 'og:description'), path).toBe(meta(html, 'description'));
      expect(meta(html, 'twitter:card'), path).toBe('summary');
      expect(meta(html, 'twitter:title'), path).toBe(title);
      expect(meta(html, 'citation_title'), path).toBe('Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021');
      expect(meta(html, 'citation_author'), path).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
      expect(meta(html, 'citation_publisher'), path).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
      expect(meta(html, 'citation_date'), path).toBe('2021-10');
      expect(meta(html, 'citation_public_url'), path).toBe(canonicalUrl);
    }
    expect(titles.size).toBe(pages.length);
  });

  test('an entry page is described by its summary', () => {
    const html = pageHtml('/kinh-te/kinh-te-cua-khau/');
    expect(html).toContain('<title>II.1.b. Phát triển kinh tế cửa khẩu — Báo cáo kinh tế - xã hội 9 tháng năm 2021 tỉnh Lạng Sơn</title>');
    expect(meta(html, 'description')).toBe('Kim ngạch xuất nhập khẩu qua địa bàn tỉnh 9 tháng và hoạt động thông quan tại các cửa khẩu.');
  });

  test('robots.txt points to the sitemap, which lists every page but the 404', async ({ request }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(await robots.text())?.[1] ?? '';
    expect(new URL(sitemapUrl).pathname).toBe('/sitemap-index.xml');
    const index = await request.get('/sitemap-index.xml');
    expect(index.status()).toBe(200);
    const child = /<loc>([^<]+)<\/loc>/.exec(await index.text())?.[1] ?? '';
    const urls = [...(await (await request.get(new URL(child).pathname)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(urls).toContain('/nhiem-vu-quy-iv/13/');
    expect(urls).not.toContain('/404/');
    expect(urls.sort()).toEqual(pages.map((p) => p.path).sort());
  });
});
