import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, fixtureReport } from '../support/build';

// A report with five schema problems in four files fails once, listing all five in plain words,
// instead of stopping at the first file Astro loads.
test('every schema problem of every file is reported in one failed build', () => {
  test.setTimeout(120_000);
  const content = copyContent(fixtureReport);
  const reportFile = join(content, 'report.json');
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
  delete report['issuer'];
  delete report['defaultPeriod'];
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  const entries = ['economy/nong-nghiep.mdx', 'q4-tasks/1.mdx', 'q4-tasks/2.mdx'];
  for (const entry of entries) {
    const file = join(content, entry);
    const text = readFileSync(file, 'utf8');
    const without = text.replace(/^title: .*\n/mu, '');
    expect(without).not.toBe(text);
    writeFileSync(file, without);
  }
  const result = buildSite(content);
  expect(result.status).not.toBe(0);
  // Astro prints the error, then its cause: read the first, up to its hint.
  const first = result.output.slice(result.output.indexOf('The content has'), result.output.indexOf('Hint:'));
  expect(first).toMatch(/^The content has 5 problem\(s\):\n/u);
  const lines = [
    'report.json: "issuer" is missing',
    'report.json: "defaultPeriod" is missing',
    ...entries.map((entry) => `${entry}: "title" is missing`),
  ];
  for (const line of lines) expect(first.split(line).length - 1, line).toBe(1);
  expect(result.output).not.toContain('**');
});
