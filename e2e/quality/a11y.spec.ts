import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site';
import { axeViolations, chartProblems, drawCharts, focusRingProblems, formatAxe, keyboardWalk, smallTargetProblems } from '../support/quality-a11y';
import { citeText, ui } from '../../src/lib/ui-text';

const pages = builtPages();

// axe four times over the full text or the open-data table (one row per indicator, ≈300), or a Tab walk
// through hundreds of links, takes a while.
test.describe.configure({ timeout: 420_000 });
const schemes = ['light', 'dark'] as const;
const widths = [360, 1280] as const;

for (const { path } of pages) {
  test(`${path}: axe finds no WCAG 2.2 AA or best-practice violation in light and dark, at 360 and 1280 px`, async ({ page }) => {
    await page.goto(path);
    await drawCharts(page);
    for (const colorScheme of schemes) {
      for (const width of widths) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        const violations = await axeViolations(page);
        expect(violations.map((v) => v.rule), `${colorScheme}, ${width}px:\n${formatAxe(violations)}`).toEqual([]);
      }
    }
  });

  test(`${path}: every chart has a name and a data table`, async ({ page }) => {
    await page.goto(path);
    await drawCharts(page);
    expect(await chartProblems(page)).toEqual([]);
  });

  test(`${path}: Tab reaches every control with a visible focus ring, and targets are at least 24×24 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const walk = await keyboardWalk(page);
    expect(walk.stops[0], 'the skip link is the first stop').toMatchObject({ role: 'link', name: ui.skipLink });
    expect(walk.stops.some((s) => s.role === 'searchbox'), 'the search box is reachable').toBe(true);
    expect(walk.stops.some((s) => s.role === 'link' && s.name === ui.fullText), 'the main navigation is reachable').toBe(true);
    expect(walk.unreached, 'tabbable elements that Tab never reaches').toEqual([]);
    expect(focusRingProblems(walk.stops), 'stops without a visible focus ring').toEqual([]);
    expect(smallTargetProblems(walk.stops), 'targets smaller than 24×24 px').toEqual([]);
  });
}

test('on an entry page the keyboard reaches the copy-link and citation controls, each with a focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const walk = await keyboardWalk(page);
  const copy = walk.stops.filter((s) => s.name.startsWith(citeText.copyLinkTo('')));
  const cite = walk.stops.filter((s) => s.name.startsWith(citeText.citeTarget('')));
  expect(copy.length, 'copy-link controls reached').toBeGreaterThan(0);
  expect(cite.length, 'citation controls reached').toBeGreaterThan(0);
  expect(focusRingProblems([...copy, ...cite])).toEqual([]);
});
