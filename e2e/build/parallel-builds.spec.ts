import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, fixtureReport, projectRoot } from '../support/build';

// Two builds of different reports at the same moment: each has its own root, .astro/ and cache, so
// neither sees the other's content modules (they used to crash with UnknownContentCollectionError).
test('two builds started at once both succeed, each with its own report', async () => {
  test.setTimeout(300_000);
  const [bundled, fixture] = await Promise.all([buildSiteAsync(join(projectRoot, 'content')), buildSiteAsync(fixtureReport)]);
  expect(bundled.status, bundled.output).toBe(0);
  expect(fixture.status, fixture.output).toBe(0);
  expect(bundled.outDir).not.toBe(fixture.outDir);
  const bundledTitle = (JSON.parse(readFileSync(join(projectRoot, 'content/report.json'), 'utf8')) as { shortTitle: string }).shortTitle;
  const fixtureTitle = (JSON.parse(readFileSync(join(fixtureReport, 'report.json'), 'utf8')) as { shortTitle: string }).shortTitle;
  expect(bundledTitle).not.toBe(fixtureTitle);
  expect(readFileSync(join(bundled.outDir, 'index.html'), 'utf8')).toContain(bundledTitle);
  expect(readFileSync(join(fixture.outDir, 'index.html'), 'utf8')).toContain(fixtureTitle);
  expect(readFileSync(join(fixture.outDir, 'index.html'), 'utf8')).not.toContain(bundledTitle);
  // Nothing was written into the project's own root by either build.
  expect(existsSync(join(projectRoot, '.astro/content-modules.mjs')) && readFileSync(join(projectRoot, '.astro/content-modules.mjs'), 'utf8').includes(fixtureReport)).toBe(false);
});
