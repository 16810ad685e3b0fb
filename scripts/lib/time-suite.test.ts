import { describe, expect, it } from 'vitest';
import { suiteSteps } from './time-suite.ts';

describe('suiteSteps', () => {
  it.each([
    ['bash a.sh && vitest run && astro build && playwright test', ['bash a.sh', 'vitest run', 'astro build', 'playwright test']],
    ['vitest run', ['vitest run']],
    ['', []],
  ])('%j', (script, steps) => {
    expect(suiteSteps(script)).toEqual(steps);
  });
});
