import { describe, expect, it } from 'vitest';
import { EntrySchema } from '../../schemas/entry.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { validReportJson } from '../../test/report-json.ts';
import { schemaProblems } from './schema-problems.ts';

const entry = { title: 'Phát triển kinh tế cửa khẩu', number: 'II.1.b', order: 1, summary: 'Một câu.' };

describe('schemaProblems', () => {
  it('lists nothing for valid files', () => {
    expect(schemaProblems([{ file: 'content/report.json', data: validReportJson, schema: ReportSchema }, { file: 'content/economy/a.mdx', data: entry, schema: EntrySchema }])).toEqual([]);
  });

  it('lists every problem of every file at once, each naming file and field in plain words', () => {
    const report: Record<string, unknown> = { ...validReportJson };
    delete report['issuer'];
    delete report['defaultPeriod'];
    const problems = schemaProblems([
      { file: 'content/report.json', data: report, schema: ReportSchema },
      { file: 'content/economy/a.mdx', data: { ...entry, order: 'một' }, schema: EntrySchema },
      { file: 'content/economy/b.mdx', data: { ...entry, number: undefined }, schema: EntrySchema },
      { file: 'content/economy/c.mdx', data: { ...entry, heaadline: true }, schema: EntrySchema },
    ]);
    expect(problems).toEqual([
      'content/report.json: "issuer" is missing',
      'content/report.json: "defaultPeriod" is missing',
      expect.stringMatching(/^content\/economy\/a\.mdx: "order": /),
      'content/economy/b.mdx: "number" is missing',
      expect.stringMatching(/^content\/economy\/c\.mdx: the file: unknown key "heaadline"/),
    ]);
    expect(problems.join('\n')).not.toContain('**');
  });
});
