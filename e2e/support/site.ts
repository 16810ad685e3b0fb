/** The built site in dist/: its pages and their URL paths. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { projectRoot } from './build';

export const distDir = resolve(projectRoot, process.env['ASTRO_OUT_DIR'] ?? 'dist');

/** Every HTML file in dist/, as [url path, file]. 404.html is served at an unknown path instead. */
export function builtPages(): { path: string; file: string }[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
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
