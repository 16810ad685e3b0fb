import { describe, expect, it } from 'vitest';
import { changePhrase, keyFigures, planPhrase, sourceLabel, sourcePlace } from './figure-phrases.ts';

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
  ])('%s (prefix %s)', (anchor, prefix, place, label) => {
    expect(sourcePlace(anchor, prefix)).toEqual(place);
    expect(sourceLabel('II.1.b', anchor, prefix)).toBe(label);
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
