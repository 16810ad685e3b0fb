import { describe, expect, it } from 'vitest';
import { changeArrow, formatNumber, formatSignedPercent, formatWithUnit, openingLabel, shortenAtWord, truncateWords, valueOccursIn } from './format.ts';

describe('formatNumber (vi-VN)', () => {
  it.each([
    [1094.1, '1.094,1'],
    [3060, '3.060'],
    [9002, '9.002'],
    [71.54, '71,54'],
    [490132, '490.132'],
    [11282.21, '11.282,21'],
    [0.5, '0,5'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('follows the locale it is given', () => {
    expect(formatNumber(1094.1, 'en-US')).toBe('1,094.1');
  });
});

describe('formatWithUnit', () => {
  it.each([
    [1094.1, 'nghìn lượt', '1.094,1 nghìn lượt'],
    [71.54, '%', '71,54%'],
    [3060, 'triệu USD', '3.060 triệu USD'],
  ])('%d %s → %s', (value, unit, expected) => {
    expect(formatWithUnit(value, unit)).toBe(expected);
  });
});

describe('formatSignedPercent and changeArrow', () => {
  it.each([
    [51.5, '+51,5%', '▲'],
    [-1.31, '−1,31%', '▼'],
    [0, '0%', '■'],
  ])('%d → %s %s', (value, text, arrow) => {
    expect(formatSignedPercent(value)).toBe(text);
    expect(changeArrow(value)).toBe(arrow);
  });
});

describe('valueOccursIn', () => {
  it.each([
    [3060, 'ước thực hiện 3.060 triệu USD', true],
    [1094.1, 'thu hút 1.094,1 nghìn lượt', true],
    [9002, 'dự thi để xét tốt nghiệp: 9002.', true],
    [5, 'tại 05 cửa khẩu', true],
    [5, 'tại 15 cửa khẩu', false],
    [3060, 'ước thực hiện 13.060 triệu USD', false],
    [1094.1, 'thu hút 1.094,15 nghìn lượt', false],
    [-1.31, 'giảm 1,31%', true],
    [40.37, 'chiếm 40.37%', false],
  ])('%d in %j → %s', (value, text, expected) => {
    expect(valueOccursIn(value, text)).toBe(expected);
  });
});

describe('truncateWords', () => {
  it.each([
    ['Một hai ba bốn', 2, 'Một hai…'],
    ['Một hai', 2, 'Một hai'],
    ['  Một  ', 3, 'Một'],
    ['', 3, ''],
  ])('truncateWords(%j, %i) = %j', (text, max, expected) => {
    expect(truncateWords(text, max)).toBe(expected);
  });
});

describe('shortenAtWord', () => {
  it.each<[string, number, string]>([
    ['Giữ vững sản xuất lúa', 40, 'Giữ vững sản xuất lúa'],
    ['Giữ vững sản xuất lúa', 21, 'Giữ vững sản xuất lúa'],
    ['Giữ vững sản xuất lúa', 20, 'Giữ vững sản xuất…'],
    ['Giữ vững sản xuất lúa', 18, 'Giữ vững sản xuất…'],
    ['Giữ vững sản xuất lúa', 17, 'Giữ vững sản…'],
    ['Thực hiện đồng bộ, hiệu quả', 19, 'Thực hiện đồng bộ…'],
    ['  Giữ   vững\nsản xuất  ', 40, 'Giữ vững sản xuất'],
    ['Siêuđộngtừdàiquá', 8, 'Siêuđộn…'],
  ])('(%j, %d) → %j', (text, max, expected) => {
    const out = shortenAtWord(text, max);
    expect(out).toBe(expected);
    expect([...out].length).toBeLessThanOrEqual(max);
  });
});

describe('openingLabel', () => {
  it.each<[string, string]>([
    ['3. Thực hiện đồng bộ, hiệu quả các giải pháp tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới.', 'Thực hiện đồng bộ, hiệu quả các giải pháp tái cơ cấu ngành…'],
    ['a) Rà soát các dự án.', 'Rà soát các dự án.'],
    ['- Tăng cường kiểm tra.', 'Tăng cường kiểm tra.'],
    ['2.1. Đẩy mạnh du lịch.', 'Đẩy mạnh du lịch.'],
    ['Năm 2030 tăng trưởng.', 'Năm 2030 tăng trưởng.'],
  ])('%j → %j', (text, label) => {
    expect(openingLabel(text)).toBe(label);
  });
});
