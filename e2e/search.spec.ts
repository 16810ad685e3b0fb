import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { projectRoot } from './support/build';
import { searchCodeSignature, searchIndexUrl } from './support/quality-budget';

interface QueryCase {
  query: string;
  kind: string;
  expect: string;
}
const querySet = (JSON.parse(readFileSync(join(projectRoot, 'e2e/fixtures/search-queries.json'), 'utf8')) as { queries: QueryCase[] }).queries;

const RESULTS = 'Kết quả tìm kiếm';

const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The header search box of the current page. */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('searchbox', { name: 'Tìm trong báo cáo' });
const headerResults = (page: Page) => page.getByRole('banner').getByRole('region', { name: RESULTS });
const pageBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: 'Từ khóa' });
const pageResults = (page: Page) => page.getByRole('main').getByRole('region', { name: RESULTS });
const pageStatus = (page: Page) => page.getByRole('main').getByRole('status');

/** Texts of the <mark> elements in a result link. */
const marks = (link: Locator) => link.locator('mark').allTextContents();

/** Every script and fetch response of a page, with the bodies of scripts. */
function recordNetwork(page: Page): { urls: string[]; scripts: Promise<string>[] } {
  const log = { urls: [] as string[], scripts: [] as Promise<string>[] };
  page.on('response', (response) => {
    log.urls.push(response.url());
    if (response.request().resourceType() === 'script') log.scripts.push(response.text().catch(() => ''));
  });
  return log;
}

