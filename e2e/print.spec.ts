import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { builtPages } from './support/site';

/** Text of a PDF's pages, laid out as printed (pdftotext from poppler-utils). */
const pdfPages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');

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
  const linkControl = page.getByRole('button', { name: 'Liên kết và trích dẫn mục II.1.b, đoạn 1' });
  await expect(linkControl).toBeVisible();
  await linkControl.click();
  const tools = page.getByRole('group', { name: 'Liên kết và trích dẫn mục II.1.b, đoạn 1' });
  await expect(tools).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Tìm trong báo cáo' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
  await expect(linkControl).toBeHidden();
  await expect(page.locator('report-citation')).toBeHidden();
  await expect(tools).toBeHidden();

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

test('printed, an entry page starts with the report title block, does not spell out internal links, and prints charts as pictures with their tables', async ({ page }) => {
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  // A reader scrolls before printing; from then on the charts can draw their print pictures at once.
  await page.mouse.wheel(0, 200);
  await expect(page.locator('report-chart:not([data-print-ready])')).toHaveCount(0);
  const figures = page.locator('figure');
  expect(await figures.count()).toBeGreaterThan(0);
  // A reader may have closed a data table on screen; paper shows it anyway.
  await page.locator('figure details').evaluateAll((all: HTMLDetailsElement[]) => all.forEach((d) => (d.open = false)));

  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  // Only the verbatim title block keeps the draft's blanks: the running header shows what is filled in.
  await expect(header).not.toContainText('Số: /BC-UBND');
  await expect(header.locator('.print-header__meta')).toHaveText('Ủy ban nhân dân tỉnh Lạng SơnLạng Sơn, tháng 10 năm 2021');
  await expect(header).toContainText('BÁO CÁO Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021');
  const headerBox = await header.boundingBox();
  const headingBox = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(headerBox && headingBox && headerBox.y < headingBox.y).toBe(true);

  await expect(page.getByRole('navigation', { name: 'Vị trí trang' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Mục trước và mục sau' })).toBeHidden();
  await expect(page.locator('#fn-14')).toBeVisible();

  const related = page.getByRole('region', { name: 'Nhiệm vụ liên quan' }).getByRole('link');
  // The printout is the report itself: its own links print as text only.
  expect(await related.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  const footnoteRef = page.locator('a[data-footnote-ref]').first();
  expect(await footnoteRef.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');

  for (const figure of await figures.all()) {
    await expect(figure.locator('canvas')).toBeHidden();
    const picture = figure.locator('img.report-chart__picture');
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 1000)).toBe(true);
    await expect(figure.getByRole('table')).toBeVisible();
    const [pictureBox, tableBox] = [await picture.boundingBox(), await figure.getByRole('table').boundingBox()];
    expect(pictureBox && tableBox && pictureBox.y + pictureBox.height <= tableBox.y, 'the table comes after the picture').toBe(true);
    // Source lines name the place only: "Nguồn: mục II.1.b, đoạn 1, chú thích 14."
    expect(await figure.locator('.report-figure__source').innerText()).toMatch(/^Nguồn: mục II\.1\.b(, đoạn [\d, ]+)?(, chú thích [\d, ]+)?\.$/);
    // Of the figure's disclosure, paper gets the table only.
    await expect(figure.locator('summary')).toBeHidden();
    const controls = await figure.locator('button, input, textarea').all();
    expect(controls.length).toBeGreaterThan(4);
    for (const control of controls) await expect(control).toBeHidden();
  }
});

test('the print button draws the charts, then opens the print dialog; only links that leave the site print their address', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
      dispatchEvent(new Event('beforeprint'));
    };
  });
  await page.goto('/nhiem-vu-quy-iv/5/');
  // An outside link, as an author may write one.
  await page.locator('main .prose p').first().evaluate((p) => p.insertAdjacentHTML('beforeend', ' <a href="https://example.org/nguon">nguồn</a>'));
  await page.getByRole('button', { name: 'In / Lưu PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const result = page.getByRole('region', { name: 'Kết quả thực hiện liên quan' }).getByRole('link', { name: /^II\.1\.b\. Phát triển kinh tế cửa khẩu/ });
  expect(await result.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  // (Located by href: under print media the printed address becomes part of the link's name.)
  const outside = page.locator('main a[href="https://example.org/nguon"]');
  expect(await outside.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://example.org/nguon)"');
});

test('printed before any interaction (no drawing code yet), charts print as their tables, with no empty frames', async ({ page }) => {
  await page.goto('/toan-van/');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const last = page.locator('figure.report-figure').last();
  await expect(last.locator('.report-chart__frame')).toBeHidden();
  await expect(last.locator('img.report-chart__picture')).toHaveCount(0);
  await expect(last.getByRole('table')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no print button that would do nothing', async ({ page }) => {
    await page.goto('/toan-van/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toHaveCount(0);
  });
});

test('/toan-van/ as a PDF: numbered pages, serif type, charts as pictures, no internal or localhost addresses, recipients beside the signature', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto('/toan-van/');
  await page.mouse.wheel(0, 200);
  await expect(page.locator('report-chart:not([data-print-ready])')).toHaveCount(0);
  const file = testInfo.outputPath('toan-van.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));

  const pages = pdfPages(file);
  expect(pages.length).toBeGreaterThan(10);
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(new RegExp(`Trang ${i + 1} / ${pages.length}\\s*$`)));
  const all = pages.join('\n');
  expect(all).not.toMatch(/localhost|https?:\/\//);
  for (const { path } of builtPages().filter((p) => p.path !== '/')) expect(all, path).not.toContain(path);
  expect(all).toContain('Số: /BC-UBND');
  // Source lines name the place only.
  expect(all).toMatch(/Nguồn: mục II\.1\.a, chú thích 4\./);
  expect(all).not.toContain('Nguồn: Báo cáo');
  // "Nơi nhận" and its list on the left, the signature block on the right, on the same lines.
  const lines = all.split('\n');
  const first = lines.findIndex((l) => l.includes('Nơi nhận:'));
  expect(lines[first]).toMatch(/Nơi nhận:\s{4,}TM\. ỦY BAN NHÂN DÂN/);
  expect(lines[first + 1]).toMatch(/- Văn phòng Chính phủ;\s{4,}CHỦ TỊCH/);
  // The type is a serif face from the system.
  expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Serif|Times|Tinos/);

  // Under print media (as page.pdf left it: beforeprint has drawn the pictures) every chart is a picture, not empty.
  await page.emulateMedia({ media: 'print' });
  const charts = page.locator('report-chart');
  expect(await charts.count()).toBeGreaterThan(10);
  const blank = await charts.evaluateAll((all) =>
    all.flatMap((chart, i) => {
      const img = chart.querySelector<HTMLImageElement>('img.report-chart__picture');
      const canvas = chart.querySelector('canvas');
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 100 && el.getBoundingClientRect().height > 100;
      if (img && shown(img) && img.complete && img.naturalWidth > 0) return [];
      if (canvas && shown(canvas) && canvas.width > 0) return [];
      return [`chart ${i + 1}`];
    }),
  );
  expect(blank).toEqual([]);
  const serif = await page.locator('main p').evaluateAll((ps) => [...new Set(ps.map((p) => getComputedStyle(p).fontFamily))]);
  expect(serif).toEqual(['"Times New Roman", Tinos, "Liberation Serif", "Nimbus Roman", "DejaVu Serif", serif']);
  // 13 pt = 13 × 96 / 72 CSS px.
  expect(parseFloat(await page.locator('main .prose p').first().evaluate((p) => getComputedStyle(p).fontSize))).toBeCloseTo((13 * 96) / 72, 2);
});
