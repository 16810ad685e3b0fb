/**
 * Where the report's content lives. `REPORT_CONTENT_DIR` points the build at another report
 * (relative to the project root, or absolute); the default is the bundled `content/`.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export const contentRoot: string = process.env['REPORT_CONTENT_DIR'] || 'content';

/**
 * Astro's cache folder for one content root: `node_modules/.astro/content-<hash of its absolute path>`,
 * so builds of two reports from one checkout never share cached entries.
 */
export function contentCacheDir(root: string): string {
  const hash = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return `./node_modules/.astro/content-${hash}`;
}
