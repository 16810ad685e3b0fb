/**
 * Every gate, run on pages that break its rule, reports the break. Same checkers as the gates over
 * dist/, so a checker that stops seeing anything makes these tests fail.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, chartProblems, focusEveryTabbable, focusRingProblems, keyboardWalk, smallTargetProblems } from '../support/quality-a11y';
import { budgetProblems, chartCodeSignature, recordResources, searchCodeSignature, weighPage } from '../support/quality-budget';
import { badPage, badPagesDir, fixtureOrigin, serveBadPages } from '../support/quality-fixtures';
import { validateHtml } from '../support/quality-html';
import { checkLinks } from '../support/quality-links';
import { cspProblems, offOriginRequests, watchPage } from '../support/quality-runtime';
import { diffTrees, hashTree } from '../support/quality-tree';
import { projectRoot } from '../support/build';

const file = (name: string) => join(badPagesDir, name);

test.describe('accessibility gate', () => {
  test('axe reports an image without alt text', async ({ page }) => {
    await serveBadPages(page);
    await page.goto(badPage('missing-alt.html'));
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.rule)).toContain('image-alt');
    expect(violations.find((v) => v.rule === 'image-alt')?.targets).toEqual(['img']);
  });

  test('a chart without a name or a data table is reported', async ({ page }) => {
    await serveBadPages(page);
    await page.goto(badPage('chart-without-table.html'));
    expect(await chartProblems(page)).toEqual([
      'figure 1: the chart has no accessible name (figcaption, aria-label or aria-labelledby)',
      'figure 1: the canvas is neither aria-hidden nor named',
      'figure 1: the chart has no data table',
    ]);
  });

  test('a link whose focus ring is removed is reported', async ({ page }) => {
    await serveBadPages(page);
    await page.goto(badPage('no-focus-ring.html'));
    const walk = await keyboardWalk(page);
    expect(walk.stops.map((s) => s.name)).toEqual(['Liên kết không có vòng tiêu điểm']);
    expect(focusRingProblems(walk.stops)).toEqual([expect.stringMatching(/^link "Liên kết không có vòng tiêu điểm" \(main#noi-dung a\): outline none /)]);
  });

  test('a 16×16 px button is reported as too small a target', async ({ page }) => {
    await serveBadPages(page);
    await page.goto(badPage('small-target.html'));
    const walk = await keyboardWalk(page);
    expect(smallTargetProblems(walk.stops)).toEqual(['button "Đóng" (main#noi-dung button.tiny): 16.0×16.0 px']);
    expect(focusRingProblems(walk.stops), 'the browser default ring is visible').toEqual([]);
  });

  test('a 36 px tall button passes on a desktop but is reported as too small a touch target at 360 px', async ({ page }) => {
    await serveBadPages(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(badPage('touch-target.html'));
    const walk = await keyboardWalk(page);
    expect(smallTargetProblems(walk.stops), 'every target is at least 24 px').toEqual([]);
    const stops = await focusEveryTabbable(page);
    expect(stops.map((s) => s.name)).toEqual(['liên kết trong câu', 'Tìm', 'Đóng lại']);
    expect(smallTargetProblems(stops, 44)).toEqual([expect.stringMatching(/^button "Tìm" \(main#noi-dung button\.short\): \d+\.\d×36\.0 px$/)]);
  });
});

test.describe('valid-HTML gate', () => {
  test('html-validate reports invalid nesting', async () => {
    const problems = await validateHtml([file('invalid-nesting.html')]);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`)).toEqual([
      '13:10 element-permitted-content: <p> element is not permitted as content under <ul>',
      '15:28 element-permitted-content: <button> element is not permitted as a descendant of <a>',
    ]);
  });

  test('html-validate reports an image without alt text', async () => {
    const problems = await validateHtml([file('missing-alt.html')]);
    expect(problems.map((p) => p.rule)).toContain('wcag/h37');
  });

  test('html-validate passes a bad page whose markup is valid', async () => {
    expect(await validateHtml([file('broken-anchor.html')])).toEqual([]);
  });
});

test.describe('link gate', () => {
  test('missing pages and #anchors are reported, valid ones are not', async () => {
    const broken = await checkLinks(badPagesDir, [file('broken-anchor.html')]);
    expect(broken.map((b) => b.target).sort()).toEqual(['/broken-anchor.html#khong-co-muc-nay', '/missing-alt.html#khong-co-doan-nay', '/trang-khong-co.html']);
    expect(broken.every((b) => b.page === '/broken-anchor.html')).toBe(true);
  });
});

test.describe('CSP gate', () => {
  test("a policy whose script-src allows 'unsafe-inline' is reported", () => {
    expect(cspProblems(readFileSync(file('unsafe-inline-csp.html'), 'utf8'))).toEqual(["script-src allows 'unsafe-inline'"]);
  });

  test('a page without a policy is reported', () => {
    expect(cspProblems('<!doctype html><html lang="vi"><head><title>x</title></head><body></body></html>')).toEqual([
      'no <meta http-equiv="content-security-policy">',
    ]);
  });

  test('an inline script is blocked and reported as a CSP violation and a console error', async ({ page }) => {
    const watch = await watchPage(page, fixtureOrigin);
    await serveBadPages(page);
    await page.goto(badPage('inline-script.html'), { waitUntil: 'networkidle' });
    await expect.poll(() => watch.cspViolations).toEqual([expect.stringMatching(/^script-src-elem inline /)]);
    expect(watch.errors).toEqual([expect.stringContaining('Content Security Policy')]);
    await expect(page).toHaveTitle('Trang thử: mã chạy trực tiếp trong trang');
  });
});

test.describe('privacy gate', () => {
  test('a font stylesheet from another origin is recorded as an off-origin request (and never sent)', async ({ page }) => {
    const watch = await watchPage(page, fixtureOrigin);
    await serveBadPages(page);
    await page.goto(badPage('external-font.html'), { waitUntil: 'networkidle' });
    expect(offOriginRequests(watch.requests, fixtureOrigin)).toEqual(['stylesheet https://fonts.googleapis.com/css2?family=Roboto&display=swap']);
  });
});

test.describe('budget gate', () => {
  test('the signatures recognise the Chart.js and Fuse.js builds', () => {
    expect(readFileSync(join(projectRoot, 'node_modules/chart.js/dist/chart.js'), 'utf8')).toMatch(chartCodeSignature);
    expect(readFileSync(join(projectRoot, 'node_modules/chart.js/dist/chart.umd.min.js'), 'utf8')).toMatch(chartCodeSignature);
    expect(readFileSync(join(projectRoot, 'node_modules/fuse.js/dist/fuse.mjs'), 'utf8')).toMatch(searchCodeSignature);
    expect(readFileSync(join(projectRoot, 'node_modules/fuse.js/dist/fuse.min.mjs'), 'utf8')).toMatch(searchCodeSignature);
  });

  test('a page without a chart that loads Chart.js and heavy CSS is over budget', async ({ page }) => {
    await serveBadPages(page);
    const recorder = recordResources(page);
    await page.goto(badPage('over-budget.html'), { waitUntil: 'networkidle' });
    const weight = await weighPage(page, await recorder.settled());
    expect(weight.hasChart).toBe(false);
    expect(budgetProblems(weight, { searchPage: false })).toEqual([
      expect.stringMatching(/^JS before interaction is \d+\.\d KB gzip, over the 15\.0 KB budget$/),
      expect.stringMatching(/^CSS is \d+\.\d KB gzip, over the 20\.0 KB budget$/),
      `chart code on a page without a chart: ${fixtureOrigin}/vendor/chart.js`,
    ]);
  });

  test('a page that loads search code before the search box is used is reported, except on the search page', async ({ page }) => {
    await serveBadPages(page);
    const recorder = recordResources(page);
    await page.goto(badPage('eager-search.html'), { waitUntil: 'networkidle' });
    const weight = await weighPage(page, await recorder.settled());
    expect(budgetProblems(weight, { searchPage: false })).toEqual([`search code or index before the search box is used: ${fixtureOrigin}/vendor/fuse.js`]);
    expect(budgetProblems(weight, { searchPage: true })).toEqual([]);
  });
});

test.describe('determinism gate', () => {
  test('one changed byte and one extra file are reported', () => {
    const root = mkdtempSync(join(tmpdir(), 'quality-tree-'));
    for (const [dir, text, extra] of [['a', 'một', false], ['b', 'hai', true]] as const) {
      mkdirSync(join(root, dir, 'kinh-te'), { recursive: true });
      writeFileSync(join(root, dir, 'index.html'), '<!doctype html>');
      writeFileSync(join(root, dir, 'kinh-te', 'index.html'), text);
      if (extra) writeFileSync(join(root, dir, 'extra.js'), '');
    }
    expect(diffTrees(hashTree(join(root, 'a')), hashTree(join(root, 'b')))).toEqual(['differs: kinh-te/index.html', 'only in the second: extra.js']);
  });
});
