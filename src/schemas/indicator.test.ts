import { describe, expect, it } from 'vitest';
import { IndicatorSchema } from './indicator.ts';

const base = { id: 'x', label: 'Chỉ số', unit: '%' };
const issues = (input: object) => {
  const result = IndicatorSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('IndicatorSchema: what reports print', () => {
  it.each<[string, object]>([
    ['a value', { ...base, value: 3060, unit: 'triệu USD' }],
    ['a change only', { ...base, change: { percent: 6.2, basis: 'cùng kỳ' } }],
    ['a signed amount in the unit', { ...base, unit: 'vụ', value: 19, change: { amount: 10, basis: 'cùng kỳ' } }],
    ['an amount beside a percent', { ...base, unit: 'tỷ đồng', value: 2911.8, change: { percent: 5.4, amount: 150, basis: 'Trung ương giao' } }],
    ['a change-only amount', { ...base, unit: 'vụ', change: { amount: -5, basis: 'cùng kỳ' } }],
    ['a part of a whole', { ...base, unit: 'mã vùng trồng', value: 115, outOf: 133 }],
    ['a ratio', { ...base, value: 4800, unit: 'tỷ đồng', change: { ratio: 95.8, basis: 'cùng kỳ' } }],
    ['a qualified value', { ...base, value: 26, unit: 'tỷ đồng', qualifier: 'trên' }],
    ['an estimate as printed', { ...base, value: 95911, unit: 'ha', qualifier: 'ước đạt' }],
  ])('accepts %s', (_, input) => expect(issues(input)).toEqual([]));

  it.each<[string, object, string]>([
    ['neither value nor change', { ...base }, 'value: an indicator needs a "value", or a "change" when the report prints only the change'],
    ['a change with no number', { ...base, value: 1, change: { basis: 'cùng kỳ' } }, 'change: change needs one of "percent", "ratio" or "amount"'],
    ['a percent and a ratio', { ...base, value: 1, change: { percent: 1, ratio: 2, basis: 'cùng kỳ' } }, 'change: change takes "percent" or "ratio", not both'],
    ['a whole without its part', { ...base, outOf: 133, change: { percent: 1, basis: 'cùng kỳ' } }, 'outOf: "outOf" needs the "value" it is the whole of'],
    ['a non-positive whole', { ...base, value: 1, outOf: 0 }, 'outOf: Too small: expected number to be >0'],
    ['a qualifier without a value', { ...base, qualifier: 'khoảng', change: { percent: 1, basis: 'cùng kỳ' } }, 'qualifier: "qualifier" needs the "value" it is printed before'],
    ['a qualifier the site does not know', { ...base, value: 1, qualifier: 'chừng' }, 'qualifier: qualifier "chừng" is not one the site knows; write the words printed before the number, one of: "ước đạt", "ước tính", "tối thiểu", "ít nhất", "tối đa", "xấp xỉ", "khoảng", "trên", "hơn", "gần", "dưới", "ước"'],
  ])('refuses %s, naming the field', (_, input, message) => expect(issues(input)).toContain(message));
});
