import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryText } from '../src/lib/text/index.ts';
import { projectRoot } from './support/build';

/** Footnote `label` as the content file writes it, in plain text. */
function footnote(file: string, label: string): string {
  const body = readFileSync(join(projectRoot, 'content', file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const text = readEntryText(body, 'x').footnotes.find((f) => f.label === label)?.text;
  if (!text) throw new Error(`no footnote ${label} in ${file}`);
  return text;
}

const fn14 = footnote('economy/kinh-te-cua-khau.mdx', '14');
const entry = '/kinh-te/kinh-te-cua-khau/';

const reference = (page: Page, n: string) => page.getByRole('link', { name: `Chú thích ${n}`, exact: true });
const preview = (page: Page) => page.getByRole('tooltip');

/** The preview sits right next to its reference (just below or just above it). */
async function expectNextTo(popover: Locator, ref: Locator): Promise<void> {
  const p = await popover.boundingBox();
  const r = await ref.boundingBox();
  if (!p || !r) throw new Error('preview or reference has no box');
  const gap = p.y >= r.y ? p.y - (r.y + r.height) : r.y - (p.y + p.height);
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(16);
  expect(p.x).toBeLessThan(r.x + r.width);
  expect(p.x + p.width).toBeGreaterThan(r.x);
}

test('hovering a footnote reference shows the footnote next to it, and moving away closes it', async ({ page }) => {
  await page.goto(entry);
  const ref = reference(page, '14');
  await ref.hover();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toHaveText(`Chú thích 14 ${fn14}`);
  await expectNextTo(preview(page), ref);
  await expect(ref).toHaveAccessibleDescription(`Chú thích 14 ${fn14}`);
  expect(new URL(page.url()).hash).toBe('');

  await page.mouse.move(5, 5);
  await expect(preview(page)).toBeHidden();
  await expect(ref).not.toHaveAttribute('aria-describedby');
});

test('keyboard focus on a footnote reference shows the preview, Esc closes it', async ({ page }) => {
  await page.goto(entry);
  const ref = reference(page, '14');
  for (let i = 0; i < 40 && !(await ref.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(ref).toBeFocused();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toContainText(fn14);
  await expect(ref).toHaveAccessibleDescription(`Chú thích 14 ${fn14}`);
  await page.keyboard.press('Escape');
  await expect(preview(page)).toBeHidden();
  await expect(ref).toBeFocused();
});

test('on the full text, each reference previews its own footnote', async ({ page }) => {
  await page.goto('/toan-van/');
  await reference(page, '1').hover();
  await expect(preview(page)).toContainText(footnote('directives/phong-chong-dich-covid-19.mdx', '1'));
  await reference(page, '14').hover();
  await expect(preview(page)).toHaveText(`Chú thích 14 ${fn14}`);
  await expect(preview(page)).toHaveCount(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a reference previews the footnote in place; tapping outside closes it', async ({ page }) => {
    await page.goto(entry);
    const ref = reference(page, '14');
    await ref.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    await ref.tap();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toHaveText(`Chú thích 14 ${fn14}`);
    await expectNextTo(preview(page), ref);
    // Stayed in place: no jump to the footnote list.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    // Announced to screen readers, which may not move focus on a tap.
    await expect(page.locator('report-footnotes [aria-live="polite"]')).toHaveText(`Chú thích 14: ${fn14}`);
    // Inside the viewport, so the page does not scroll sideways.
    const box = await preview(page).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);

    await page.locator('h1').tap();
    await expect(preview(page)).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a footnote reference is a plain link to the footnote', async ({ page }) => {
    await page.goto(entry);
    await reference(page, '14').click();
    await expect(page).toHaveURL(/#fn-14$/);
    await expect(page.locator('#fn-14')).toBeInViewport();
    await expect(page.locator('#fn-14')).toContainText(fn14);
  });
});
