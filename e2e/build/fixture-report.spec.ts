import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureReport } from '../support/build';

/** Every file under a folder, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

test('another report builds by swapping the content root, and shows only its own facts', () => {
  const result = buildSite(fixtureReport);
  expect(result.status, result.output).toBe(0);

  const home = readFileSync(join(result.outDir, 'index.html'), 'utf8');
  expect(home).toContain('<title>Báo cáo thử nghiệm Sơn Thủy 2030</title>');
  expect(home).toContain('Kinh tế Sơn Thủy');
  expect(home).toContain('Nhiệm vụ quý II');

  const section = readFileSync(join(result.outDir, 'kinh-te-son-thuy/index.html'), 'utf8');
  expect(section).toContain('Nông nghiệp và du lịch');
  const tasks = readFileSync(join(result.outDir, 'nhiem-vu-quy-ii/index.html'), 'utf8');
  expect(tasks).toContain('Quảng bá du lịch mùa hè của tỉnh.');

  // Nothing of the bundled report leaks into another report's site: src/ knows no report facts.
  for (const file of files(result.outDir).filter((f) => /\.(html|js|css|json|xml|txt|csv)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    expect(text, file).not.toMatch(/Lạng Sơn|Lang Son|9 tháng/i);
  }
});
