import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium; Playwright's own download is not available here. */
export const chromiumLaunch = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** Port of the preview server; set E2E_PORT to run several suites side by side. */
const port = Number(process.env['E2E_PORT'] ?? 4321);

/** Port and output folder of the table fixture's preview, beside the bundled report's. */
export const fixturePort = port + 100;
export const fixtureDist = 'dist-fixture';

/**
 * Port and output folder of the two-report build (`npm run build:series`: the bundled report and the
 * 6-month fixture), served beside the others; E2E_SERIES_PORT moves it when E2E_PORT + 200 is taken.
 */
export const seriesPort = Number(process.env['E2E_SERIES_PORT'] ?? port + 200);
export const seriesDist = 'dist-series';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Every build a spec starts runs in a private root (scripts/lib/build-site.ts), so specs run fully parallel;
  // two workers, one per core (three measured no faster).
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  // Two workers share two cores with the preview server: give web-first assertions room on a busy machine.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunch,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
  webServer: [
    {
      command: `npx astro preview --port ${port} --ignore-lock`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    // The table fixture report (built by `npm run build:fixture`), for the every-page gate: a 7-column
    // table, a letterhead and an appendix, which the bundled report does not have.
    {
      // Built here when missing (npm test builds it fresh just before).
      command: `sh -c '[ -d ${fixtureDist} ] || npm run build:fixture; exec npx astro preview --port ${fixturePort} --ignore-lock'`,
      url: `http://localhost:${fixturePort}/`,
      env: { ASTRO_OUT_DIR: fixtureDist, REPORT_CONTENT_DIR: 'e2e/fixtures/table-report' },
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    // The two-report build, for the every-page gate over a site of several reports.
    {
      command: `sh -c '[ -d ${seriesDist} ] || npm run build:series; exec npx astro preview --port ${seriesPort} --ignore-lock'`,
      url: `http://localhost:${seriesPort}/`,
      env: { ASTRO_OUT_DIR: seriesDist },
      reuseExistingServer: !process.env['CI'],
      timeout: 90_000,
    },
  ],
});
