import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, fixtureReport } from '../support/build';

// A report with five schema problems in four files (two report.json keys, three entries' fields) fails once, listing all five in plain words,
// instead of stopping at the first file Astro loads.
test('every schema problem of every file is reported in one failed build', () => {
  test.setTimeout(120_000);
  const content = copyContent(fixtureReport);
  const reportFile = join(content, 'report.json');
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
  delete report['issuer'];
  delete report['defaultPeriod'];
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  // A result entry without its title (only a task may leave it out), two tasks without their number.
  const edits: Array<[string, RegExp, string]> = [
    ['economy/nong-nghiep.mdx', /^title: .*\n/mu, '"title": missing; only a task (with `task: N`) may leave it out'],
    ['q4-tasks/1.mdx', /^number: .*\n/mu, '"number" is missing'],
    ['q4-tasks/2.mdx', /^number: .*\n/mu, '"number" is missing'],
  ];
  for (const [entry, line] of edits) {
    const file = join(content, entry);
    const text = readFileSync(file, 'utf8');
    const without = text.replace(line, '');
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
    ...edits.map(([entry, , message]) => `${entry}: ${message}`),
  ];
  for (const line of lines) expect(first.split(line).length - 1, line).toBe(1);
  expect(result.output).not.toContain('**');
});
