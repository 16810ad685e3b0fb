import { describe, expect, it } from 'vitest';
import { issues } from '../test/zod-issues.ts';
import { EntrySchema } from './entry.ts';

const good = { title: 'Kinh tế cửa khẩu', number: 'II.1.b', marker: 'b)', order: 4, summary: 'Xuất nhập khẩu qua các cửa khẩu.' };

describe('EntrySchema', () => {
  it('accepts an entry and defaults its indicators, charts and waivers to none', () => {
    expect(EntrySchema.parse(good)).toEqual({ ...good, indicators: [], charts: [], untyped: [] });
  });

  it.each<[string, Record<string, unknown>]>([
    ['without a summary', { summary: undefined }],
    ['a task without a title', { title: undefined, task: 3 }],
    ['an appendix after the signature', { appendix: true, afterSignature: true }],
    ['an appendix before it', { appendix: true, afterSignature: false }],
    ['following up a task of an earlier report', { followsUp: '2021-6-thang/1' }],
  ])('accepts an entry %s', (_, change) => {
    const entry = { ...good, ...change };
    expect(EntrySchema.parse(entry)).toEqual({ ...JSON.parse(JSON.stringify(entry)), indicators: [], charts: [], untyped: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty title', { title: '' }, 'title: title cannot be empty; leave it out on a task to use its opening words'],
    ['an order of 0', { order: 0 }, 'order: '],
    ['a fractional order', { order: 1.5 }, 'order: '],
    ['an empty summary', { summary: '' }, 'summary: summary cannot be empty; leave it out when the publisher wrote none'],
    ['appendix as text', { appendix: 'yes' }, 'appendix: '],
    ['afterSignature as a number', { afterSignature: 1 }, 'afterSignature: '],
    ['a misspelt afterSignature', { afterSignatur: true }, ': unknown key "afterSignatur" — did you mean "afterSignature"?'],
    ['a task number of 0', { task: 0 }, 'task: '],
    ['a followsUp without its report', { followsUp: '1' }, 'followsUp: followsUp must be "<report-id>/<task>", e.g. "2021-6-thang/1"'],
    ['a task number as text', { task: '3' }, 'task: '],
    ['an indicator without a unit', { indicators: [{ id: 'a', label: 'A', value: 1 }] }, 'indicators.0.unit: '],
    ['a chart with a bad id', { charts: [{ id: 'Hình 1', title: 'A', indicators: ['a'] }] }, 'charts.0.id: id must be lowercase kebab-case ASCII'],
  ])('rejects %s, naming the field path', (_, change, expected) => {
    const found = issues(EntrySchema, { ...good, ...change });
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });
});
