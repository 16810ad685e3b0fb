import { describe, expect, it } from 'vitest';
import { foldVietnamese, numberSlug, slugify } from './fold.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Thạch đen', 'thach den'],
    ['Đồng Đăng', 'dong dang'],
    ['ĐƯỜNG', 'duong'],
    ['Thạch đen'.normalize('NFD'), 'thach den'],
    ['SARCoV-2', 'sarcov-2'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['Kinh tế cửa khẩu', 'kinh-te-cua-khau'],
    ['Văn hoá - Xã hội', 'van-hoa-xa-hoi'],
    ['  Đầu tư, xây dựng (2021-2025)  ', 'dau-tu-xay-dung-2021-2025'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('numberSlug', () => {
  it.each([
    ['II.1.b', 'ii-1-b'],
    ['II.1.d', 'ii-1-d'],
    ['II.1.đ', 'ii-1-dd'],
    ['Phần II.3', 'phan-ii-3'],
    ['I.1', 'i-1'],
  ])('%s → %s', (input, expected) => {
    expect(numberSlug(input)).toBe(expected);
  });
});
