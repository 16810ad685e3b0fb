/**
 * `npm run bench`: how long the site takes to build and how much it weighs, how Lighthouse scores
 * it, and how the build scales to a report ten times the size. Prints tables and writes
 * bench/results.json.
 *
 * Environment: BENCH_PORT (preview server for Lighthouse, default 4499), BENCH_RUNS (builds per
 * measurement, default 3), BENCH_SCALE (size factor of the scale run, default 10), BENCH_REPORTS (reports
 * of the many-report site build, default 12; `--reports` runs only that build and the search benchmark),
 * CHROME_PATH / CHROMIUM_PATH (browser, default /usr/bin/chromium), BENCH_SUITE=0 (skip timing `npm test`),
 * BENCH_ONLY=figures (print only the figures: coverage and the proposer's agreement, bundled and held-out; no builds).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildSite, projectRoot } from './lib/build-site.ts';
import { timeSuite } from './lib/time-suite.ts';
import { replicateContent } from './lib/scale-content.ts';
import { writeManyReports } from './lib/series-content.ts';
import { chromiumLaunch } from '../playwright.config.ts';
import { reportCoverage, agreementShares, agreementTable, formatAgreement, measureAgreement } from '../src/lib/figures/index.ts';
import { heldOutAgreement } from './lib/held-out.ts';
import { readContent } from './lib/report-content.ts';

const port = Number(process.env['BENCH_PORT'] ?? 4499);
const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const factor = Number(process.env['BENCH_SCALE'] ?? 10);
/** Reports of the many-report site build. */
const reportCount = Number(process.env['BENCH_REPORTS'] ?? 12);
const siteUrl = `http://localhost:${port}`;
const contentDir = resolve(projectRoot, process.env['REPORT_CONTENT_DIR'] ?? 'content');
const chromePath = process.env['CHROME_PATH'] ?? chromiumLaunch.executablePath;
process.env['CHROME_PATH'] = chromePath;

/** Pages Lighthouse scores: home, a chart page, an entry page, the full text, a task page and the search page. */
const lighthousePages = [
  { name: 'home', path: '/' },
  { name: 'chart page', path: '/kinh-te/kinh-te-cua-khau/' },
  { name: 'entry page', path: '/kho-khan-han-che/nguyen-nhan/' },
  { name: 'full text', path: '/toan-van/' },
  { name: 'task page', path: '/nhiem-vu-quy-iv/1/' },
  { name: 'search page', path: '/tim-kiem/' },
];

/** Raw and gzip (level 9) byte counts. */
interface Size {
  raw: number;
  gzip: number;
}

const gzip = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
const sizeOf = (data: Buffer | string): Size => ({ raw: Buffer.byteLength(data), gzip: gzip(data) });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = (): Size => ({ raw: 0, gzip: 0 });
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Every file under a folder, relative path with "/". */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** Build `content` `runs` times into fresh folders; returns the seconds of each and the last output folder. */
function timedBuilds(content: string, label: string): { seconds: number[]; outDir: string } {
  const seconds: number[] = [];
  let outDir = '';
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = buildSite(content, { SITE_URL: siteUrl });
    const elapsed = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${label}: build failed\n${result.output}`);
    seconds.push(round(elapsed));
    if (outDir) rmSync(dirname(outDir), { recursive: true, force: true });
    outDir = result.outDir;
    console.error(`${label}: build ${i + 1}/${runs} in ${elapsed.toFixed(2)} s`);
    // Content over its size budget builds with a warning (lib/checks/budgets.ts); show it once per report.
    if (i === 0) for (const line of result.output.split('\n')) if (/^warning: /u.test(line)) console.error(`${label}: ${line}`);
  }
  return { seconds, outDir };
}

/** Attributes of one start tag's attribute text. */
function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** HTML, CSS and JS one page ships: its HTML, linked and inline styles, scripts and module preloads. */
function pageWeight(dist: string, file: string, cache: Map<string, Size>): { html: Size; css: Size; js: Size } {
  const html = readFileSync(join(dist, file), 'utf8');
  const asset = (href: string): Size => {
    const path = decodeURIComponent(new URL(href, `http://x/${file}`).pathname);
    const cached = cache.get(path);
    if (cached) return cached;
    const target = join(dist, path);
    const size = existsSync(target) ? sizeOf(readFileSync(target)) : zero();
    cache.set(path, size);
    return size;
  };
  let css = zero();
  let js = zero();
  for (const m of html.matchAll(/<(script|link|style)\b([^>]*)>([\s\S]*?<\/\1>)?/gi)) {
    const tag = (m[1] ?? '').toLowerCase();
    const attrs = attributes(m[2] ?? '');
    const inner = (m[3] ?? '').replace(/<\/(script|style)>$/i, '');
    if (tag === 'link') {
      const rel = attrs.get('rel') ?? '';
      if (rel === 'stylesheet' && attrs.get('href')) css = add(css, asset(attrs.get('href') ?? ''));
      if (rel === 'modulepreload' && attrs.get('href')) js = add(js, asset(attrs.get('href') ?? ''));
    } else if (tag === 'style') {
      css = add(css, sizeOf(inner));
    } else if (attrs.get('src')) {
      js = add(js, asset(attrs.get('src') ?? ''));
    } else if (/^(|module|text\/javascript)$/.test(attrs.get('type') ?? '') && inner.trim()) {
      js = add(js, sizeOf(inner));
    }
  }
  return { html: sizeOf(html), css, js };
}

