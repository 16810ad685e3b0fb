import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, distDir, seriesDistDir } from '../support/site';
import { checkLinks } from '../support/quality-links';

test('every internal link, resource and #anchor on every built page resolves', async () => {
  const pages = builtPages();
  const broken = await checkLinks(distDir, pages.map((p) => p.file), process.env['SITE_URL']);
  expect(broken.map((b) => `${b.page} → ${b.target}: ${b.reason}`)).toEqual([]);
});

test('every internal link, resource and #anchor of the two-report build resolves (each report\'s links to the other\'s paragraphs included)', async () => {
  const pages = builtPages(seriesDistDir);
  const broken = await checkLinks(seriesDistDir, pages.map((p) => p.file), process.env['SITE_URL']);
  expect(broken.map((b) => `${b.page} → ${b.target}: ${b.reason}`)).toEqual([]);
});

for (const unknown of ['/khong-co-trang-nay/', '/kinh-te/khong-co-muc-nay/', '/tai-lieu.pdf']) {
  test(`the server answers ${unknown} with status 404 and the site's 404 page`, async ({ request }) => {
    const response = await request.get(unknown);
    expect(response.status()).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
  });
}
