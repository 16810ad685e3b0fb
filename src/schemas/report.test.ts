import { describe, expect, it } from 'vitest';
import { validReportJson } from '../test/report-json.ts';
import { issues } from '../test/zod-issues.ts';
import { ReportSchema } from './report.ts';

const good = validReportJson;

describe('ReportSchema', () => {
  it('accepts a report and fills in the defaults', () => {
    const parsed = ReportSchema.parse(good);
    expect(parsed.outline).toEqual([]);
    expect(parsed.recipientsLabel).toBe('Nơi nhận:');
    expect(parsed.recipients).toEqual([]);
  });

  it('accepts a letterhead and a section of appendices', () => {
    const letterhead = { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH THỬ'], motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] };
    const sections = [...good.sections, { collection: 'appendix', segment: 'phu-luc', title: 'Phụ lục', description: 'Phụ lục.' }];
    const parsed = ReportSchema.parse({ ...good, letterhead, sections });
    expect(parsed.letterhead).toEqual(letterhead);
    expect(parsed.sections.map((s) => s.collection)).toEqual(['economy', 'appendix']);
    expect(ReportSchema.parse(good).letterhead).toBeUndefined();
  });

  it.each(['2030', '2030-04', '2030-04-15', '2024-02-29', '2030-12-31'])('accepts the date %j', (date) => {
    expect(issues(ReportSchema, { ...good, date })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a date in another format', { date: '15/04/2030' }, 'date: date must be YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a month 13 and a day 45', { date: '2021-13-45' }, 'date: date "2021-13-45" is no day of the calendar (month 01–12, a day that month has)'],
    ['29 February of a common year', { date: '2021-02-29' }, 'date: date "2021-02-29" is no day of the calendar (month 01–12, a day that month has)'],
    ['no sections', { sections: [] }, 'sections: '],
    ['a section of a collection the site does not read', { sections: [{ ...good.sections[0], collection: 'econmy' }] }, 'sections.0.collection: '],
    ['a section segment with marks', { sections: [{ ...good.sections[0], segment: 'kinh-tế' }] }, 'sections.0.segment: segment must be lowercase kebab-case ASCII'],
    ['an outline heading at level 6', { outline: [{ number: 'I', marker: 'I.', title: 'A', level: 6, before: 1 }] }, 'outline.0.level: '],
    ['a signature without a name', { signature: { lines: [] } }, 'signature.name: '],
    ['a year as text', { year: '2030' }, 'year: '],
    ['a letterhead without a motto', { letterhead: { issuer: ['ỦY BAN NHÂN DÂN'] } }, 'letterhead.motto: '],
    ['a letterhead with no issuer line', { letterhead: { issuer: [], motto: ['CỘNG HÒA'] } }, 'letterhead.issuer: issuer needs at least one line'],
    ['a letterhead with an empty line', { letterhead: { issuer: ['ỦY BAN NHÂN DÂN', ''], motto: ['CỘNG HÒA'] } }, 'letterhead.issuer.1: a letterhead line cannot be empty'],
    ['a letterhead as one string', { letterhead: 'ỦY BAN NHÂN DÂN' }, 'letterhead: '],
    ['a misspelt letterhead key', { letterhead: { issuer: ['A'], moto: ['B'] } }, 'letterhead: unknown key "moto" — did you mean "motto"?'],
  ])('rejects %s, naming the field path', (_, change, expected) => {
    const found = issues(ReportSchema, { ...good, ...change });
    expect(found.some((line) => line.startsWith(expected)), found.join('\n')).toBe(true);
  });
});
