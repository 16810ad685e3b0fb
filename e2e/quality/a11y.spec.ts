import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/site';
import {
  axeViolations,
  chartProblems,
  colourRules,
  darkModeNonColourDeclarations,
  drawCharts,
  focusRingProblems,
  formatAxe,
  keyboardWalk,
  smallTargetProblems,
} from '../support/quality-a11y';
import { citeText, ui } from '../../src/lib/ui-text';

const pages = builtPages();

// axe over the full text or the open-data table (one row per indicator, ≈300), or a Tab walk through
// hundreds of links, takes a while on a busy machine.
test.describe.configure({ timeout: 420_000 });
const widths = [360, 1280] as const;

test('dark mode only recolours: every prefers-color-scheme: dark block of the built CSS sets colours alone', () => {
  const css = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.css'))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
  const inline = builtPages().flatMap(({ file }) => [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''));
  const all = [...css, ...inline].join('\n');
  expect(all).toMatch(/prefers-color-scheme:\s*dark/);
  expect(darkModeNonColourDeclarations(all)).toEqual([]);
  // The gate itself bites: a dark block that hides something is reported.
  expect(darkModeNonColourDeclarations('@media (prefers-color-scheme: dark) { .x { --bg: #000; display: none } }')).toEqual(['.x { display: none }']);
});

// One browser pass per page: the keyboard walk, the charts' names and tables, then axe with every rule
// in light at both widths and the colour rules in dark at both widths.
for (const { path } of pages) {
  test(`${path}: keyboard, focus rings, 24×24 targets, chart names and tables, and axe (WCAG 2.2 AA and best practice) in light and dark at 360 and 1280 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    const walk = await keyboardWalk(page);
    expect(walk.stops[0], 'the skip link is the first stop').toMatchObject({ role: 'link', name: ui.skipLink });
    expect(walk.stops.some((s) => s.role === 'searchbox'), 'the search box is reachable').toBe(true);
    expect(walk.stops.some((s) => s.role === 'link' && s.name === ui.fullText), 'the main navigation is reachable').toBe(true);
    expect(walk.unreached, 'tabbable elements that Tab never reaches').toEqual([]);
    expect(focusRingProblems(walk.stops), 'stops without a visible focus ring').toEqual([]);
    expect(smallTargetProblems(walk.stops), 'targets smaller than 24×24 px').toEqual([]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await drawCharts(page);
    expect(await chartProblems(page), 'charts without a name or a data table').toEqual([]);

    for (const [colorScheme, rules] of [['light', undefined], ['dark', colourRules]] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const violations = await axeViolations(page, rules);
        expect(violations.map((v) => v.rule), `${colorScheme}, ${width}px:\n${formatAxe(violations)}`).toEqual([]);
      }
    }
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
