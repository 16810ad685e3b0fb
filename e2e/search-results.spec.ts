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
