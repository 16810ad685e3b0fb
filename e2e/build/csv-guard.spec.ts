import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, fixtureReport } from '../support/build';
import { parseCsv } from '../support/csv';

// A label that a spreadsheet would run as a formula ("=HYPERLINK(…)") is written to chi-so.csv as text:
// prefixed with ' (OWASP's advice against CSV injection), so opening the file shows it and runs nothing.
test('a label that starts like a formula reaches chi-so.csv as text, not as a formula', () => {
  test.setTimeout(120_000);
  const content = copyContent(fixtureReport);
  const file = join(content, 'economy/nong-nghiep.mdx');
  const text = readFileSync(file, 'utf8');
  const label = '=HYPERLINK("https://example.org","Diện tích lúa")';
  expect(text).toContain('label: "Diện tích lúa"');
  writeFileSync(file, text.replace('label: "Diện tích lúa"', `label: ${JSON.stringify(label)}`));
  const result = buildSite(content);
  expect(result.status, result.output).toBe(0);
  const rows = parseCsv(readFileSync(join(result.outDir, 'du-lieu/chi-so.csv'), 'utf8').replace(/^\uFEFF/u, ''));
  const column = rows[0]!.indexOf('label');
  expect(column).toBeGreaterThanOrEqual(0);
  const cells = rows.slice(1).map((r) => r[column]);
  // The cell opens as the text the report printed, behind the apostrophe a spreadsheet hides.
  expect(cells).toContain(`'${label}`);
  expect(cells.some((c) => c?.startsWith('='))).toBe(false);
});
