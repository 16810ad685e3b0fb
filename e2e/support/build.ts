/** Build the site from another content root into a temporary folder, as a reader of another report would. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixtureReport = join(projectRoot, 'e2e/fixtures/mini-report');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Run `astro build` with `contentDir` as the content root; returns exit status and all output. */
export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'report-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      REPORT_CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** Copy a content root to a temporary folder so a test can break it. */
export function copyContent(from: string): string {
  const to = join(mkdtempSync(join(tmpdir(), 'report-content-')), 'content');
  cpSync(from, to, { recursive: true });
  return to;
}
