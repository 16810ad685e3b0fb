import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schemas/indicator.ts';
import { readEntryText } from './entry-text.ts';
import { entryCoverage, reportCoverage } from './figure-coverage.ts';

const body = 'Tổng kim ngạch đạt 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ; thời gian phục vụ 24/24 giờ; 05 cửa khẩu hoạt động.';
const total: Indicator = { id: 'tong', label: 'Tổng kim ngạch', value: 3060, unit: 'triệu USD', plan: { percent: 99.4, basis: 'kế hoạch' }, change: { percent: 15, basis: 'cùng kỳ' }, headline: false };
const source = (indicators: Indicator[], untyped: { text: string; reason: string }[] = []) => ({ file: 'economy/a.mdx', text: readEntryText(body, 'ii-1-b'), indicators, untyped });

describe('entryCoverage', () => {
  it('counts a value with its plan and change as three typed figures and lists the rest, a duration left out', () => {
    const coverage = entryCoverage(source([total]));
    expect(coverage.figures.map((s) => [s.figure.text, s.status])).toEqual([
      ['3.060 triệu USD', 'typed'],
      ['99,4%', 'typed'],
      ['15%', 'typed'],
      ['05 cửa khẩu', 'untyped'],
    ]);
    expect(coverage.untyped[0]?.figure).toMatchObject({ anchor: 'ii-1-b-1', clause: '05 cửa khẩu hoạt động.' });
  });

  it('does not count a plan the indicator does not type', () => {
    const { plan: _p, ...withoutPlan } = total;
    expect(entryCoverage(source([withoutPlan])).untyped.map((s) => s.figure.text)).toEqual(['99,4%', '05 cửa khẩu']);
  });

  it('waives a figure by its printed text and reason, and reports a waiver that matches nothing', () => {
    const coverage = entryCoverage(source([total], [{ text: '05 cửa khẩu', reason: 'số cửa khẩu, đã có ở mục khác' }, { text: '07 cửa khẩu', reason: 'nhầm' }]));
    expect(coverage.waived).toBe(1);
    expect(coverage.untyped).toEqual([]);
    expect(coverage.unusedWaivers).toEqual([{ text: '07 cửa khẩu', reason: 'nhầm' }]);
  });
});

describe('reportCoverage', () => {
  it('sums entries and gives the typed share', () => {
    const coverage = reportCoverage([source([total]), source([])]);
    expect([coverage.total, coverage.typed, coverage.untyped]).toEqual([8, 3, 5]);
    expect(coverage.share).toBeCloseTo(3 / 8);
  });
});
