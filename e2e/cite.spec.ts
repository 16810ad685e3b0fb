import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, pageHtml } from './support/site';

/** The report as cited: its issue date, no blank "Số: /BC-UBND" line (the draft has no number). */
const reportCitation =
  'Ủy ban nhân dân tỉnh Lạng Sơn (10/2021). Báo cáo “Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021”';

/** Today in the browser's time zone, as a Vietnamese reader's browser writes it. */
const today = () => new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The sign or words a control shows (drawn from its data-label by CSS, so that they stay out of the paragraph's text). */
const shownLabel = (control: Locator) => control.evaluate((el) => getComputedStyle(el, '::before').content.replace(/^"|"$/g, ''));
/**
 * The address a place's link starts with: in this build (no SITE_URL, so no canonical link) the page's
 * own address on this test's server, without query or fragment.
 */
const pageAddress = async (page: Page) => {
  expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  const url = new URL(page.url());
  return `${url.origin}${url.pathname}`;
};
/** The same address on this test's server. */
const onThisServer = (url: string) => { const u = new URL(url); return `${u.pathname}${u.hash}`; };
/** A control is visible without hover: displayed, opaque, not hidden. */
const shownWithoutHover = (control: Locator) => control.evaluate((el) => {
  const style = getComputedStyle(el);
  return style.visibility === 'visible' && Number(style.opacity) === 1 && style.display !== 'none' && style.pointerEvents !== 'none';
});
/** The ¶ / # mark of a place, which opens its tools: "Sao chép liên kết" and "Trích dẫn". */
const mark = (page: Page, place: string) => page.getByRole('button', { name: `Liên kết và trích dẫn ${place}`, exact: true });
/** Open the tools of a place by its mark. */
const openTools = async (page: Page, place: string) => {
  await mark(page, place).click();
  await expect(mark(page, place)).toHaveAttribute('aria-expanded', 'true');
};

test.describe('links to paragraphs', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a paragraph\'s ¶ opens "Sao chép liên kết", which copies its canonical URL, and that URL opens scrolled to it', async ({ page, baseURL, browser }) => {
    await page.goto('/toan-van/');
    const opener = mark(page, 'mục II.1.đ, đoạn 2');
    expect(await shownLabel(opener)).toBe('¶');
    expect(await shownWithoutHover(opener)).toBe(true);
    // The mark is not part of the paragraph's text.
    await expect(page.locator('#ii-1-dd-2')).not.toContainText('¶');
    await openTools(page, 'mục II.1.đ, đoạn 2');
    const copy = page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.đ, đoạn 2', exact: true });
    await expect(copy).toHaveText('Sao chép liên kết');
    await copy.click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    const url = await clipboard(page);
    expect(url).toBe(`${await pageAddress(page)}#ii-1-dd-2`);

    const reader = await browser.newPage({ baseURL: baseURL ?? '' });
    await reader.goto(onThisServer(url));
    const target = reader.locator('#ii-1-dd-2');
    await expect(target).toHaveText(/^Tính từ đầu năm đến ngày 24\/9\/2021/);
    await expect(target).toBeInViewport();
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await reader.close();
  });

  test('keyboard focus reaches a paragraph\'s ¶; Enter opens its tools, Tab goes to "Sao chép liên kết" and Enter copies', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const opener = mark(page, 'mục II.1.b, đoạn 1');
    for (let i = 0; i < 40 && !(await opener.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(opener).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(`${await pageAddress(page)}#ii-1-b-1`);
  });

  test('headings and Q4 tasks have a visible # mark with link and cite tools too, and no row of buttons', async ({ page }) => {
    await page.goto('/toan-van/');
    expect(await shownLabel(mark(page, 'Phần II'))).toBe('#');
    await expect(page.locator('.anchor-heading .anchor-tools')).toHaveCount(0);
    await openTools(page, 'Phần II');
    await page.getByRole('button', { name: 'Sao chép liên kết đến Phần II', exact: true }).click();
    expect(await clipboard(page)).toBe(`${await pageAddress(page)}#phan-ii`);
    await page.getByRole('button', { name: 'Trích dẫn Phần II', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Trích dẫn Phần II', exact: true }).locator('.cite-panel__text')).toHaveText(
      `${reportCitation}, Phần II “NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021”. ${await pageAddress(page)}#phan-ii. Truy cập ngày ${today()}.`,
    );

    await page.goto('/nhiem-vu-quy-iv/');
    expect(await shownWithoutHover(mark(page, 'nhiệm vụ 7'))).toBe(true);
    expect(await shownLabel(mark(page, 'nhiệm vụ 7'))).toBe('#');
    await openTools(page, 'nhiệm vụ 7');
    await page.getByRole('button', { name: 'Sao chép liên kết đến nhiệm vụ 7', exact: true }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(`${await pageAddress(page)}#nhiem-vu-7`);
    await expect(page.getByRole('button', { name: 'Trích dẫn nhiệm vụ 7', exact: true })).toHaveText('Trích dẫn');
  });

  test('a figure keeps its link and citation in its one "Tải về / Chia sẻ" disclosure; the citation names the figure, and both copy', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = await pageAddress(page);
    const figure = page.locator('figure.report-figure').first();
    const id = (await figure.getAttribute('id')) ?? '';
    const name = ((await figure.locator('.report-figure__number').textContent()) ?? '').trim().replace(/\.$/, '');
    expect(name).toMatch(/^Hình \d+$/);
    // The paragraph controls are not given to figures: they would be a second set beside the disclosure.
    await expect(figure.locator('.anchor-tools')).toHaveCount(0);
    await figure.locator('summary', { hasText: `Tải về / Chia sẻ ${name}` }).click();
    const link = figure.getByLabel('Liên kết', { exact: true });
    await expect(link).toHaveValue(`${url}#${id}`);
    await figure.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect(figure.getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(`${url}#${id}`);
    const citation = `${reportCitation}, mục II.1.b “Phát triển kinh tế cửa khẩu”, ${name}. ${url}#${id}. Truy cập ngày ${today()}.`;
    await expect(figure.locator('.report-chart__citation')).toHaveText(citation);
    await figure.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    expect(await clipboard(page)).toBe(citation);
  });

  test('a paragraph citation names the section and paragraph, and copies', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = await pageAddress(page);
    expect(url).toMatch(/\/kinh-te\/kinh-te-cua-khau\/$/);
    await openTools(page, 'mục II.1.b, đoạn 1');
    const toggle = page.getByRole('button', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true });
    await expect(toggle).toHaveText('Trích dẫn');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('group', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true });
    const expected = `${reportCitation}, mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 1. ${url}#ii-1-b-1. Truy cập ngày ${today()}.`;
    await expect(panel.locator('.cite-panel__text')).toHaveText(expected);
    await panel.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(expected);
    // Esc closes the tools and gives focus back to the mark that opened them.
    await panel.getByRole('button', { name: 'Sao chép trích dẫn' }).press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(toggle).toHaveCount(0);
    await expect(mark(page, 'mục II.1.b, đoạn 1')).toHaveAttribute('aria-expanded', 'false');
    await expect(mark(page, 'mục II.1.b, đoạn 1')).toBeFocused();
  });

  test('a footnote citation names the footnote', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = await pageAddress(page);
    await openTools(page, 'chú thích 14');
    await page.getByRole('button', { name: 'Trích dẫn chú thích 14', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Trích dẫn chú thích 14', exact: true }).locator('.cite-panel__text')).toHaveText(
      `${reportCitation}, mục II.1.b “Phát triển kinh tế cửa khẩu”, chú thích 14. ${url}#fn-14. Truy cập ngày ${today()}.`,
    );
  });

  test('an entry page offers its citation with today\'s date and a copy button', async ({ page }) => {
    await page.goto('/nhiem-vu-quy-iv/5/');
    const url = await pageAddress(page);
    await page.locator('report-citation').getByText('Trích dẫn', { exact: true }).click();
    const expected = `${reportCitation}, Phần II, nhiệm vụ 5 (Kinh tế cửa khẩu, xuất nhập khẩu). ${url}. Truy cập ngày ${today()}.`;
    await expect(page.locator('report-citation .citation__text')).toHaveText(expected);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
    expect(await clipboard(page)).toBe(expected);
  });
});

