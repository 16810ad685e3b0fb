import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../schemas/indicator.ts';
import { readEntryText } from '../text/entry-text.ts';
import { checkReport, type ReportCheckEntry, type ReportCheckInput } from './report.ts';

const rice: Indicator = { id: 'dien-tich-lua', label: 'Diện tích lúa', value: 1234.5, unit: 'ha', headline: false };

/** An entry as a test writes it: path, anchors and text model follow from collection, id and body. */
function entry(collection: string, id: string, order: number, body: string, extra: Partial<ReportCheckEntry> = {}): ReportCheckEntry {
  return {
    file: `${collection}/${id}.mdx`,
    collection,
    id,
    order,
    path: `/${collection}/${id}/`,
    anchorPrefix: id,
    body,
    bodyLineOffset: 6,
    text: readEntryText(body, id),
    indicators: [],
    charts: [],
    relations: [],
    ...extra,
  };
}

/** A small consistent report: one result with a figure and a relation, one task, one main point. */
function goodReport(): ReportCheckInput {
  return {
    report: {
      file: 'report.json',
      sections: [
        { collection: 'economy', segment: 'kinh-te' },
        { collection: 'q4-tasks', segment: 'nhiem-vu' },
      ],
      outline: [],
      mainPoints: [{ entry: 'economy/lua', paragraph: 1, quote: 'Diện tích lúa đạt 1.234,5 ha.' }],
      defaultPeriod: '9 tháng 2021',
    },
    entries: [
      entry('economy', 'lua', 1, 'Diện tích lúa đạt 1.234,5 ha.\n\nMùa vụ thuận lợi.', { indicators: [rice], relations: [{ id: '1' }] }),
      entry('q4-tasks', '1', 2, '1\\. Giữ vững diện tích lúa.', { task: 1 }),
    ],
    files: ['economy/lua.mdx', 'q4-tasks/1.mdx'],
    taskCollection: 'q4-tasks',
    components: new Set(['Chart']),
  };
}

describe('checkReport', () => {
  it('finds nothing in a consistent report', () => {
    expect(checkReport(goodReport())).toEqual([]);
  });

  it('lists every kind of problem at once, each naming its file, in the order structure, bodies, data, main points, relations', () => {
    const input = goodReport();
    const [lua, task] = input.entries as [ReportCheckEntry, ReportCheckEntry];
    task.order = 1;
    const body = 'Diện tích lúa đạt 1.234,6 ha.\n\n<div>khối</div>\n\nMùa vụ thuận lợi.';
    Object.assign(lua, { body, text: readEntryText(body, lua.id), relations: [{ id: '1' }, { id: '99' }] });
    expect(checkReport(input)).toEqual([
      { file: 'q4-tasks/1.mdx', message: expect.stringContaining('order 1 is also used by economy/lua.mdx') },
      // The <div> is on line 3 of the body, below 6 lines of frontmatter.
      { file: 'economy/lua.mdx:9', message: expect.stringContaining('raw <div> is not allowed') },
      { file: 'economy/lua.mdx', message: expect.stringContaining('indicator "dien-tich-lua"') },
      { file: 'report.json', message: expect.stringContaining('mainPoints.0.quote is not printed verbatim in economy/lua paragraph 1') },
      { file: 'economy/lua.mdx', message: 'relatedTasks: "99" is not an entry of q4-tasks' },
    ]);
  });

  it('refuses an entry with only frontmatter, whose page would be empty', () => {
    const input = goodReport();
    const task = input.entries[1] as ReportCheckEntry;
    Object.assign(task, { body: '\n\n', text: readEntryText('\n\n', task.id) });
    expect(checkReport(input)).toEqual([{ file: 'q4-tasks/1.mdx', message: expect.stringContaining('has no text below its frontmatter: its page would be empty') }]);
  });

  it('reports a relation to no task once', () => {
    const input = goodReport();
    (input.entries[0] as ReportCheckEntry).relations = [{ id: '14' }];
    expect(checkReport(input)).toEqual([{ file: 'economy/lua.mdx', message: 'relatedTasks: "14" is not an entry of q4-tasks' }]);
  });

  it('checks periods against the entry\'s title and the outline headings it is printed under, and the report\'s default period', () => {
    const input = goodReport();
    const [lua, task] = input.entries as [ReportCheckEntry, ReportCheckEntry];
    const target: Indicator = { id: 'muc-tieu-lua', label: 'Diện tích lúa', value: 1234.5, unit: 'ha', period: 'Quý IV năm 2021', headline: false };
    const body = '1\\. Giữ diện tích lúa 1.234,5 ha.';
    Object.assign(task, { body, text: readEntryText(body, task.id), indicators: [target] });
    // Not printed anywhere yet: refused, naming file, indicator and field.
    expect(checkReport(input)).toEqual([{ file: 'q4-tasks/1.mdx', message: expect.stringMatching(/^indicator "muc-tieu-lua": period "Quý IV năm 2021" is not printed in the sentence of its value/) }]);
    // Printed in the part heading over the task: accepted.
    input.report.outline = [{ number: 'Phần II', marker: 'Phần II', title: 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021', level: 2, before: 2 }];
    expect(checkReport(input)).toEqual([]);
    // A month printed beside a value that takes the default period: refused.
    const monthly = 'Diện tích lúa tháng 9 đạt 1.234,5 ha.\n\nMùa vụ thuận lợi.';
    Object.assign(lua, { body: monthly, text: readEntryText(monthly, lua.id) });
    input.report.mainPoints = [];
    expect(checkReport(input)).toEqual([{ file: 'economy/lua.mdx', message: expect.stringContaining('indicator "dien-tich-lua": period: sets none, so it is published under the report\'s default period "9 tháng 2021", but the text prints "tháng 9"') }]);
  });
});
