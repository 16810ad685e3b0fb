import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site';
import { formatHtmlProblems, validateHtml } from '../support/quality-html';

test('html-validate finds no error on any built page', async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(1);
  const problems = await validateHtml(pages.map((p) => p.file));
  expect(problems, formatHtmlProblems(problems)).toEqual([]);
});