test.describe('one address', () => {
  test('a citation panel shows one address, the page’s own, in its link field and its citation', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const url = `${await pageAddress(page)}#ii-1-b-1`;
    await openTools(page, 'mục II.1.b, đoạn 1');
    await page.getByRole('button', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true }).click();
    const panel = page.getByRole('group', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true });
    await expect(panel.getByRole('textbox', { name: 'Liên kết' })).toHaveValue(url);
    const text = (await panel.textContent()) ?? '';
    const addresses = [...text.matchAll(/https?:\/\/[^\s]+?(?=\.?(?:\s|$))/g)].map((m) => m[0]);
    expect(addresses).toEqual([url]);
    const origins = new Set([...addresses, await panel.getByRole('textbox', { name: 'Liên kết' }).inputValue()].map((a) => new URL(a).origin));
    expect([...origins]).toEqual([new URL(url).origin]);
  });
});

test.describe('on a phone, 360 px wide, by touch', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [id, name] of [
    ['ii-1-a-1', 'mục II.1.a, đoạn 1'],
    ['ii-1-dd-2', 'mục II.1.đ, đoạn 2'],
  ] as const) {
    test(`tapping the ¶ after ${id} opens its tools under the paragraph, not over it; "Sao chép liên kết" copies its URL`, async ({ page }) => {
      await page.goto('/toan-van/');
      const paragraph = page.locator(`#${id}`);
      const opener = mark(page, name);
      // One of them is the report's longest paragraph: more than two screens at this width.
      if (id === 'ii-1-a-1') expect((await paragraph.boundingBox())?.height ?? 0).toBeGreaterThan(2 * 740);
      // The mark follows the paragraph's last word: inside the paragraph's box, at its end.
      await opener.scrollIntoViewIfNeeded();
      const p = await paragraph.boundingBox();
      const m = await opener.boundingBox();
      expect(p && m && m.y + m.height / 2 > p.y + p.height - 30 && m.x >= p.x && m.x + m.width <= p.x + p.width + 1, `${JSON.stringify({ p, m })}`).toBe(true);
      await opener.tap();
      const panel = page.getByRole('group', { name: `Liên kết và trích dẫn ${name}`, exact: true });
      await expect(panel).toBeVisible();
      const box = await panel.boundingBox();
      const after = await paragraph.boundingBox();
      expect(box && after && box.y >= after.y + after.height, 'the panel opens below the paragraph').toBe(true);
      await panel.getByRole('button', { name: `Sao chép liên kết đến ${name}`, exact: true }).tap();
      await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã sao chép');
      expect(await clipboard(page)).toBe(`${await pageAddress(page)}#${id}`);
      // A tap on the mark again closes them.
      await opener.tap();
      await expect(panel).toBeHidden();
    });
  }

  test('marks and the tools\' buttons are touch targets of at least 44×44 px; marks show ¶ or #', async ({ page }) => {
    // Every mark of the full text: paragraphs, footnotes, headings and tasks.
    await page.goto('/toan-van/');
    await expect(page.locator('.anchor-mark').first()).toBeAttached();
    const marks = await page.locator('.anchor-mark').evaluateAll((all) => all.map((el) => {
      const { width, height } = el.getBoundingClientRect();
      return { name: el.getAttribute('aria-label'), width, height, sign: getComputedStyle(el, '::before').content };
    }));
    expect(marks.length).toBeGreaterThan(100);
    expect(marks.filter((m) => m.width < 44 || m.height < 44), 'marks smaller than 44×44 px').toEqual([]);
    expect(new Set(marks.map((m) => m.sign))).toEqual(new Set(['"¶"', '"#"']));

    await page.goto('/kinh-te/kinh-te-cua-khau/');
    await openTools(page, 'mục II.1.b, đoạn 1');
    await page.getByRole('button', { name: 'Trích dẫn mục II.1.b, đoạn 1', exact: true }).tap();
    const panel = page.getByRole('group', { name: 'Liên kết và trích dẫn mục II.1.b, đoạn 1', exact: true });
    const controls = panel.locator('button:visible, input:visible');
    expect(await controls.count()).toBe(5);
    for (const control of await controls.all()) {
      const box = await control.boundingBox();
      expect(box && box.width >= 44 && box.height >= 44, `${await control.textContent()}: ${JSON.stringify(box)}`).toBe(true);
    }
  });
});

