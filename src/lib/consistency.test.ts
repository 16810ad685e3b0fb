import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schemas/indicator.ts';
import { checkAll, type CheckedEntry } from './consistency.ts';
import { readEntryText } from './entry-text.ts';

/** An entry as a test writes it: the text model is read from its body when the checks run. */
type TestEntry = Omit<CheckedEntry, 'text'>;
const check = (entries: TestEntry[]) => checkAll(entries.map((e) => ({ ...e, text: readEntryText(e.body, e.id) })), 'q4-tasks');

const indicator = (id: string, value: number, extra: Partial<Indicator> = {}): Indicator => ({ id, label: id, value, unit: 'ha', headline: false, ...extra });

/** A small consistent report: two entries, one task, three footnotes. */
function goodEntries(): TestEntry[] {
  return [
    {
      file: 'economy/a.mdx',
      collection: 'economy',
      id: 'a',
      body: 'Diện tích 1.094,1 ha[^1], tăng 2%[^2].\n\n[^1]: Trong đó lúa 05 ha.\n\n[^2]: Ghi chú hai.',
      indicators: [indicator('dien-tich', 1094.1), indicator('lua', 5, { footnote: 1 })],
      charts: [{ id: 'hinh-a', indicators: ['dien-tich', 'lua'] }],
      relatedTasks: ['1'],
    },
    {
      file: 'economy/b.mdx',
      collection: 'economy',
      id: 'b',
      body: 'Xuất khẩu 3.060 triệu USD[^3].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.',
      indicators: [indicator('xuat-khau', 3060)],
      charts: [{ id: 'hinh-b', indicators: ['xuat-khau'] }],
      relatedTasks: [],
    },
    { file: 'q4-tasks/1.mdx', collection: 'q4-tasks', id: '1', body: '1\\. Nhiệm vụ.', indicators: [], charts: [], relatedTasks: [] },
  ];
}

type Break = (entries: TestEntry[]) => void;
const at = (entries: TestEntry[], i: number): TestEntry => {
  const e = entries[i];
  if (!e) throw new Error(`no entry ${i}`);
  return e;
};

describe('checkAll', () => {
  it('finds no problem in consistent content', () => {
    expect(check(goodEntries())).toEqual([]);
  });

  it.each<[string, Break, string]>([
    [
      'a value not printed in the text',
      (e) => { at(e, 0).indicators[0] = indicator('dien-tich', 1094.2); },
      'economy/a.mdx: indicator "dien-tich": value 1094.2 is not printed in its text or footnotes',
    ],
    [
      'a value not printed in its footnote',
      (e) => { at(e, 0).indicators[1] = indicator('lua', 1094.1, { footnote: 1 }); },
      'economy/a.mdx: indicator "lua": value 1094.1 is not printed in footnote 1',
    ],
    [
      'a duplicate indicator id',
      (e) => { at(e, 1).indicators.push(indicator('dien-tich', 3060)); },
      'economy/b.mdx: duplicate indicator id "dien-tich" (also in economy/a.mdx)',
    ],
    [
      'a footnote defined twice',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD[^3][^2].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.\n\n[^2]: Lại hai.'; },
      'economy/b.mdx: footnote 2 is defined twice (also in economy/a.mdx)',
    ],
    [
      'a footnote never referenced',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD.\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.'; },
      'economy/b.mdx: footnote 3 is defined but never referenced',
    ],
    [
      'a footnote missing from 1…n',
      (e) => { at(e, 0).body = 'Diện tích 1.094,1 ha[^1].\n\n[^1]: Trong đó lúa 05 ha.'; },
      '(all entries): footnote 2 is missing from 1…3',
    ],
    [
      'a reference to an undefined footnote',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD[^3][^4].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.'; },
      'economy/b.mdx: footnote 4 is referenced but not defined in this file',
    ],
    [
      'a relatedTasks reference that does not resolve',
      (e) => { at(e, 0).relatedTasks = ['14']; },
      'economy/a.mdx: relatedTasks: "14" is not an entry of q4-tasks',
    ],
    [
      'a chart naming an indicator of another entry',
      (e) => { at(e, 1).charts = [{ id: 'hinh-b', indicators: ['dien-tich'] }]; },
      'economy/b.mdx: chart "hinh-b": indicator "dien-tich" is not in this entry',
    ],
    [
      'a <Chart> placement with an unknown id',
      (e) => { at(e, 1).body = at(e, 1).body.replace('hinh-b', 'hinh-x'); },
      'economy/b.mdx: <Chart id="hinh-x" />: no chart "hinh-x" in this entry\'s frontmatter charts',
    ],
  ])('reports %s, naming file and item', (_, breakIt, message) => {
    const entries = goodEntries();
    breakIt(entries);
    expect(check(entries).map((p) => `${p.file}: ${p.message}`)).toContain(message);
  });
});