test.describe('loading on first use', () => {
  test('a page that never touches search loads neither fuse.js nor the index; focusing the box loads both', async ({ page }) => {
    const log = recordNetwork(page);
    await page.goto('/kinh-te/kinh-te-cua-khau/', { waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Toàn văn' }).hover();
    expect(log.urls.filter((u) => searchIndexUrl.test(u))).toEqual([]);
    expect((await Promise.all(log.scripts)).some((body) => searchCodeSignature.test(body))).toBe(false);
    // The same log sees both as soon as the box is used.
    // Focus loads the manifest only; the shards wait for a query.
    const index = page.waitForResponse((r) => r.url().endsWith('/search/manifest.json') && r.ok());
    await headerBox(page).focus();
    await index;
    await expect.poll(async () => (await Promise.all(log.scripts)).some((body) => searchCodeSignature.test(body))).toBe(true);
  });
});

test.describe('search page', () => {
  test('runs the query in its address, lists linked results with marked words, and lands on the paragraph', async ({ page }) => {
    await page.goto('/tim-kiem/?q=thach%20den');
    await expect(pageBox(page)).toHaveValue('thach den');
    await expect(pageStatus(page)).toContainText('kết quả cho “thach den”');
    const links = pageResults(page).getByRole('listitem').getByRole('link');
    await expect(links.first()).toBeVisible();
    expect(await pageResults(page).locator('ol > li').count()).toBeGreaterThan(1);
    const first = links.first();
    expect((await marks(first)).map(normalise)).toEqual(expect.arrayContaining(['thạch', 'đen']));
    const target = await first.getAttribute('href');
    // A paragraph (/section/entry/#id) or, for a "Số liệu" hit, the figure's row in the open data (/du-lieu/#id).
    expect(target).toMatch(/^\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
    const anchor = (target ?? '').split('#')[1] ?? '';
    await first.click();
    await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
    const landed = page.locator(`[id="${anchor}"]`);
    await expect(landed).toContainText(/thạch đen/i);
    await expect(landed).toBeInViewport();
    // The landing paragraph is briefly highlighted (global.css flashes :target).
    expect(await landed.evaluate((el) => el.matches(':target') && getComputedStyle(el).animationName)).toBe('flash');
  });

  test('typing updates the results and the shareable address', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(pageStatus(page)).toHaveText('Nhập từ khóa để tìm trong toàn bộ báo cáo; gõ có dấu hay không dấu đều được.');
    await expect(pageResults(page)).toBeHidden();
    await pageBox(page).fill('Dong Dang');
    await expect(pageStatus(page)).toContainText('kết quả cho “Dong Dang”');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=Dong\+Dang$/);
    const first = pageResults(page).getByRole('link').first();
    await expect(first).toContainText('Ga đường sắt quốc tế Đồng Đăng');
    expect(await marks(first)).toEqual(expect.arrayContaining(['Đồng', 'Đăng']));
    await expect(first).toHaveAttribute('href', '/kinh-te/kinh-te-cua-khau/#fn-14');
  });

  test('says so in Vietnamese when nothing matches', async ({ page }) => {
    await page.goto('/tim-kiem/?q=qqxyzw');
    await expect(pageStatus(page)).toHaveText(
      'Không tìm thấy kết quả nào cho “qqxyzw”. Hãy thử bớt từ, kiểm tra chính tả hoặc đọc toàn văn báo cáo.',
    );
    await expect(pageResults(page)).toBeHidden();
  });

  test('with marks typed, exact marks rank first: đường before dương, dương before đường', async ({ page }) => {
    await page.goto('/tim-kiem/?q=đường');
    await expect(pageStatus(page)).toContainText('“đường”');
    expect(await marks(pageResults(page).getByRole('link').first())).toContain('đường');
    await pageBox(page).fill('dương');
    await expect(pageStatus(page)).toContainText('“dương”');
    expect(await marks(pageResults(page).getByRole('link').first())).toContain('dương');
  });

  test('a one-letter typo in a long word still finds it', async ({ page }) => {
    await page.goto('/tim-kiem/?q=bluezome');
    await expect(pageResults(page).getByRole('link').first()).toContainText('Bluezone');
  });

  test(`recall@5 over the query set (${querySet.length} queries) is at least 0.95`, async ({ page, context }) => {
    test.setTimeout(180_000);
    expect(querySet.length).toBeGreaterThanOrEqual(30);
    await page.goto('/tim-kiem/');
    const box = pageBox(page);
    const top5 = new Map<string, string[]>();
    for (const { query } of querySet) {
      await box.fill(query);
      await expect(pageStatus(page)).toContainText(`“${query}”`);
      top5.set(query, (await pageResults(page).getByRole('link').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''))));
    }
    // What each link lands on: the element its anchor names, or the page's heading.
    const reader = await context.newPage();
    const landings = new Map<string, string>();
    for (const href of new Set([...top5.values()].flat())) {
      const [path = '', anchor] = href.split('#');
      if (!landings.has(`${path}#`)) {
        await reader.goto(path);
        const texts = await reader.evaluate(() => [
          ['', document.querySelector('h1')?.textContent ?? ''],
          ...[...document.querySelectorAll('main [id]')].map((el) => [el.id, el.textContent ?? '']),
        ]);
        for (const [id, text] of texts) landings.set(`${path}#${id}`, normalise(text ?? ''));
      }
      if (anchor !== undefined && !landings.has(href)) landings.set(href, '');
    }
    const missed = querySet.filter(({ query, expect: phrase }) =>
      !(top5.get(query) ?? []).some((href) => (landings.get(href.includes('#') ? href : `${href}#`) ?? '').includes(normalise(phrase))),
    );
    const recall = 1 - missed.length / querySet.length;
    expect(recall, `not in the first five: ${missed.map((m) => `"${m.query}" → "${m.expect}"`).join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });
});

test.describe('header search box', () => {
  test('works from the keyboard alone: / focuses, arrows move, Enter opens, Esc closes', async ({ page }) => {
    await page.goto('/kinh-te/');
    await page.keyboard.press('/');
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.type('nong thon moi');
    const results = headerResults(page);
    await expect(results.getByRole('status')).toContainText('kết quả cho “nong thon moi”');
    const links = results.getByRole('listitem').getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results).toBeVisible();
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const anchor = (href ?? '').split('#')[1];
    await expect(anchor ? page.locator(`[id="${anchor}"]`) : page.getByRole('heading', { level: 1 })).toContainText(/nông thôn mới/i);
  });

  test('links to all results on the search page; Enter in the box goes there too', async ({ page }) => {
    await page.goto('/');
    await headerBox(page).fill('buon lau');
    const all = headerResults(page).getByRole('link', { name: 'Xem tất cả kết quả cho “buon lau”' });
    await expect(all).toHaveAttribute('href', '/tim-kiem/?q=buon+lau');
    await all.click();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=buon\+lau$/);
    await expect(pageStatus(page)).toContainText('kết quả cho “buon lau”');
    await page.goto('/');
    await headerBox(page).fill('thach den');
    await headerBox(page).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=thach\+den$/);
    await expect(pageBox(page)).toHaveValue('thach den');
  });

  test('fits a 360 px phone with its results open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await headerBox(page).fill('covid');
    await expect(headerResults(page).getByRole('link').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const box = await headerResults(page).boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 360).toBe(true);
  });
});

test.describe('safety', () => {
  const attack = '<img src=x onerror="window.__searchXss=1;alert(1)">';

  test('a query of HTML is shown as text and runs nothing, on the page and in the box', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(attack)}`);
    await expect(pageBox(page)).toHaveValue(attack);
    await expect(pageStatus(page)).toContainText(`“${attack}”`);
    await headerBox(page).fill(attack);
    await expect(headerResults(page).getByRole('status')).toContainText(`“${attack}”`);
    // A query of markup that finds results: they render, and the markup stays text.
    await headerBox(page).fill('covid <b>');
    await expect(headerResults(page).getByRole('status')).toContainText('kết quả cho “covid <b>”');
    await expect(headerResults(page).getByRole('link').first()).toBeVisible();
    expect(await page.locator('report-search img, report-search b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __searchXss?: number }).__searchXss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to the full text', async ({ page }) => {
    await page.goto('/tim-kiem/?q=thach+den');
    await expect(page.getByText('Tìm kiếm cần JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đọc toàn văn báo cáo' })).toHaveAttribute('href', '/toan-van/');
  });
});