test('without the Clipboard API, the link is selected for copying by hand', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  await openTools(page, 'mục II.1.b, đoạn 1');
  await page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1', exact: true }).click();
  const url = `${await pageAddress(page)}#ii-1-b-1`;
  const field = page.getByRole('textbox', { name: 'Liên kết' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(url);
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, url.length]);
  await expect(page.locator('report-anchors').getByRole('status')).toHaveText('Đã chọn sẵn, nhấn Ctrl+C (hoặc ⌘C) để sao chép');
});

test.describe('sharing and reference-manager metadata', () => {
  const pages = builtPages().filter((p) => p.path !== '/404/');
  const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

  // Canonical URL, og:url, citation_public_url and the sitemap need SITE_URL: e2e/build/site-url.spec.ts builds with it.
  test('every page has its own title, a description, OpenGraph, Twitter and citation tags, and no address of a guessed origin', () => {
    const titles = new Set<string>();
    for (const { path } of pages) {
      const html = pageHtml(path);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      expect(titles.has(title), `${path}: title "${title}" is used twice`).toBe(false);
      titles.add(title);
      expect(html, path).not.toContain('rel="canonical"');
      expect(html, path).not.toContain('localhost');
      expect(meta(html, 'description')?.length, path).toBeGreaterThan(20);
      expect(meta(html, 'og:title'), path).toBe(title);
      expect(meta(html, 'og:url'), path).toBeUndefined();
      expect(meta(html, 'og:description'), path).toBe(meta(html, 'description'));
      expect(meta(html, 'twitter:card'), path).toBe('summary');
      expect(meta(html, 'twitter:title'), path).toBe(title);
      expect(meta(html, 'citation_title'), path).toBe('Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021');
      expect(meta(html, 'citation_author'), path).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
      expect(meta(html, 'citation_publisher'), path).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
      expect(meta(html, 'citation_date'), path).toBe('2021/10');
      expect(meta(html, 'citation_publication_date'), path).toBe('2021/10');
      // The draft's blank "Số: /BC-UBND" is no report number.
      expect(meta(html, 'citation_technical_report_number'), path).toBeUndefined();
      expect(meta(html, 'citation_public_url'), path).toBeUndefined();
    }
    expect(titles.size).toBe(pages.length);
  });

  test('an entry page is described by its summary', () => {
    const html = pageHtml('/kinh-te/kinh-te-cua-khau/');
    expect(html).toContain('<title>II.1.b. Phát triển kinh tế cửa khẩu — Báo cáo kinh tế - xã hội 9 tháng năm 2021 tỉnh Lạng Sơn</title>');
    expect(meta(html, 'description')).toBe('Kim ngạch xuất nhập khẩu qua địa bàn tỉnh 9 tháng và hoạt động thông quan tại các cửa khẩu.');
  });

  test('without SITE_URL robots.txt names no sitemap, and there is none', async ({ request }) => {
    const robots = await request.get('/robots.txt');
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toBe('User-agent: *\nAllow: /\n');
    expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  });
});
