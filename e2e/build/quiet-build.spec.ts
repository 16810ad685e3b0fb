import { expect, test } from '@playwright/test';
import { buildSite } from '../support/build';

test('a clean build of the bundled report with SITE_URL set prints no warning', () => {
  const result = buildSite('content', { SITE_URL: 'https://bao-cao.example.org' });
  expect(result.status, result.output).toBe(0);
  expect(result.output).toMatch(/\d+ page\(s\) built/);
  const warnings = result.output.split('\n').filter((line) => /\bWARN\b|\bwarning\b/i.test(line));
  expect(warnings).toEqual([]);
});
