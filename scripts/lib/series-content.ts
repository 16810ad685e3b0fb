/**
 * The two-report content root the tests and `npm run build:series` build: the bundled 9-month report,
 * copied into `reports/2021-9-thang/`, beside the 6-month fixture written for the tests
 * (`e2e/fixtures/series/reports/2021-6-thang/`, which says so in its title block). The copy's budget
 * entry follows up the fixture's task 1, so the site has a follow-up linked both ways.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Id of the 6-month fixture report. */
export const SERIES_EARLIER = '2021-6-thang';
/** Id the bundled 9-month report gets in the two-report root. */
export const SERIES_LATER = '2021-9-thang';
/** The entry of the 9-month copy that follows up task 1 of the 6-month report. */
export const SERIES_FOLLOWING = 'economy/ngan-sach.mdx';

/**
 * Write the two-report content root into `root` (replacing what is there) and return it; `edit` may
 * change the 9-month copy's files (its folder is passed) before anything builds it.
 */
export function writeSeriesContent(root: string, edit: (later: string) => void = () => {}): string {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(projectRoot, 'e2e/fixtures/series/reports', SERIES_EARLIER), join(root, 'reports', SERIES_EARLIER), { recursive: true });
  const later = join(root, 'reports', SERIES_LATER);
  cpSync(join(projectRoot, 'content'), later, { recursive: true });
  const file = join(later, SERIES_FOLLOWING);
  const source = readFileSync(file, 'utf8');
  const followed = source.replace(/^relatedTasks: (.*)$/mu, `relatedTasks: $1\nfollowsUp: "${SERIES_EARLIER}/1"`);
  if (followed === source) throw new Error(`${file}: no relatedTasks line to put followsUp after; the two-report root needs one`);
  writeFileSync(file, followed);
  edit(later);
  return root;
}

/** A fresh temporary two-report content root (for a test that edits it). */
export function seriesContentRoot(edit?: (later: string) => void): string {
  return writeSeriesContent(join(mkdtempSync(join(tmpdir(), 'report-series-')), 'content'), edit);
}

/**
 * Where `npm run build:series` writes the two-report root: a fixed folder per checkout (outside the
 * project, so neither Vite nor `astro check` reads it), so its Astro cache is reused between runs.
 */
export const seriesContentDir = join(tmpdir(), `report-series-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`, 'content');

/**
 * A content root of `count` copies of one report (`reports/bao-cao-01/` …), for the bench's many-report
 * build: each copy under its own id, the first as it is and each later one a month newer, so the site
 * home has an order. Returns the root.
 */
export function writeManyReports(from: string, root: string, count: number): string {
  rmSync(root, { recursive: true, force: true });
  for (let n = 1; n <= count; n += 1) {
    const dir = join(root, 'reports', `bao-cao-${String(n).padStart(2, '0')}`);
    cpSync(from, dir, { recursive: true });
    const file = join(dir, 'report.json');
    const report = JSON.parse(readFileSync(file, 'utf8')) as { date: string; shortTitle: string };
    const [year, month = '01'] = report.date.split('-');
    const months = Number(year) * 12 + Number(month) - 1 + (n - 1);
    report.date = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    report.shortTitle = `${report.shortTitle} (bản ${n})`;
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  }
  return root;
}
