/**
 * Build a content root into a fresh folder, in a root of its own, so that any number of builds can run
 * at once. Astro keeps per-project state in `<root>/.astro/` (generated types, content modules) and in
 * its cache directory; two builds sharing one root overwrite each other's content modules and crash
 * (`UnknownContentCollectionError`). Each build here gets a private copy of the project's sources with
 * `node_modules` linked, its own `.astro/`, cache and output folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** What a build root needs besides `node_modules` (linked, not copied). */
const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];

export interface BuildResult {
  /** Exit status of `astro build` (0 on success). */
  status: number | null;
  /** Everything the build printed, stdout then stderr. */
  output: string;
  /** Folder the site was written to. */
  outDir: string;
  /** The private project root it was built in (pass it as `root` to build again in the same checkout). */
  root: string;
}

interface PreparedBuild {
  command: string;
  work: string;
  root: string;
  outDir: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Build options: `root` builds again in the private root of an earlier build (one checkout, two builds);
 * `args` go after `astro build` (e.g. `--publish`).
 */
export interface BuildOptions {
  root?: string;
  args?: string[];
  /** Build through `npm run build`, as a person does (npm sets npm_lifecycle_event), instead of `astro build`. */
  viaNpm?: boolean;
}

/** Make a private build root (or reuse `options.root`) and the command that builds `contentDir` in it. */
function prepareBuild(contentDir: string, env: Record<string, string>, options: BuildOptions = {}): PreparedBuild {
  const args = options.args ?? [];
  const work = mkdtempSync(join(tmpdir(), 'report-build-'));
  const root = options.root ?? join(work, 'root');
  if (!options.root) {
    for (const name of PROJECT_FILES) {
      const from = join(projectRoot, name);
      if (existsSync(from)) cpSync(from, join(root, name), { recursive: true });
    }
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    // node_modules is linked package by package, so a build's default cache (node_modules/.astro) stays its own.
    for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
      if (name !== '.astro') symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
    }
  }
  const outDir = join(work, 'dist');
  return {
    work,
    root,
    outDir,
    command: options.viaNpm ? 'npm' : process.execPath,
    args: options.viaNpm ? ['run', 'build', '--', ...args] : [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args],
    env: {
      ...process.env,
      REPORT_CONTENT_DIR: resolve(projectRoot, contentDir),
      ASTRO_OUT_DIR: outDir,
      ...(options.root ? {} : { ASTRO_CACHE_DIR: join(work, 'cache') }),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
  };
}

/** Run `astro build [args]` of `contentDir` (absolute, or relative to the project) in a private root; blocks. */
export function buildSite(contentDir: string, env: Record<string, string> = {}, options: BuildOptions = {}): BuildResult {
  const build = prepareBuild(contentDir, env, options);
  const result = spawnSync(build.command, build.args, { cwd: build.root, encoding: 'utf8', env: build.env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: build.outDir, root: build.root };
}

/** The same build without blocking the caller, so several can run side by side. */
export function buildSiteAsync(contentDir: string, env: Record<string, string> = {}, options: BuildOptions = {}): Promise<BuildResult> {
  const build = prepareBuild(contentDir, env, options);
  return new Promise((done, fail) => {
    const child = spawn(build.command, build.args, { cwd: build.root, env: build.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output, outDir: build.outDir, root: build.root }));
  });
}

/** Copy a content root to a temporary folder so a test can break it. */
export function copyContent(from: string): string {
  const to = join(mkdtempSync(join(tmpdir(), 'report-content-')), 'content');
  cpSync(from, to, { recursive: true });
  return to;
}
