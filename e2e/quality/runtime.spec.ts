import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, pageHtml, seriesDistDir } from '../support/site';
import { cspProblems, metaCsp } from '../support/quality-runtime';

const pages = builtPages();

for (const { path } of pages) {
  test(`${path} carries a strict CSP: script-src without 'unsafe-inline'`, () => {
    const html = pageHtml(path);
    expect(metaCsp(html)?.get('script-src')).toContain("'self'");
    expect(cspProblems(html)).toEqual([]);
  });
  // The browser side (budgets, CSP violations, console errors, requests) is in every-page.spec.ts.
}

test('every page of the two-report build carries a strict CSP', () => {
  const problems = builtPages(seriesDistDir).flatMap(({ path, file }) => cspProblems(readFileSync(file, 'utf8')).map((p) => `${path}: ${p}`));
  expect(problems).toEqual([]);
});
