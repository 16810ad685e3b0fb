import { describe, expect, it } from 'vitest';
import { issues } from '../test/zod-issues.ts';
import { EntrySchema } from './entry.ts';

const good = { title: 'Kinh tế cửa khẩu', number: 'II.1.b', marker: 'b)', order: 4, summary: 'Xuất nhập khẩu qua các cửa khẩu.' };

describe('EntrySchema', () => {
  it('accepts an entry and defaults its indicators, charts and waivers to none', () => {
    expect(EntrySchema.parse(good)).toEqual({ ...good, indicators: [], charts: [], untyped: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing title', { title: undefined }, 'title: '],
    ['an order of 0', { order: 0 }, 'order: '],
    ['a fractional order', { order: 1.5 }, 'order: '],
    ['an empty summary', { summary: '' }, 'summary: summary must be one sentence describing the entry'],
    ['a task number of 0', { task: 0 }, 'task: '],
    ['a task number as text', { task: '3' }, 'task: '],
    ['an indicator without a unit', { indicators: [{ id: 'a', label: 'A', value: 1 }] }, 'indicators.0.unit: '],
    ['a chart with a bad id', { charts: [{ id: 'Hình 1', title: 'A', indicators: ['a'] }] }, 'charts.0.id: id must be lowercase kebab-case ASCII'],
  ])('rejects %s, naming the field path', (_, change, expected) => {
    const found = issues(EntrySchema, { ...good, ...change });
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });
});
