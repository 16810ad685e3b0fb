/**
 * Where the report's content lives. `REPORT_CONTENT_DIR` points the build at another report
 * (relative to the project root, or absolute); the default is the bundled `content/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const contentRoot: string = process.env['REPORT_CONTENT_DIR'] || 'content';

/**
 * Astro's cache folder for one content root: `node_modules/.astro/content-<hash of its absolute path>`,
 * so builds of two reports from one checkout never share cached entries.
 */
export function contentCacheDir(root: string): string {
  const hash = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return `./node_modules/.astro/content-${hash}`;
}

/** One report of a content root: its id ('' for a root that is one report) and its folder. */
export interface ReportRoot {
  /** Folder name under `reports/` ("2021-9-thang"); '' when the content root is itself the report. */
  id: string;
  /** Its folder: the content root itself, or `<root>/reports/<id>`. */
  dir: string;
}

/** A report id: lower-case ASCII words joined by dashes, the first segment of its pages' paths. */
const REPORT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * The reports of a content root. A root with `report.json` is one report (published at the site root,
 * today's layout); a root with a `reports/` folder instead holds several, one folder each with its own
 * `report.json`, published under `/<id>/`. Throws, naming the folder, when both or a bad id are found.
 */
export function reportRoots(root: string): ReportRoot[] {
  const many = join(root, 'reports');
  if (existsSync(join(root, 'report.json'))) {
    if (existsSync(many)) throw new Error(`${join(root, 'report.json')}: a content root holds one report (report.json at its root) or several (reports/<id>/report.json), not both; move it into ${many}/<id>/`);
    return [{ id: '', dir: root }];
  }
  if (!existsSync(many) || !statSync(many).isDirectory()) return [{ id: '', dir: root }];
  const ids = readdirSync(many, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const id of ids) {
    if (!REPORT_ID.test(id)) throw new Error(`${join(many, id)}: a report folder's name is the first part of its addresses; use lower-case letters, digits and dashes, e.g. 2021-9-thang`);
    if (!existsSync(join(many, id, 'report.json'))) throw new Error(`${join(many, id)}: has no report.json (every folder under reports/ is one report)`);
  }
  if (ids.length === 0) throw new Error(`${many}: holds no report folder (reports/<id>/report.json)`);
  return ids.map((id) => ({ id, dir: join(many, id) }));
}

/** Whether the content root holds several reports (`reports/<id>/`). */
export function isMultiReport(root: string): boolean {
  return reportRoots(root).some((r) => r.id !== '');
}
