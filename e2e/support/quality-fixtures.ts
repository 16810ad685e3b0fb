/**
 * Bad pages for the quality gates: each page in e2e/fixtures/bad-pages breaks one rule, so the gate
 * tests can show that every checker reports what it guards. They are served to the browser from a
 * fake origin by Playwright's router; nothing leaves the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { projectRoot } from './build.ts';

/** Origin the bad pages are served from. */
export const fixtureOrigin = 'http://fixtures.test';
/** Folder of the bad pages. */
export const badPagesDir = join(projectRoot, 'e2e/fixtures/bad-pages');

/** Libraries a bad page may load in full, as a careless page would. */
const vendor: Record<string, string> = {
  '/vendor/chart.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/vendor/fuse.js': 'node_modules/fuse.js/dist/fuse.min.mjs',
};

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A stylesheet of `rules` distinct rules with pseudo-random names, so gzip cannot shrink it much. */
export function heavyStylesheet(rules: number): string {
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const lines: string[] = [];
  for (let i = 0; i < rules; i += 1) {
    lines.push(`.r${next().toString(36)}{color:#${(next() % 0xffffff).toString(16).padStart(6, '0')};margin:${next() % 97}px ${next() % 89}px}`);
  }
  return lines.join('\n');
}

/** Path of a bad page's file, or undefined. */
function fixtureFile(path: string): string | undefined {
  if (vendor[path]) return join(projectRoot, vendor[path]);
  const file = join(badPagesDir, path.replace(/^\/+/, ''));
  return file.startsWith(badPagesDir) && existsSync(file) ? file : undefined;
}

/** Serve the bad pages (and /vendor/ libraries, /generated/heavy.css) at `fixtureOrigin` for this page. */
export async function serveBadPages(page: Page): Promise<void> {
  await page.route(`${fixtureOrigin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/generated/heavy.css') {
      await route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: heavyStylesheet(4000) });
      return;
    }
    const file = fixtureFile(path);
    if (!file) {
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      return;
    }
    await route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

/** URL of a bad page. */
export function badPage(name: string): string {
  return `${fixtureOrigin}/${name}`;
}
