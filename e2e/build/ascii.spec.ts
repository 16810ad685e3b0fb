import { expect, test } from '@playwright/test';
import { builtPages, pageHtml } from '../support/site';

test('every URL path and every id in dist/ is lowercase ASCII', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(5);
  for (const { path, file } of pages) {
    expect(path, file).toMatch(/^[a-z0-9/.-]*$/);
  }
  for (const { path } of pages) {
    const html = pageHtml(path);
    for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) {
      expect(id, `${path}: id="${id}"`).toMatch(/^[a-z0-9-]+$/);
    }
    for (const [, href] of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
      // Built assets carry hashes in mixed case; page links are lowercase.
      const pattern = href?.startsWith('/_astro/') ? /^[A-Za-z0-9/._-]+$/ : /^[a-z0-9/.#_-]*$/;
      expect(href, `${path}: "${href}"`).toMatch(pattern);
    }
  }
});
