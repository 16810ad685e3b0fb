import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { buildSite, fixtureReport, projectRoot } from '../support/build';

// One checkout, two reports built one after the other with the default cache: neither build may read
// the other's cached entries (they came back as "multiple entries with the same slug" naming both roots).
test('building two content roots one after the other prints no warning naming the other root', () => {
  test.setTimeout(240_000);
  const bundled = join(projectRoot, 'content');
  // The first build makes the private checkout; the next two build in it, as a person would.
  const first = buildSite(bundled, { SITE_URL: 'https://example.gov.vn', ASTRO_CACHE_DIR: '' });
  expect(first.status, first.output).toBe(0);
  const mini = buildSite(fixtureReport, { SITE_URL: 'https://example.gov.vn', ASTRO_CACHE_DIR: '' }, { root: first.root });
  expect(mini.status, mini.output).toBe(0);
  const again = buildSite(bundled, { SITE_URL: 'https://example.gov.vn', ASTRO_CACHE_DIR: '' }, { root: first.root });
  expect(again.status, again.output).toBe(0);
  for (const [build, other] of [[mini, bundled], [again, fixtureReport]] as const) {
    expect(build.output).not.toContain('multiple entries with the same slug');
    expect(build.output).not.toContain(other);
  }
});
