import { expect, test } from '@playwright/test';
import { builtPages, fixtureDistDir, fixtureOrigin, seriesGatePages, seriesOrigin } from '../support/site';
import { axeViolations, chartProblems, colourRules, drawCharts, focusRingProblems, focusEveryTabbable, formatAxe, keyboardWalk, smallTargetProblems } from '../support/quality-a11y';
import { budgetProblems, recordResources, searchIndexUrl, weighPage } from '../support/quality-budget';
import { offOriginRequests, watchPage } from '../support/quality-runtime';
import { headingScaleProblems } from '../support/quality-layout';
import { ui } from '../../src/lib/publish/index.ts';

/**
 * The browser gates, in one pass per built page (one page load each): size budgets before any
 * interaction; the keyboard walk (every tabbable element reached, focus rings, 24×24 targets; figure
 * pages, made to be framed, have one link and no site chrome); charts named and with tables; axe with
 * every rule in light and the colour rules in dark, and a heading scale with the h1 at least as large as
 * every h2, at 360 and 1280 px;
 * no sideways scrolling at 360 and 320 px; then read to the end and searched with no CSP violation,
 * console error or request to another origin.
 */

/** The search page may load search code and the index before interaction. */
const searchPage = '/tim-kiem/';

// axe over the full text or the open-data table (one row per indicator), or a Tab walk through hundreds
// of controls, takes a while on a busy machine.
test.describe.configure({ timeout: 420_000 });

/**
 * The bundled report; the table fixture (a 7-column table, a letterhead, an appendix) on its own server;
 * and the two-report build (its site pages, the 6-month report and the 9-month pages a series adds to).
 */
const sites = [
  { name: '', origin: undefined, pages: builtPages() },
  { name: 'table fixture ', origin: fixtureOrigin, pages: builtPages(fixtureDistDir) },
  { name: 'two reports ', origin: seriesOrigin, pages: seriesGatePages() },
];

for (const { name, origin: siteOrigin, pages } of sites) for (const { path } of pages) {
  test(`${name}${path}: budgets, keyboard, focus rings, targets, charts, axe in light and dark and h1 ≥ h2 at 360 and 1280 px, no sideways scroll, CSP and privacy when read and searched`, async ({ page, baseURL }) => {
    const origin = siteOrigin ?? baseURL ?? '';
    /** Figure pages (/hinh/<n>/) are the minimal view another site frames: no skip link, navigation or search. */
    const bare = path.startsWith('/hinh/');
    const watch = await watchPage(page, origin);
    const recorder = recordResources(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveCount(1);

    const weight = await weighPage(page, [...(await recorder.settled())]);
    expect(budgetProblems(weight, { searchPage: path === searchPage }), 'size budgets before interaction').toEqual([]);

    const walk = await keyboardWalk(page);
    if (bare) {
      // A figure's own page is made to be framed in an article: its one link, and nothing of the site around it.
      expect(walk.stops.filter((s) => s.role === 'link'), 'a figure page has one link').toHaveLength(1);
      expect(walk.stops.some((s) => s.role === 'searchbox' || s.role === 'button'), 'a figure page has no search or controls').toBe(false);
    } else {
      expect(walk.stops[0], 'the skip link is the first stop').toMatchObject({ role: 'link', name: ui.skipLink });
      expect(walk.stops.some((s) => s.role === 'searchbox'), 'the search box is reachable').toBe(true);
      expect(walk.stops.some((s) => s.role === 'link' && s.name === ui.fullText), 'the main navigation is reachable').toBe(true);
    }
    expect(walk.unreached, 'tabbable elements that Tab never reaches').toEqual([]);
    expect(focusRingProblems(walk.stops), 'stops without a visible focus ring').toEqual([]);
    expect(smallTargetProblems(walk.stops), 'targets smaller than 24×24 px').toEqual([]);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await drawCharts(page);
    expect(await chartProblems(page), 'charts without a name or a data table').toEqual([]);

    // Every rule in light, the colour rules in dark, each at 1280 and 360 px; in an order that changes
    // the width only once (each change re-lays out the page and redraws its charts).
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['dark', 360], ['light', 360]] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      const violations = await axeViolations(page, colorScheme === 'dark' ? colourRules : undefined);
      expect(violations.map((v) => v.rule), `${colorScheme}, ${width}px:\n${formatAxe(violations)}`).toEqual([]);
      if (colorScheme === 'light') expect(await headingScaleProblems(page), `h2 larger than the h1 at ${width}px`).toEqual([]);
    }
    // On a phone every control and every link outside running text is a 44×44 px touch target.
    expect(smallTargetProblems(await focusEveryTabbable(page), 44), 'touch targets smaller than 44×44 px at 360 px').toEqual([]);
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    }

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    if (!bare) {
      // Using the search box loads the search code and index; they must obey the same rules.
      const search = page.getByRole('searchbox').first();
      const indexAlreadyLoaded = watch.requests.some((r) => searchIndexUrl.test(r.url));
      const index = indexAlreadyLoaded ? Promise.resolve() : page.waitForResponse((r) => searchIndexUrl.test(r.url()));
      await search.fill('ngan sach');
      await index;
    }
    expect(watch.cspViolations, 'CSP violations').toEqual([]);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.requests.length, 'requests recorded').toBeGreaterThan(0);
    expect(offOriginRequests(watch.requests, origin), 'requests to other origins').toEqual([]);
  });
}
