import { expect, test } from '@playwright/test';
import { builtPages, pageHtml } from '../support/site';
import { drawCharts } from '../support/quality-a11y';
import { budgetProblems, recordResources, searchIndexUrl, weighPage } from '../support/quality-budget';
import { cspProblems, metaCsp, offOriginRequests, watchPage } from '../support/quality-runtime';

const pages = builtPages();
/** The search page may load search code and the index before interaction. */
const searchPage = '/tim-kiem/';

for (const { path } of pages) {
  test(`${path} carries a strict CSP: script-src without 'unsafe-inline'`, () => {
    const html = pageHtml(path);
    expect(metaCsp(html)?.get('script-src')).toContain("'self'");
    expect(cspProblems(html)).toEqual([]);
  });

  // One browser pass per page: the size budgets before any interaction, then reading (every chart
  // drawn, scrolled to the end) and searching, with no CSP violation, console error or off-site request.
  test(`${path}: within its size budgets before any interaction; no CSP violation, no console error, and every request same-origin, when read and searched`, async ({ page, baseURL }) => {
    const origin = baseURL ?? '';
    const watch = await watchPage(page, origin);
    const recorder = recordResources(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const weight = await weighPage(page, [...(await recorder.settled())]);
    expect(budgetProblems(weight, { searchPage: path === searchPage }), 'size budgets before interaction').toEqual([]);

    await drawCharts(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Using the search box loads the search code and index; they must obey the same rules.
    const search = page.getByRole('searchbox').first();
    const indexAlreadyLoaded = watch.requests.some((r) => searchIndexUrl.test(r.url));
    const index = indexAlreadyLoaded ? Promise.resolve() : page.waitForResponse((r) => searchIndexUrl.test(r.url()));
    await search.fill('ngan sach');
    await index;
    expect(watch.cspViolations, 'CSP violations').toEqual([]);
    expect(watch.errors, 'console errors').toEqual([]);
    expect(watch.requests.length, 'requests recorded').toBeGreaterThan(0);
    expect(offOriginRequests(watch.requests, origin), 'requests to other origins').toEqual([]);
  });
}
