import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteAsync, fixtureReport } from '../support/build';

const WARNING = 'SITE_URL is not set: canonical URLs, citations, copied links, the sitemap and data downloads will carry http://localhost:4321.';

const html = (outDir: string, path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const meta = (page: string, name: string) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(page)?.[1];
const citationText = (page: string) => /<p class="citation__text">([^<]*)<\/p>/.exec(page)?.[1];

test.describe('SITE_URL and BASE_PATH', () => {
  test.describe.configure({ timeout: 180_000 });

  test('without SITE_URL the build warns once, still succeeds, and every address carries the one default origin', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: '', BASE_PATH: '' });
    expect(result.status, result.output).toBe(0);
    expect(result.output.split(WARNING).length - 1, result.output).toBe(1);
    expect(result.output).toMatch(/\[WARN\] \[site-url\] SITE_URL is not set/);

    const page = html(result.outDir, 'toan-van');
    expect(page).toContain('<link rel="canonical" href="http://localhost:4321/toan-van/">');
    // The fixture report has a real number: citations keep it, with the issue date.
    expect(citationText(page)).toBe('Ủy ban nhân dân tỉnh Sơn Thủy (4/2030). Báo cáo “Tình hình quý I năm 2030 tỉnh Sơn Thủy; nhiệm vụ quý II”, Số: 12/BC-UBND. http://localhost:4321/toan-van/.');
    expect(meta(page, 'citation_date')).toBe('2030/04');
    expect(meta(page, 'citation_publication_date')).toBe('2030/04');
    expect(meta(page, 'citation_technical_report_number')).toBe('Số: 12/BC-UBND');
  });

  test('with SITE_URL the build does not warn and addresses carry it', async () => {
    const result = await buildSiteAsync(fixtureReport, { SITE_URL: 'https://example.gov.vn/', BASE_PATH: '/bao-cao/' });
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('SITE_URL is not set');
    const page = html(result.outDir, 'toan-van');
    expect(page).toContain('<link rel="canonical" href="https://example.gov.vn/bao-cao/toan-van/">');
    expect(citationText(page)).toContain(' https://example.gov.vn/bao-cao/toan-van/.');
  });

  for (const [env, message] of [
    [{ SITE_URL: 'https://example.gov.vn/bao-cao' }, 'SITE_URL "https://example.gov.vn/bao-cao" has a path ("/bao-cao"). Write the origin in SITE_URL and the path in BASE_PATH: SITE_URL=https://example.gov.vn BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: 'bao-cao' }, 'BASE_PATH "bao-cao" needs a slash at both ends (and no double slashes). Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'example.gov.vn' }, 'SITE_URL "example.gov.vn" is not an absolute address. Write the site\'s origin with its scheme, e.g. SITE_URL=https://example.gov.vn'],
  ] as const) {
    test(`${JSON.stringify(env)} fails the build saying what to write`, async () => {
      const result = await buildSiteAsync(fixtureReport, { BASE_PATH: '', ...env });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(message);
    });
  }
});
