import { describe, expect, it } from 'vitest';
import { closestKey, editDistance, unknownKeyMessage } from './strict.ts';
import { EntrySchema } from './entry.ts';
import { ReportSchema } from './report.ts';
import { validReportJson } from '../test/report-json.ts';

const entry = {
  title: 'Nông nghiệp',
  number: 'I.1',
  order: 1,
  summary: 'Một câu.',
  indicators: [{ id: 'lua', label: 'Lúa', value: 12, unit: 'ha' }],
};

/** The messages and paths of a failed parse. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('closestKey', () => {
  it.each([
    ['heaadline', 'headline'],
    ['sumary', 'summary'],
    ['Headline', 'headline'],
    ['indicatros', 'indicators'],
    ['colour', undefined],
  ])('%s → %s', (key, near) => {
    expect(closestKey(key, ['headline', 'summary', 'indicators', 'title', 'value'])).toBe(near);
  });

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('lists the known keys when nothing is close', () => {
    expect(unknownKeyMessage('colour', ['id', 'label'])).toBe('unknown key "colour" (known keys: id, label)');
  });
});

describe('strict entry frontmatter', () => {
  it('accepts a well-formed entry', () => {
    expect(EntrySchema.safeParse(entry).success).toBe(true);
  });

  it.each([
    ['an unknown key of an indicator', { ...entry, indicators: [{ ...entry.indicators[0], heaadline: true }] }, 'indicators.0: unknown key "heaadline" — did you mean "headline"?'],
    ['an unknown key of the entry', { ...entry, sumary: 'x' }, ': unknown key "sumary" — did you mean "summary"?'],
    ['an unknown key of a plan', { ...entry, indicators: [{ ...entry.indicators[0], plan: { percent: 9, bassis: 'kế hoạch' } }] }, 'indicators.0.plan: unknown key "bassis" — did you mean "basis"?'],
    ['an unknown key of a chart', { ...entry, charts: [{ id: 'h', title: 'T', indicators: ['lua'], mesure: 'plan' }] }, 'charts.0: unknown key "mesure" — did you mean "measure"?'],
    ['a NaN value (YAML .nan)', { ...entry, indicators: [{ ...entry.indicators[0], value: Number.NaN }] }, 'indicators.0.value: NaN is not a finite number'],
    ['an infinite value (YAML .inf)', { ...entry, indicators: [{ ...entry.indicators[0], value: Number.POSITIVE_INFINITY }] }, 'indicators.0.value: Infinity is not a finite number'],
    ['a NaN change percent', { ...entry, indicators: [{ ...entry.indicators[0], change: { percent: Number.NaN, basis: 'cùng kỳ' } }] }, 'indicators.0.change.percent: NaN is not a finite number'],
    ['an infinite order', { ...entry, order: Number.NEGATIVE_INFINITY }, 'order: -Infinity is not a finite number'],
  ])('fails for %s, naming the key', (_, input, message) => {
    expect(issues(EntrySchema.safeParse(input)).join('\n')).toContain(message);
  });
});

describe('strict report.json', () => {
  const report = validReportJson;

  it('accepts a well-formed report', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it.each([
    ['a top-level key', { ...report, shortTitel: 'x' }, ': unknown key "shortTitel" — did you mean "shortTitle"?'],
    ['a section key', { ...report, sections: [{ ...report.sections[0], segmnet: 'x' }] }, 'sections.0: unknown key "segmnet" — did you mean "segment"?'],
    ['a signature key', { ...report, signature: { ...report.signature, nmae: 'B' } }, 'signature: unknown key "nmae" — did you mean "name"?'],
    ['an outline key', { ...report, outline: [{ number: 'I', marker: 'I.', title: 'T', level: 3, before: 1, befor: 2 }] }, 'outline.0: unknown key "befor" — did you mean "before"?'],
  ])('fails for an unknown %s', (_, input, message) => {
    expect(issues(ReportSchema.safeParse(input))).toContain(message);
  });
});
