import { describe, expect, it } from 'vitest';
import { changePhrase, printedFigure, printedNumber, keyFigures, planPhrase, sourceLabel, spreadFigures } from './phrases.ts';
import { anchorPlace } from '../text/anchors.ts';

describe('planPhrase', () => {
  it.each([
    [{ percent: 99.4, basis: 'kế hoạch' }, 'đạt 99,4% kế hoạch'],
    [{ percent: 139.3, basis: 'dự toán' }, 'đạt 139,3% dự toán'],
    [{ percent: 65.8, basis: 'kế hoạch Trung ương giao' }, 'đạt 65,8% kế hoạch Trung ương giao'],
  ])('%j → %s', (plan, text) => {
    expect(planPhrase(plan)).toBe(text);
  });
});

describe('changePhrase', () => {
  it.each([
    [{ percent: 51.5, basis: 'cùng kỳ' }, '▲', 'tăng', '51,5% so với cùng kỳ'],
    [{ percent: -78.9, basis: 'cùng kỳ' }, '▼', 'giảm', '78,9% so với cùng kỳ'],
    [{ percent: 3.4, basis: '31/12/2020' }, '▲', 'tăng', '3,4% so với 31/12/2020'],
    [{ percent: 0, basis: 'cùng kỳ' }, '■', 'không đổi', 'so với cùng kỳ'],
    [{ ratio: 95.5, basis: 'cùng kỳ' }, '', 'bằng', '95,5% so với cùng kỳ'],
  ])('%j → %s %s %s', (change, arrow, word, rest) => {
    const phrase = changePhrase(change);
    expect(phrase).toEqual({ arrow, word, rest, words: `${word} ${rest}` });
  });
});

describe('where a figure is printed', () => {
  it.each([
    ['ii-1-b-1', 'ii-1-b', { paragraph: 1 }, 'Mục II.1.b, đoạn 1'],
    ['ii-1-dd-12', 'ii-1-dd', { paragraph: 12 }, 'Mục II.1.b, đoạn 12'],
    ['fn-18', 'ii-1-d', { footnote: '18' }, 'Mục II.1.b, chú thích 18'],
    ['ii-1-b-bang-2', 'ii-1-b', { table: 2 }, 'Mục II.1.b, bảng 2'],
  ])('%s (prefix %s)', (anchor, prefix, place, label) => {
    expect(anchorPlace(anchor, prefix)).toEqual(place);
    expect(sourceLabel('II.1.b', anchor, prefix)).toBe(label);
  });

  it.each([
    ['II.1.b', 'ii-1-b-2', 'ii-1-b', 'Mục II.1.b, đoạn 2'],
    ['Phần II.3', 'phan-ii-3-1', 'phan-ii-3', 'Phần II, mục 3, đoạn 1'],
    ['Phần II.12', 'fn-40', 'phan-ii-12', 'Phần II, mục 12, chú thích 40'],
    ['Phần II', 'phan-ii-2', 'phan-ii', 'Phần II, đoạn 2'],
  ])('names the place as a reader would: %s', (number, anchor, prefix, label) => {
    expect(sourceLabel(number, anchor, prefix)).toBe(label);
  });
});

describe('keyFigures', () => {
  const f = (id: string, headline = false) => ({ id, headline });
  it.each([
    ['the headline indicators, in order', [[f('a'), f('b', true)], [f('c', true)]], ['b', 'c']],
    ['the first indicator of each entry when none is marked', [[f('a'), f('b')], [], [f('c'), f('d')]], ['a', 'c']],
    ['nothing for entries without indicators', [[], []], []],
    ['at most six', [Array.from({ length: 8 }, (_, i) => f(`h${i}`, true))], ['h0', 'h1', 'h2', 'h3', 'h4', 'h5']],
  ])('%s', (_, byEntry, ids) => {
    expect(keyFigures(byEntry).map((i) => i.id)).toEqual(ids);
  });
});

describe('spreadFigures', () => {
  it.each([
    ['one from each group in turn', [['a1', 'a2', 'a3'], ['b1', 'b2'], ['c1']], 4, ['a1', 'b1', 'c1', 'a2']],
    ['all when fewer than the maximum', [['a1'], [], ['c1', 'c2']], 4, ['a1', 'c1', 'c2']],
    ['a single group in its own order', [['a1', 'a2', 'a3', 'a4', 'a5']], 3, ['a1', 'a2', 'a3']],
    ['nothing from no groups', [[], []], 4, []],
  ])('%s', (_, groups, max, ids) => {
    expect(spreadFigures(groups, max)).toEqual(ids);
  });
});

describe('printedFigure and changePhrase: what reports print', () => {
  it.each<[string, Parameters<typeof printedFigure>[0], string]>([
    ['a value with its unit', { value: 3060, unit: 'triệu USD' }, '3.060 triệu USD'],
    ['a percent level', { value: 99.99, unit: '%' }, '99,99%'],
    ['a part of a whole', { value: 3917, outOf: 3962, unit: 'đại biểu' }, '3.917/3.962 đại biểu'],
    ['a change only: the change is the figure', { unit: '%', change: { percent: 6.2, basis: 'cùng kỳ' } }, 'tăng 6,2% so với cùng kỳ'],
    ['a change-only fall in the unit', { unit: 'vụ', change: { amount: -5, basis: 'cùng kỳ năm 2020' } }, 'giảm 5 vụ so với cùng kỳ năm 2020'],
    ['a value above a bound', { qualifier: 'trên', value: 26, unit: 'tỷ đồng' }, 'trên 26 tỷ đồng'],
    ['a percent above a bound', { qualifier: 'trên', value: 98.6, unit: '%' }, 'trên 98,6%'],
    ['an estimate as printed', { qualifier: 'ước đạt', value: 95911, unit: 'ha' }, 'ước đạt 95.911 ha'],
    ['an approximate part of a whole', { qualifier: 'khoảng', value: 115, outOf: 133, unit: 'mã vùng trồng' }, 'khoảng 115/133 mã vùng trồng'],
  ])('%s', (_, indicator, text) => expect(printedFigure(indicator)).toBe(text));

  it.each<[Parameters<typeof printedNumber>[0], string]>([
    [{ value: 1094.1 }, '1.094,1'],
    [{ value: 212197, outOf: 524521 }, '212.197/524.521'],
    [{ qualifier: 'khoảng', value: 2700 }, 'khoảng 2.700'],
    [{}, ''],
  ])('printedNumber %j → %s', (indicator, text) => expect(printedNumber(indicator)).toBe(text));

  it('words an absolute change in the unit, beside a percent when both are printed', () => {
    expect(changePhrase({ amount: 10, basis: 'cùng kỳ' }, 'vi-VN', 'vụ')).toEqual({ arrow: '▲', word: 'tăng', rest: '10 vụ so với cùng kỳ', words: 'tăng 10 vụ so với cùng kỳ' });
    expect(changePhrase({ percent: 5.4, amount: 150, basis: 'Trung ương giao' }, 'vi-VN', 'tỷ đồng').words).toBe('tăng 150 tỷ đồng, 5,4% so với Trung ương giao');
  });
});
