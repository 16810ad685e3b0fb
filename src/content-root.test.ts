import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMultiReport, reportRoots } from './content-root.ts';

/** A content root with these files (each empty JSON). */
function root(files: string[], dirs: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-root-'));
  for (const d of dirs) mkdirSync(join(dir, d), { recursive: true });
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }
  return dir;
}

describe('reportRoots', () => {
  it('reads a root with report.json as one report at the site root', () => {
    const dir = root(['report.json']);
    expect(reportRoots(dir)).toEqual([{ id: '', dir }]);
    expect(isMultiReport(dir)).toBe(false);
  });

  it('reads reports/<id>/ as several reports, by id', () => {
    const dir = root(['reports/2021-9-thang/report.json', 'reports/2021-6-thang/report.json']);
    expect(reportRoots(dir)).toEqual([
      { id: '2021-6-thang', dir: join(dir, 'reports/2021-6-thang') },
      { id: '2021-9-thang', dir: join(dir, 'reports/2021-9-thang') },
    ]);
    expect(isMultiReport(dir)).toBe(true);
  });

  it.each<[string, string[], string[], RegExp]>([
    ['both layouts at once', ['report.json', 'reports/a/report.json'], [], /report\.json: a content root holds one report .* or several .*, not both/],
    ['a report folder without report.json', ['reports/a/report.json'], ['reports/b'], /reports\/b: has no report\.json/],
    ['a folder name that cannot be an address', ['reports/Bao Cao/report.json'], [], /reports\/Bao Cao: a report folder's name is the first part of its addresses/],
    ['an empty reports folder', [], ['reports'], /reports: holds no report folder/],
  ])('refuses %s, naming the folder', (_, files, dirs, message) => {
    expect(() => reportRoots(root(files, dirs))).toThrow(message);
  });
});
