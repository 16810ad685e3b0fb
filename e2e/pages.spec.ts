import { expect, test } from '@playwright/test';

// Every page loading without errors and not scrolling sideways at 360 and 320 px: e2e/quality/every-page.spec.ts.

test('an unknown path is answered with the 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});

test('the footer names the issuer and the month without the draft’s blanks, which the title block keeps', async ({ page }) => {
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Ủy ban nhân dân tỉnh Lạng Sơn');
  await expect(footer).toContainText('Lạng Sơn, tháng 10 năm 2021');
  await expect(footer).not.toContainText('Số: /BC-UBND');
  await expect(footer).not.toContainText('ngày tháng');
  await page.goto('/toan-van/');
  await expect(page.locator('.title-block')).toContainText('Số: /BC-UBND');
  await expect(page.locator('.title-block')).toContainText('Lạng Sơn, ngày tháng 10 năm 2021');
});
