import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site';
import { budgetProblems, recordResources, weighPage } from '../support/quality-budget';

/** The search page may load search code and the index before interaction. */
const searchPage = '/tim-kiem/';

for (const { path } of builtPages()) {
  test(`${path} stays within its size budgets before any interaction`, async ({ page }) => {
    const recorder = recordResources(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const weight = await weighPage(page, await recorder.settled());
    expect(budgetProblems(weight, { searchPage: path === searchPage })).toEqual([]);
  });
}
