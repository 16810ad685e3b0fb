/**
 * Time the test suite as `npm test` runs it: the package's `test` script split at `&&`, each step run
 * in turn from the project root, so the bench prints what each part costs and the total.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One step of the suite and how long it took. */
export interface SuiteStep {
  /** The command as the `test` script writes it. */
  command: string;
  seconds: number;
  /** Exit status; the suite stops at the first step that fails. */
  status: number | null;
}

/** The `test` script's steps, in order. */
export function suiteSteps(testScript: string): string[] {
  return testScript
    .split('&&')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Run every step of `npm test` from `root` (output discarded); returns each step's time and status. */
export function timeSuite(root: string): { steps: SuiteStep[]; totalSeconds: number; passed: boolean } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const steps: SuiteStep[] = [];
  for (const command of suiteSteps(pkg.scripts?.['test'] ?? '')) {
    const start = performance.now();
    // npm puts node_modules/.bin first on PATH for scripts; do the same so `vitest`, `astro`… resolve.
    const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` };
    const result = spawnSync('bash', ['-c', command], { cwd: root, env, stdio: 'ignore' });
    steps.push({ command, seconds: Number(((performance.now() - start) / 1000).toFixed(1)), status: result.status });
    if (result.status !== 0) break;
  }
  const totalSeconds = Number(steps.reduce((sum, s) => sum + s.seconds, 0).toFixed(1));
  return { steps, totalSeconds, passed: steps.every((s) => s.status === 0) };
}
