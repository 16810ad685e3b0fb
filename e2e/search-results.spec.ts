import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.getByRole('main').getByRole('region', { name: 'Kết quả tìm kiếm' });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

test('results from one entry are grouped under its number and title, each entry once', async ({ page }) => {
  await page.goto('/tim-kiem/?q=thach%20den');
  await expect(status(page)).toContainText('kết quả cho “thach den”');
  const titles = await results(page).locator('.search-group__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(new Set(titles).size).toBe(titles.length);
  expect(titles).toContain('II.1.a · Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới');
  // Every result sits under the group of its own entry: its link's name names the same entry.
  for (const group of await results(page).locator('.search-group').all()) {
    const title = (await group.locator('.search-group__title').textContent()) ?? '';
    for (const link of await group.getByRole('link').all()) expect(await link.textContent()).toContain(title);
  }
  const groups = results(page).locator('.search-group');
  const hitsInFirst = await groups.first().getByRole('link').count();
  expect(await results(page).getByRole('link').count()).toBeGreaterThanOrEqual(hitsInFirst);
});

test('a phrase is marked where its words stand together, not every "của" the query\'s "cua" matches', async ({ page }) => {
  await page.goto('/tim-kiem/?q=kinh%20te%20cua%20khau');
  await expect(status(page)).toContainText('kết quả cho “kinh te cua khau”');
  const link = results(page).getByRole('link').first();
  const marks = (await link.locator('mark').allTextContents()).map(normalise);
  expect(marks.length).toBeGreaterThanOrEqual(4);
  expect(marks.join(' ')).toContain('kinh tế cửa khẩu');
  expect(marks).not.toContain('của');
});

test('the paragraph a result opens marks the query\'s words too', async ({ page }) => {
  await page.goto('/tim-kiem/?q=thach%20den');
  const first = results(page).getByRole('link').first();
  const anchor = ((await first.getAttribute('href')) ?? '').split('#')[1] ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  const marks = page.locator(`[id="${anchor}"] mark.landing-mark`);
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).map(normalise)).toEqual(expect.arrayContaining(['thạch', 'đen']));
  // Once: coming back to the same paragraph later does not mark it again.
  await page.reload();
  await expect(page.locator(`[id="${anchor}"] mark.landing-mark`)).toHaveCount(0);
});

test('a query word is marked as a whole word, never as a part inside another word', async ({ page }) => {
  await page.goto('/tim-kiem/?q=ho%20ngheo');
  await expect(status(page)).toContainText('kết quả cho “ho ngheo”');
  const marks = (await results(page).locator('mark').allTextContents()).map((m) => normalise(m).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'));
  expect(marks.length).toBeGreaterThan(2);
  // Each mark is a word that is the query word or begins with it ("hộ", "nghèo"), never "khó" or "thọ".
  for (const mark of marks) expect(mark.split(' ').every((w) => w.startsWith('ho') || w.startsWith('ngheo')), mark).toBe(true);
  expect(marks).toContain('ho');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });
  test('the search page does not tell a phone reader about arrow keys and Esc', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await expect(page.locator('#search-page-hint')).toBeVisible();
    await expect(page.locator('#search-page-hint')).toContainText('Kết quả hiện ngay khi gõ.');
    await expect(page.locator('#search-page-hint').getByText(/Dùng phím mũi tên/)).toBeHidden();
  });
});

test('with a keyboard and mouse the search page names its keys', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await expect(page.locator('#search-page-hint').getByText(/Dùng phím mũi tên lên, xuống để chọn, Enter để mở, Esc để đóng/)).toBeVisible();
});
