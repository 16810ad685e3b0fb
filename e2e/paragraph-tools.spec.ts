import { expect, test, type Page } from '@playwright/test';
import { toolControls, toolTextOverlaps } from './support/quality-layout';

/**
 * Paragraph tools never lie over text: at phone and desktop widths, in light and dark, on an entry and
 * on the full text, no box of a ¶ / # mark, a figure's link pair or the tools panel intersects the box of
 * any line of text of the page — with every tool closed, and with the tools of one paragraph open.
 */

/** Wait until `<report-anchors>` has given the page its marks. */
const enhanced = (page: Page) => expect(page.locator('.anchor-mark').first()).toBeAttached();

const pages = [
  { path: '/kinh-te/kinh-te-cua-khau/', place: 'mục II.1.b, đoạn 1' },
  { path: '/toan-van/', place: 'mục II.1.e, đoạn 1' },
];

for (const { path, place } of pages) {
  for (const width of [360, 390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} at ${width} px, ${colorScheme}: no paragraph tool covers a line of text, closed or open`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 780 });
        await page.goto(path);
        await enhanced(page);
        const marks = await page.locator('.anchor-mark:visible').count();
        expect(marks, 'the page has visible marks to check').toBeGreaterThan(1);
        expect(await toolTextOverlaps(page), 'tools closed').toEqual([]);

        await page.getByRole('button', { name: `Liên kết và trích dẫn ${place}`, exact: true }).click();
        await page.getByRole('button', { name: `Trích dẫn ${place}`, exact: true }).click();
        await expect(page.getByRole('group', { name: `Trích dẫn ${place}`, exact: true })).toBeVisible();
        expect(await toolTextOverlaps(page), 'tools of one paragraph open').toEqual([]);
      });
    }
  }
}

test('on wide screens the marks stand in the margin, left of the text column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  await enhanced(page);
  const text = await page.locator('#ii-1-b-1').boundingBox();
  const box = await page.getByRole('button', { name: 'Liên kết và trích dẫn mục II.1.b, đoạn 1', exact: true }).boundingBox();
  expect(text && box && box.x + box.width <= text.x && box.x >= 0, JSON.stringify({ text, box })).toBe(true);
  // Beside the paragraph's first line.
  expect(box && text && Math.abs(box.y + box.height / 2 - (text.y + 13)) < 12).toBe(true);
});

test('/toan-van/ has one control per paragraph, footnote, heading and task, none on figures (they have their own), and no row of buttons under headings', async ({ page }) => {
  await page.goto('/toan-van/');
  await enhanced(page);
  const counts = await page.evaluate((selector) => ({
    places: document.querySelectorAll('main p[data-paragraph], main li[data-footnote], main [data-anchor]:not(:has(> h1))').length,
    marks: document.querySelectorAll('main .anchor-mark').length,
    pairs: document.querySelectorAll('main .anchor-tools').length,
    figures: document.querySelectorAll('main figure.report-figure[id]').length,
    controls: document.querySelectorAll(`main :is(${selector})`).length,
  }), toolControls);
  expect(counts.marks).toBe(counts.places);
  // Figures have their own link and citation, in their "Tải về / Chia sẻ" disclosure.
  expect(counts.figures).toBeGreaterThan(0);
  expect(counts.pairs).toBe(0);
  // One mark each; the tools panel is not in the text until it is opened.
  expect(counts.controls).toBe(counts.marks);
});
