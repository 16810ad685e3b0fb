import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../schemas/indicator.ts';
import { readEntryText } from '../text/entry-text.ts';
import { entryCoverage, reportCoverage } from './coverage.ts';

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

describe('entryCoverage: figures the check once missed or miscounted', () => {
  const fn = 'Cài đặt Bluezone được 212.197/524.521 smartphone (chiếm 40.37%) trên địa bàn; đã khởi tố 25 vụ, 118 bị can.';
  const entry = (indicators: Indicator[]) => entryCoverage({ file: 'directives/a.mdx', text: readEntryText(fn, 'i-2'), indicators, untyped: [] });
  const part = (extra: Partial<Indicator> = {}): Indicator => ({ id: 'bluezone', label: 'Smartphone cài đặt Bluezone', value: 212197, unit: 'smartphone', headline: false, ...extra });
  const rest: Indicator[] = [
    { id: 'ty-le', label: 'Tỷ lệ Bluezoner', value: 40.37, unit: '%', headline: false },
    { id: 'vu', label: 'Vụ khởi tố', value: 25, unit: 'vụ', headline: false },
    { id: 'bi-can', label: 'Bị can khởi tố', value: 118, unit: 'bị can', headline: false },
  ];

  it('reads "40.37%" (an English decimal point) and "118 bị can" (a unit that starts with a function word) as figures', () => {
    expect(entry([]).untyped.map((s) => s.figure.text)).toEqual(['212.197/524.521 smartphone', '40.37%', '25 vụ', '118 bị can']);
  });

  it('counts them typed by the indicators with their values', () => {
    const coverage = entry([part({ outOf: 524521 }), ...rest]);
    expect(coverage.figures.map((s) => [s.figure.text, s.status, s.by.join()])).toEqual([
      ['212.197/524.521 smartphone', 'typed', 'bluezone'],
      ['40.37%', 'typed', 'ty-le'],
      ['25 vụ', 'typed', 'vu'],
      ['118 bị can', 'typed', 'bi-can'],
    ]);
  });

  it.each<[string, Partial<Indicator>]>([
    ['without outOf', {}],
    ['with another whole', { outOf: 524520 }],
  ])('does not count an a/b figure typed by its part alone: %s', (_, extra) => {
    expect(entry([part(extra), ...rest]).untyped.map((s) => s.figure.text)).toEqual(['212.197/524.521 smartphone']);
  });
});

describe('reportCoverage', () => {
  it('sums entries and gives the typed share', () => {
    const coverage = reportCoverage([source([total]), source([])]);
    expect([coverage.total, coverage.typed, coverage.untyped]).toEqual([8, 3, 5]);
    expect(coverage.share).toBeCloseTo(3 / 8);
  });
});
