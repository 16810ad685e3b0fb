/**
 * `npm run shots`: screenshots of the last build, to look at before calling a change done. Builds
 * nothing: serves dist/ as it is, opens each page at 360 and 1280 px in light and dark, and writes
 * PNGs of the first screen (and of the middle of the full text) into shots/ (git-ignored).
 *
 * Environment: SHOTS_PORT (static server, default 4498), ASTRO_OUT_DIR (build to serve, default dist).
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunch } from '../playwright.config.ts';
import { projectRoot } from './lib/build-site.ts';

const dist = resolve(projectRoot, process.env['ASTRO_OUT_DIR'] ?? 'dist');
const outDir = resolve(projectRoot, 'shots');
const port = Number(process.env['SHOTS_PORT'] ?? 4498);

/** What to photograph: a name for the file, the page, and where on it (0 = top, 0.5 = half-way down). */
const shots = [
  { name: 'home', path: '/', at: 0 },
  { name: 'section', path: '/kinh-te/', at: 0 },
  { name: 'entry-charts', path: '/kinh-te/kinh-te-cua-khau/', at: 0 },
  { name: 'toan-van-top', path: '/toan-van/', at: 0 },
  { name: 'toan-van-middle', path: '/toan-van/', at: 0.5 },
  { name: 'task', path: '/nhiem-vu-quy-iv/1/', at: 0 },
  { name: 'du-lieu', path: '/du-lieu/', at: 0 },
  { name: 'search', path: '/tim-kiem/?q=xuat%20khau', at: 0 },
];
const widths = [
  { width: 360, height: 780 },
  { width: 1280, height: 900 },
];
const schemes = ['light', 'dark'] as const;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

/** The file dist/ serves for a URL path, as a static host would: folders by their index.html. */
function fileFor(pathname: string): string | undefined {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dist, path);
  if (!candidate.startsWith(dist)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`shots: no build in ${dist}; run \`npx astro build\` first`);
  process.exit(1);
}
const server = createServer((req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://localhost').pathname);
  const served = file ?? join(dist, '404.html');
  res.writeHead(file ? 200 : 404, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(res);
});
await new Promise<void>((done) => server.listen(port, done));

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunch);
try {
  for (const viewport of widths) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport, colorScheme, locale: 'vi-VN' });
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(`http://localhost:${port}${shot.path}`, { waitUntil: 'networkidle' });
        if (shot.at > 0) {
          await page.evaluate((at) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * at), shot.at);
          // Let scroll-driven marks (the contents list) and lazily drawn charts settle.
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        }
        const file = join(outDir, `${shot.name}-${viewport.width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
