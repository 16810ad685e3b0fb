import { expect, test } from '@playwright/test';

test('/toan-van/ saves as a PDF of many pages', async ({ page }) => {
  await page.goto('/toan-van/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThan(10);
});

test('printed, /toan-van/ is the document: no navigation, search, buttons or link controls; title block and footnotes kept', async ({ page }) => {
  await page.goto('/toan-van/');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();
  await page.locator('#ii-1-b-1').hover();
  const linkControl = page.getByRole('button', { name: 'Sao chép liên kết đến mục II.1.b, đoạn 1' });
  await expect(linkControl).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Tìm trong báo cáo' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Trên trang này' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
  await expect(linkControl).toBeHidden();
  await expect(page.getByText('Trích dẫn', { exact: true })).toBeHidden();

  // The report's own title block, with its number, opens the printout.
  await expect(page.locator('.title-block')).toBeVisible();
  await expect(page.locator('.title-block')).toContainText('Số: /BC-UBND');
  await expect(page.locator('.print-header')).toBeHidden();
  await expect(page.locator('#fn-14')).toBeVisible();
  await expect(page.locator('#fn-14 a[data-footnote-backref]')).toBeHidden();

  // Headings never end a page.
  for (const id of ['phan-ii', 'ii-1-b']) {
    expect(await page.locator(`#${id}`).evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
  }
});

test('printed, an entry page starts with the report title block and prints link addresses and chart tables', async ({ page }) => {
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const figures = page.locator('figure');
  expect(await figures.count()).toBeGreaterThan(0);
  // A reader may have closed a data table on screen; paper shows it anyway.
  await page.locator('figure details').evaluateAll((all: HTMLDetailsElement[]) => all.forEach((d) => (d.open = false)));

  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('Số: /BC-UBND');
  await expect(header).toContainText('BÁO CÁO Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021');
  const headerBox = await header.boundingBox();
  const headingBox = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(headerBox && headingBox && headerBox.y < headingBox.y).toBe(true);

  await expect(page.getByRole('navigation', { name: 'Vị trí trang' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Mục trước và mục sau' })).toBeHidden();
  await expect(page.locator('#fn-14')).toBeVisible();

  const related = page.getByRole('region', { name: 'Nhiệm vụ liên quan' }).getByRole('link');
  expect(await related.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (/nhiem-vu-quy-iv/5/)"');
  const footnoteRef = page.locator('a[data-footnote-ref]').first();
  expect(await footnoteRef.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');

  for (const figure of await figures.all()) {
    await expect(figure.locator('canvas')).toBeHidden();
    await expect(figure.getByRole('table')).toBeVisible();
  }
});

test('the print button opens the print dialog, with absolute link addresses', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
      dispatchEvent(new Event('beforeprint'));
    };
  });
  await page.goto('/nhiem-vu-quy-iv/5/');
  await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const result = page.getByRole('region', { name: 'Kết quả thực hiện liên quan' }).getByRole('link', { name: /^II\.1\.b\. Phát triển kinh tế cửa khẩu/ });
  expect(await result.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${baseURL}/kinh-te/kinh-te-cua-khau/)"`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no print button that would do nothing', async ({ page }) => {
    await page.goto('/toan-van/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toHaveCount(0);
  });
});
