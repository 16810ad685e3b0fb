import { describe, expect, it } from 'vitest';
import { agreementShares, agreementTable, type Agreement } from './agreement.ts';

/** An agreement of `total` indicators with the given counts (the rest 0). */
const agreement = (total: number, counts: Partial<Omit<Agreement, 'total' | 'misses'>>): Agreement => ({ total, found: 0, value: 0, unit: 0, period: 0, plan: 0, change: 0, all: 0, label: 0, misses: [], ...counts });

describe('agreementShares', () => {
  it.each<[string, Agreement, Partial<ReturnType<typeof agreementShares>>]>([
    ['shares in percent to one decimal', agreement(54, { value: 54, period: 51, plan: 53 }), { value: 100, period: 94.4, plan: 98.1, unit: 0 }],
    ['a third rounds to 33.3', agreement(3, { label: 1 }), { label: 33.3 }],
    ['nothing compared is full agreement', agreement(0, {}), { value: 100, change: 100 }],
  ])('%s', (_, a, shares) => expect(agreementShares(a)).toMatchObject(shares));
});

describe('agreementTable', () => {
  it('puts the sets side by side, a row per field, and marks a set’s target fields below its target', () => {
    const bundled = agreement(10, { found: 10, value: 10, unit: 10, period: 8, plan: 10, change: 9, all: 9, label: 1 });
    const heldOut = agreement(4, { found: 4, value: 4, unit: 4, period: 3, plan: 4, change: 4, all: 4, label: 2 });
    expect(agreementTable([{ name: 'Bundled report', agreement: bundled }, { name: 'Held-out reports', agreement: heldOut, target: 90 }])).toBe(
      [
        '| Field | Bundled report | Held-out reports |',
        '| --- | ---: | ---: |',
        '| value | 100.0 % | 100.0 % |',
        '| unit | 100.0 % | 100.0 % |',
        '| period | 80.0 % | 75.0 % (below target) |',
        '| plan | 100.0 % | 100.0 % |',
        '| change | 90.0 % | 100.0 % |',
        '| all four (value, unit, plan, change) | 90.0 % | 100.0 % |',
        '| label word for word | 10.0 % | 50.0 % |',
        '| indicators compared | 10 | 4 |',
        '| with a proposal on their figure | 10 | 4 |',
      ].join('\n'),
    );
  });
});
