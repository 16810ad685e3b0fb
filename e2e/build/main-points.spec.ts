import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, copyContent, fixtureReport } from '../support/build';

const printed = 'Diện tích lúa quý I đạt 1.234,5 ha, đạt 88,8% kế hoạch, giảm 2,5% so với cùng kỳ.';

/** Copy the fixture report and give its report.json these main points. */
function withMainPoints(mainPoints: unknown[]): string {
  const content = copyContent(fixtureReport);
  const file = join(content, 'report.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), mainPoints }, null, 2));
  return content;
}

test('main points quoted verbatim build, and each links to the paragraph that holds it', async () => {
  const result = await buildSiteAsync(withMainPoints([{ entry: 'economy/nong-nghiep', paragraph: 1, quote: printed }]));
  expect(result.status, result.output).toBe(0);
  const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
  expect(home).toContain('>Điểm chính</h2>');
  expect(home).toContain(`<p class="main-point__quote">${printed}</p>`);
  expect(home).toMatch(/<a href="\/kinh-te-son-thuy\/nong-nghiep\/#i-1-1">Mục I\.1, đoạn 1: Nông nghiệp và du lịch<\/a>/);
  const entry = readFileSync(join(result.outDir, 'kinh-te-son-thuy/nong-nghiep/index.html'), 'utf8');
  expect(entry).toMatch(new RegExp(`<p id="i-1-1"[^>]*>${printed.replace(/[.()]/g, '\\$&')}`));
});

test('a main point that is not verbatim in its paragraph fails the build, naming the main point, entry and paragraph', async () => {
  const changed = printed.replace('1.234,5', '1.234,6');
  const result = await buildSiteAsync(
    withMainPoints([
      { entry: 'economy/nong-nghiep', paragraph: 1, quote: printed },
      { entry: 'economy/nong-nghiep', paragraph: 1, quote: changed },
    ]),
  );
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('report.json');
  expect(result.output).toContain('main point 2 ("Diện tích lúa quý I đạt…")');
  expect(result.output).toContain('mainPoints.1.quote is not printed verbatim in economy/nong-nghiep paragraph 1');
  expect(result.output).not.toContain('main point 1 (');
});

test('a main point naming a paragraph the entry does not have fails the build, naming it', async () => {
  const result = await buildSiteAsync(withMainPoints([{ entry: 'economy/nong-nghiep', paragraph: 9, quote: printed }]));
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('main point 1 ("Diện tích lúa quý I đạt…")');
  expect(result.output).toContain('mainPoints.0.paragraph is 9, but economy/nong-nghiep has 2 paragraphs');
});
