import { describe, expect, it } from 'vitest';
import { formatAgreement } from '../src/lib/figures/agreement.ts';
import { heldOutAgreement, heldOutProposals } from './lib/held-out.ts';

describe('the proposer on the held-out reports (texts its rules were not written from)', { timeout: 60_000 }, () => {
  it('agrees with the hand-typed answer key on value, unit, period, plan and change for at least 90 % of the indicators', () => {
    const agreement = heldOutAgreement();
    console.log(`Held-out agreement: ${formatAgreement(agreement)}`);
    for (const miss of agreement.misses) console.log(`  miss ${miss.id}: typed ${JSON.stringify(miss.typed)} proposed ${JSON.stringify(miss.proposed)}`);
    expect(agreement.total).toBeGreaterThanOrEqual(50);
    for (const field of ['value', 'unit', 'period', 'plan', 'change'] as const) {
      expect(agreement[field] / agreement.total, field).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('labels every proposal with a noun phrase (two words or more, no bullet, not the unit) and a valid ASCII kebab-case id', () => {
    const bad = heldOutProposals()
      .map(({ file, proposal: { indicator: i } }) => ({ file, id: i.id, label: i.label, unit: i.unit }))
      .filter((p) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(p.id) || p.label.trim().split(/\s+/u).length < 2 || /^[-+–•]/u.test(p.label) || p.label.toLowerCase() === p.unit.toLowerCase());
    expect(bad).toEqual([]);
  });
});