/** Totals by file type, the heaviest page for each, and the search index size. */
function weigh(dist: string) {
  const files = filesUnder(dist);
  const pages = files.filter((f) => f.endsWith('.html'));
  const totals = { html: zero(), css: zero(), js: zero() };
  for (const f of files) {
    const ext = f.split('.').pop() as string;
    if (ext === 'html' || ext === 'css' || ext === 'js') totals[ext] = add(totals[ext], sizeOf(readFileSync(join(dist, f))));
  }
  const cache = new Map<string, Size>();
  const weights = pages.map((file) => ({ path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, ...pageWeight(dist, file, cache) }));
  const worst = (key: 'html' | 'css' | 'js') => {
    const top = weights.reduce((a, b) => (b[key].gzip > a[key].gzip ? b : a));
    return { path: top.path, ...top[key] };
  };
  const indexFiles = files.filter((f) => /^search\/.*\.json$/.test(f));
  const index = indexFiles.reduce((s, f) => add(s, sizeOf(readFileSync(join(dist, f)))), zero());
  return {
    pages: pages.length,
    totals,
    worstPage: { html: worst('html'), css: worst('css'), js: worst('js') },
    searchIndex: { files: indexFiles, ...index },
  };
}

/** Run `npm run bench:search` on the built folder when the project has it; returns bench/search-results.json. */
function searchFigures(outDir: string): unknown {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const resultsFile = join(projectRoot, 'bench/search-results.json');
  if (!pkg.scripts?.['bench:search']) {
    console.error('search: no bench:search script; skipped');
    return null;
  }
  console.error('search: npm run bench:search');
  const result = spawnSync('npm', ['run', '--silent', 'bench:search'], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_OUT_DIR: outDir },
    stdio: ['ignore', 2, 'inherit'],
  });
  if (result.status !== 0) console.error(`search: bench:search exited with ${result.status}`);
  return existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as unknown) : null;
}

