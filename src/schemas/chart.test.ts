import { describe, expect, it } from 'vitest';
import { issues } from '../test/zod-issues.ts';
import { ChartSchema } from './chart.ts';

const good = { id: 'hinh-kim-ngach', title: 'Kim ngạch', indicators: ['xuat-khau', 'nhap-khau'] };

describe('ChartSchema', () => {
  it('fills in the defaults: a bar chart of values', () => {
    expect(ChartSchema.parse(good)).toEqual({ ...good, type: 'bar', measure: 'value' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an id with capitals', { id: 'Hinh-1' }, 'id: id must be lowercase kebab-case ASCII (a-z, 0-9, -)'],
    ['an empty title', { title: '' }, 'title: '],
    ['no indicators', { indicators: [] }, 'indicators: '],
    ['an unknown chart type', { type: 'pie' }, 'type: '],
    ['an unknown measure', { measure: 'total' }, 'measure: '],
    ['an empty short label', { labels: ['Xuất khẩu', ''] }, 'labels.1: '],
    ['an indicator listed twice', { indicators: ['xuat-khau', 'nhap-khau', 'xuat-khau'] }, 'indicators.2: indicator "xuat-khau" is listed 2 times (places 1, 3); a chart shows each indicator once'],
    ['an indicator listed 100 times', { indicators: Array<string>(100).fill('xuat-khau') }, 'indicators.1: indicator "xuat-khau" is listed 100 times'],
  ])('rejects %s, naming the field', (_, change, expected) => {
    const found = issues(ChartSchema, { ...good, ...change });
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(expected)).toBe(true);
  });
});
