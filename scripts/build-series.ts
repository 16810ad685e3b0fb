/**
 * `npm run build:series`: build the two-report site (the bundled 9-month report and the 6-month test
 * fixture, `scripts/lib/series-content.ts`) into `dist-series/` (or `ASTRO_OUT_DIR`), for the every-page
 * gate and the screenshots. Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './lib/build-site.ts';
import { seriesContentDir, writeSeriesContent } from './lib/series-content.ts';

const root = writeSeriesContent(seriesContentDir);
const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, REPORT_CONTENT_DIR: root, ASTRO_OUT_DIR: process.env['ASTRO_OUT_DIR'] || 'dist-series' },
});
process.exit(result.status ?? 1);