/** Serve a built folder with `astro preview` on the bench port; resolves when it answers. */
async function preview(outDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--ignore-lock'], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_OUT_DIR: outDir, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      const response = await fetch(`${siteUrl}/`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${siteUrl}`);
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse (mobile, its defaults) on each page; scores 0–100 and the audits that cost points. */
async function lighthouseScores(outDir: string) {
  const server = await preview(outDir);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumLaunch.args, logLevel: 'silent' });
  try {
    const scores = [];
    for (const { name, path } of lighthousePages) {
      console.error(`lighthouse: ${path}`);
      const result = await lighthouse(`${siteUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      scores.push({
        page: name,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        metrics: {
          firstContentfulPaintMs: round(lhr.audits['first-contentful-paint']?.numericValue ?? 0, 0),
          largestContentfulPaintMs: round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0, 0),
          totalBlockingTimeMs: round(lhr.audits['total-blocking-time']?.numericValue ?? 0, 0),
          cumulativeLayoutShift: round(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0, 3),
        },
        failing,
        ...(lhr.runtimeError ? { runtimeError: lhr.runtimeError.message } : {}),
      });
    }
    return scores;
  } finally {
    chrome.kill();
    server.kill();
  }
}

/** A Markdown table. */
function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The search benchmark's figures (bench/search-results.json) as a table: first-query bytes and latency for 1 and 12 reports. */
function searchTable(search: unknown): string {
  type Run = Record<string, number | undefined>;
  const s = search as { reports1?: Run; reports12?: Run & { allReports?: Run }; recallAt5?: number; targets?: Run };
  if (!s.reports1 || !s.reports12) return JSON.stringify(search, null, 2);
  const one = s.reports1;
  const many = s.reports12;
  const all = many.allReports ?? {};
  const cell = (v: number | undefined, unit = '') => (v === undefined ? '–' : `${v}${unit}`);
  return table(
    ['Figure', '1 report', `${many['reports'] ?? 12} reports, default filter`, `${many['reports'] ?? 12} reports, all`, 'Target'],
    [
      ['First query, gzip, median / max', `${cell(one['firstQueryMedianKB'])} / ${cell(one['firstQueryMaxKB'], ' KB')}`, `${cell(many['firstQueryMedianKB'])} / ${cell(many['firstQueryMaxKB'], ' KB')}`, `${cell(all['firstQueryMedianKB'])} / ${cell(all['firstQueryMaxKB'], ' KB')}`, `≤ ${cell(s.targets?.['firstQueryGzipKB'], ' KB')}`],
      ['First query, p50 / p95', `${cell(one['p50Ms'])} / ${cell(one['p95Ms'], ' ms')}`, `${cell(many['p50Ms'])} / ${cell(many['p95Ms'], ' ms')}`, `${cell(all['p50Ms'])} / ${cell(all['p95Ms'], ' ms')}`, `≤ ${cell(s.targets?.['p95Ms'], ' ms')}`],
      ['Manifest, gzip', cell(one['manifestGzipKB'], ' KB'), cell(many['manifestGzipKB'], ' KB'), '', ''],
      ['Index build', cell(one['ms'], ' ms'), cell(many['ms'], ' ms'), '', ''],
      ['Index total, raw / gzip', `${cell(one['rawKB'])} / ${cell(one['gzipKB'], ' KB')} (${cell(one['files'])} files)`, `${cell(many['rawKB'])} / ${cell(many['gzipKB'], ' KB')} (${cell(many['files'])} files)`, '', ''],
      ['Recall@5 (engine)', cell(s.recallAt5), '', '', `≥ ${cell(s.targets?.['recallAt5'])}`],
    ],
  );
}

/**
 * A site of `count` copies of the report (scripts/lib/series-content.ts), built once: its build time,
 * pages, and total bytes (every file; HTML, CSS and JS also gzip). Its output folder is removed after.
 */
function manyReportsFigures(count: number): { reports: number; seconds: number; pages: number; files: number; totalRaw: number; html: Size; css: Size; js: Size; searchIndex: Size } {
  const content = writeManyReports(contentDir, join(mkdtempSync(join(tmpdir(), 'report-many-')), 'content'), count);
  const start = performance.now();
  const result = buildSite(content, { SITE_URL: siteUrl });
  const seconds = round((performance.now() - start) / 1000);
  if (result.status !== 0) throw new Error(`${count} reports: build failed\n${result.output}`);
  console.error(`${count} reports: built in ${seconds} s`);
  const w = weigh(result.outDir);
  const totalRaw = filesUnder(result.outDir).reduce((n, f) => n + statSync(join(result.outDir, f)).size, 0);
  const figures = { reports: count, seconds, pages: w.pages, files: filesUnder(result.outDir).length, totalRaw, html: w.totals.html, css: w.totals.css, js: w.totals.js, searchIndex: { raw: w.searchIndex.raw, gzip: w.searchIndex.gzip } };
  rmSync(dirname(result.outDir), { recursive: true, force: true });
  rmSync(dirname(content), { recursive: true, force: true });
  return figures;
}

/** The held-out target: agreement on value, unit, period, plan and change, in percent. */
const heldOutTarget = 90;

/**
 * Printed figures of the report: coverage by typed indicators and waivers, and the proposer's agreement
 * with the typed indicators — on the bundled report (which its rules were tuned on) and, apart, on the
 * held-out reports (scripts/fixtures/held-out/, which they were not), per field.
 */
function figureFigures() {
  const entries = readContent(contentDir);
  const coverage = reportCoverage(entries);
  const agreement = measureAgreement(entries.map((e) => ({ text: e.text, indicators: e.indicators })));
  const heldOut = heldOutAgreement();
  const heldOutShares = agreementShares(heldOut);
  return {
    total: coverage.total,
    typed: coverage.typed,
    waived: coverage.waived,
    untyped: coverage.untyped,
    typedShare: round(coverage.share * 100, 1),
    agreement: formatAgreement(agreement),
    agreementByField: { ...agreementShares(agreement), indicators: agreement.total },
    heldOutAgreement: { ...heldOutShares, indicators: heldOut.total, target: heldOutTarget, met: (['value', 'unit', 'period', 'plan', 'change'] as const).every((k) => heldOutShares[k] >= heldOutTarget) },
    agreementTable: agreementTable([{ name: 'Bundled report (tuned on)', agreement }, { name: 'Held-out reports', agreement: heldOut, target: heldOutTarget }]),
  };
}

/** The figures section of the bench's output. */
function figuresSection(f: ReturnType<typeof figureFigures>): string {
  return [
    `Figures (npm run figures): ${f.total} printed, ${f.typed} typed (${f.typedShare}%), ${f.waived} waived, ${f.untyped} untyped.`,
    '',
    `Proposer agreement with the hand-typed indicators, per field (target on the held-out reports: ≥ ${heldOutTarget} % on value, unit, period, plan, change — ${f.heldOutAgreement.met ? 'met' : 'NOT met'})`,
    '',
    f.agreementTable,
  ].join('\n');
}

/** A table of the many-report build. */
function manyReportsTable(m: ReturnType<typeof manyReportsFigures>): string {
  return table(
    ['Measure', 'Value'],
    [
      ['Build (once)', `${m.seconds.toFixed(2)} s`],
      ['Pages, files', `${m.pages}, ${m.files}`],
      ['Total bytes, every file', kb(m.totalRaw)],
      ['HTML / CSS / JS, gzip', `${kb(m.html.gzip)} / ${kb(m.css.gzip)} / ${kb(m.js.gzip)}`],
      ['Search index (search/), raw / gzip', `${kb(m.searchIndex.raw)} / ${kb(m.searchIndex.gzip)}`],
    ],
  );
}

/** `npm run bench -- --reports`: only the many-report site build and the search benchmark of the last build. */
function reportsOnly(): void {
  const many = manyReportsFigures(reportCount);
  const search = searchFigures(resolve(projectRoot, process.env['ASTRO_OUT_DIR'] ?? 'dist'));
  console.log(`\nA site of ${reportCount} reports (copies of the report, reports/bao-cao-NN/)\n\n${manyReportsTable(many)}`);
  if (search) console.log(`\nSearch (npm run bench:search → bench/search-results.json)\n\n${searchTable(search)}`);
}

async function main(): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const base = timedBuilds(contentDir, '1×');
  const weight = weigh(base.outDir);
  const search = searchFigures(base.outDir);
  const lighthouseResults = await lighthouseScores(base.outDir);

  // The suite runs alone, before the other measurements start their own servers and builds.
  const suite = process.env['BENCH_SUITE'] === '0' ? undefined : timeSuite(projectRoot);

  const scaleContent = join(mkdtempSync(join(tmpdir(), 'report-scale-')), 'content');
  const entries = replicateContent(contentDir, scaleContent, factor);
  const scaled = timedBuilds(scaleContent, `${factor}×`);
  const scaledWeight = weigh(scaled.outDir);
  const many = manyReportsFigures(reportCount);
  const baseMedian = median(base.seconds);
  const scaledMedian = median(scaled.seconds);

  const figures = figureFigures();
  const results = {
    date,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
    build: { runs: base.seconds, medianSeconds: round(baseMedian) },
    pages: weight.pages,
    bytes: { total: weight.totals, worstPage: weight.worstPage },
    searchIndex: weight.searchIndex,
    search,
    figures,
    lighthouse: { formFactor: 'mobile', pages: lighthouseResults },
    scale: {
      factor,
      entries,
      pages: scaledWeight.pages,
      build: { runs: scaled.seconds, medianSeconds: round(scaledMedian) },
      timeRatio: round(scaledMedian / baseMedian),
      searchIndex: scaledWeight.searchIndex,
      indexRatio: weight.searchIndex.raw > 0 ? round(scaledWeight.searchIndex.raw / weight.searchIndex.raw) : null,
    },
    manyReports: many,
    ...(suite ? { suite } : {}),
    targets: {
      lighthouseAll100: lighthouseResults.every((s) => s.performance === 100 && s.accessibility === 100 && s.bestPractices === 100 && s.seo === 100),
      scaleBuildWithinFactor: scaledMedian <= factor * baseMedian,
      heldOutAgreement: figures.heldOutAgreement.met,
    },
  };
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  rmSync(dirname(base.outDir), { recursive: true, force: true });
  rmSync(dirname(scaled.outDir), { recursive: true, force: true });
  rmSync(dirname(scaleContent), { recursive: true, force: true });

  const t = weight.totals;
  const w = weight.worstPage;
  console.log(`\nBenchmarks, ${date} (${results.machine.cpus} × ${results.machine.model}, Node ${process.version})\n`);
  console.log(
    table(
      ['Measure', 'Value'],
      [
        ['Build, median of ' + runs, `${baseMedian.toFixed(2)} s (${base.seconds.join(', ')})`],
        ['Pages', weight.pages],
        ['HTML total', `${kb(t.html.raw)} (${kb(t.html.gzip)} gzip)`],
        ['CSS total', `${kb(t.css.raw)} (${kb(t.css.gzip)} gzip)`],
        ['JS total', `${kb(t.js.raw)} (${kb(t.js.gzip)} gzip)`],
        ['Heaviest HTML', `${w.html.path}: ${kb(w.html.raw)} (${kb(w.html.gzip)} gzip)`],
        ['Heaviest CSS per page', `${w.css.path}: ${kb(w.css.raw)} (${kb(w.css.gzip)} gzip)`],
        ['Heaviest JS per page (in its HTML)', `${w.js.path}: ${kb(w.js.raw)} (${kb(w.js.gzip)} gzip)`],
        ['Search index', `${kb(weight.searchIndex.raw)} (${kb(weight.searchIndex.gzip)} gzip)`],
        [`${factor}× report: build, median of ${runs}`, `${scaledMedian.toFixed(2)} s (${scaled.seconds.join(', ')}), ${results.scale.timeRatio}× the 1× build`],
        [`${factor}× report: pages, entries`, `${scaledWeight.pages}, ${entries}`],
        [`${factor}× report: search index`, `${kb(scaledWeight.searchIndex.raw)} (${kb(scaledWeight.searchIndex.gzip)} gzip), ${results.scale.indexRatio ?? '–'}× the 1× index`],
      ],
    ),
  );
  console.log('\nLighthouse 13, mobile\n');
  console.log(
    table(
      ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Audits below 100'],
      lighthouseResults.map((s) => [`${s.page} (${s.path})`, s.performance, s.accessibility, s.bestPractices, s.seo, s.failing.join(', ') || '–']),
    ),
  );
  console.log(`\n${figuresSection(results.figures)}`);
  console.log(`\nA site of ${reportCount} reports (copies of the report, reports/bao-cao-NN/)\n\n${manyReportsTable(many)}`);
  if (search) console.log(`\nSearch (npm run bench:search → bench/search-results.json)\n\n${searchTable(search)}`);
  if (suite) {
    console.log('\nTest suite (npm test), step by step\n');
    console.log(table(['Step', 'Seconds', 'Status'], [...suite.steps.map((s) => [s.command, s.seconds, s.status === 0 ? 'passed' : `failed (${s.status})`]), ['total', suite.totalSeconds, suite.passed ? 'passed' : 'FAILED']]));
  }
  console.log(`\nTargets: Lighthouse 100 everywhere: ${results.targets.lighthouseAll100 ? 'met' : 'NOT met'}; ${factor}× build ≤ ${factor}× time: ${results.targets.scaleBuildWithinFactor ? 'met' : 'NOT met'}${suite ? `; npm test under 7 minutes: ${suite.totalSeconds < 420 ? 'met' : 'NOT met'} (${(suite.totalSeconds / 60).toFixed(1)} min)` : ''}.`);
  console.log('Written: bench/results.json');
}

if (process.env['BENCH_ONLY'] === 'figures') console.log(figuresSection(figureFigures()));
else if (process.argv.includes('--reports')) reportsOnly();
else await main();
