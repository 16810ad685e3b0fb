import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAgreement, measureAgreement } from '../src/lib/figures/agreement.ts';
import { projectRoot } from './lib/build-site.ts';
import { readContent } from './lib/report-content.ts';

describe('the proposer against the hand-typed indicators of the bundled report', { timeout: 60_000 }, () => {
  it('proposes, from the text alone, the same value, unit, plan and change for at least 90 % of them', () => {
    const entries = readContent(join(projectRoot, 'content'));
    // The proposer reads only the text: the indicators are removed before it runs and kept aside to compare.
    const agreement = measureAgreement(entries.map((e) => ({ text: e.text, indicators: e.indicators })));
    console.log(`Proposer agreement: ${formatAgreement(agreement)}`);
    expect(agreement.total).toBeGreaterThanOrEqual(150);
    for (const field of ['value', 'unit', 'plan', 'change'] as const) {
      expect(agreement[field] / agreement.total, field).toBeGreaterThanOrEqual(0.9);
    }
  });
});
