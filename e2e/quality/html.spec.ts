import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { builtPages, seriesDistDir } from '../support/site';
import { badPagesDir } from '../support/quality-fixtures';
import { formatHtmlProblems, validateHtml, validateWithNu } from '../support/quality-html';

test('html-validate finds no error on any built page', async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(1);
  const problems = await validateHtml(pages.map((p) => p.file));
  expect(problems, formatHtmlProblems(problems)).toEqual([]);
});

test('html-validate finds no error on any page of the two-report build', async () => {
  const pages = builtPages(seriesDistDir);
  expect(pages.length).toBeGreaterThan(1);
  const problems = await validateHtml(pages.map((p) => p.file));
  expect(problems, formatHtmlProblems(problems)).toEqual([]);
});

test('the Nu Html Checker finds no error on any built page (the bundled report and the two-report build)', async () => {
  test.setTimeout(180_000);
  const pages = [...builtPages(), ...builtPages(seriesDistDir)];
  expect(pages.length).toBeGreaterThan(1);
  const problems = await validateWithNu(pages.map((p) => p.file));
  expect(problems, formatHtmlProblems(problems)).toEqual([]);
});

test('the Nu Html Checker reports a script after </html>, which html-validate lets pass', async () => {
  test.setTimeout(180_000);
  const file = join(badPagesDir, 'script-after-html.html');
  expect(await validateHtml([file])).toEqual([]);
  const problems = await validateWithNu([file]);
  expect(problems.map((p) => `${p.line} ${p.rule}: ${p.message}`)).toEqual(['16 vnu: Stray start tag “script”.']);
  expect(problems[0]?.file).toBe(file);
});
