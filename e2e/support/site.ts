/** The built site in dist/: its pages and their URL paths. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { projectRoot } from './build';
import { fixtureDist, fixturePort, seriesDist, seriesPort } from '../../playwright.config';

export const distDir = resolve(projectRoot, process.env['ASTRO_OUT_DIR'] ?? 'dist');

/** The table fixture report's build (`npm run build:fixture`), served beside the bundled one. */
export const fixtureDistDir = resolve(projectRoot, fixtureDist);

/** Origin of the table fixture's preview server. */
export const fixtureOrigin = `http://localhost:${fixturePort}`;

/** The two-report build (`npm run build:series`), served beside the bundled one. */
export const seriesDistDir = resolve(projectRoot, seriesDist);

/** Origin of the two-report build's preview server. */
export const seriesOrigin = `http://localhost:${seriesPort}`;

/**
 * The pages of the two-report build the browser gates visit: the site's own pages, every page of the
 * earlier report, and the pages of the later report (the bundled one, whose single-report pages the
 * gates visit already) that a series adds to: its home, and pages with "Qua các kỳ báo cáo" or a follow-up.
 */
export function seriesGatePages(later = '/2021-9-thang/'): { path: string; file: string }[] {
  return builtPages(seriesDistDir).filter(
    ({ path, file }) => !path.startsWith(later) || path === later || /Qua các kỳ báo cáo|aria-labelledby="ky-(?:truoc|sau)"/u.test(readFileSync(file, 'utf8')),
  );
}

/** Every HTML file of a build (dist/ by default), as [url path, file]. 404.html is served at an unknown path instead. */
export function builtPages(dir: string = distDir): { path: string; file: string }[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build it first (npm test does: astro build, npm run build:fixture, npm run build:series)`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .map((file) => {
      const rel = relative(dir, file).split(sep).join('/');
      const path = rel === '404.html' ? '/404/' : `/${rel.replace(/index\.html$/, '')}`;
      return { path, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The HTML of a built page. */
export function pageHtml(path: string): string {
  const page = builtPages().find((p) => p.path === path);
  if (!page) throw new Error(`no built page at ${path}`);
  return readFileSync(page.file, 'utf8');
}
