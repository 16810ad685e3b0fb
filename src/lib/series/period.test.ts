import { describe, expect, it } from 'vitest';
import { periodInfo } from './period.ts';

describe('periodInfo', () => {
  it.each([
    ['9 tháng 2021', { kind: 'cumulative', end: 9, year: 2021 }],
    ['6 tháng đầu năm 2021', { kind: 'cumulative', end: 6, year: 2021 }],
    ['6 tháng đầu năm', { kind: 'cumulative', end: 6, year: undefined }],
    ['tháng 10/2021', { kind: 'month', end: 10, year: 2021 }],
    ['Tháng 9 năm 2021', { kind: 'month', end: 9, year: 2021 }],
    ['quý III/2021', { kind: 'quarter', end: 9, year: 2021 }],
    ['Quý IV', { kind: 'quarter', end: 12, year: undefined }],
    ['năm 2021', { kind: 'year', end: 12, year: 2021 }],
    ['niên vụ 2020-2021', { kind: 'other' }],
  ])('%s', (period, expected) => {
    expect(periodInfo(period)).toEqual(expected);
  });
});
