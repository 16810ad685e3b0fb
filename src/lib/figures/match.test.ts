import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../schemas/indicator.ts';
import { readEntryText } from '../text/entry-text.ts';
import { figurePeriod, indicatorProblems, printsPeriod, type PeriodContext } from './match.ts';
import { findNumbers } from './finder.ts';

const rice: Indicator = { id: 'lua', label: 'Diện tích lúa', value: 1234.5, unit: 'ha', headline: false };

/** The period problems of `indicator` in a body, under report default "9 tháng 2021" and `headings`. */
function periodCheck(body: string, indicator: Indicator, headings: string[] = []): string[] {
  const text = readEntryText(body, 'x');
  const context: PeriodContext = { defaultPeriod: '9 tháng 2021', headings, text };
  return indicatorProblems(indicator, findNumbers(text), context).filter((m) => m.includes('period'));
}

describe('printsPeriod', () => {
  it.each<[string, string, boolean]>([
    ['Tính đến ngày 30/9/2021, diện tích lúa đạt 1.234,5 ha.', 'đến ngày 30/9/2021', true],
    ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021', 'Quý IV năm 2021', true],
    // Punctuation between the words does not matter, their order does.
    ['Hoàn thành công tác thi tốt nghiệp THPT (đợt 1) năm 2021.', '(đợt 1) năm 2021', true],
    ['Hoàn thành công tác thi tốt nghiệp THPT (đợt 1) năm 2021.', 'năm 2021 (đợt 1)', false],
    // Whole words only: "năm 2021" is not printed in "năm 20210", nor "quý I" in "quý II".
    ['Doanh thu quý II đạt 5 tỷ đồng.', 'quý I', false],
    ['Diện tích lúa năm 2020 đạt 1.234,5 ha.', 'năm 2021', false],
    ['Diện tích lúa đạt 1.234,5 ha.', '', false],
  ])('%s prints %s: %s', (text, period, expected) => expect(printsPeriod(text, period)).toBe(expected));
});

describe('figurePeriod', () => {
  it.each<[string, string | undefined]>([
    ['Diện tích lúa tháng 9 đạt 1.234,5 ha.', 'tháng 9'],
    ['Diện tích lúa quý III đạt 1.234,5 ha.', 'quý III'],
    ['Năm 2019, diện tích lúa đạt 1.234,5 ha.', 'năm 2019'],
    ['Diện tích lúa trong năm 2019 đạt 1.234,5 ha.', 'năm 2019'],
    // printedPeriod keeps a leading "tính": the words as printed.
    ['Tính đến ngày 30/9/2021 diện tích lúa đạt 1.234,5 ha.', 'tính đến ngày 30/9/2021'],
    // A period opening the sentence covers its later clauses.
    ['Tính từ đầu năm đến ngày 24/9/2021 thành lập 376 doanh nghiệp; diện tích lúa đạt 1.234,5 ha.', 'từ đầu năm đến ngày 24/9/2021'],
    // A year that only qualifies a plan or a programme is no period of the figure.
    ['Diện tích lúa đạt 1.234,5 ha, theo kế hoạch năm 2021.', undefined],
    ['Trong 9 tháng đầu năm diện tích lúa đạt 1.234,5 ha.', undefined],
    ['Diện tích lúa đạt 1.234,5 ha.', undefined],
  ])('%s → %s', (body, period) => {
    const figure = findNumbers(readEntryText(body, 'x')).find((f) => f.number === 1234.5);
    expect(figure && figurePeriod(figure)).toBe(period);
  });
});

describe('the period of an indicator against its text', () => {
  it.each<[string, string, Indicator, string[]]>([
    ['a period printed in the sentence of its value', 'Tính đến ngày 30/9/2021, diện tích lúa đạt 1.234,5 ha.', { ...rice, period: 'đến ngày 30/9/2021' }, []],
    ['a period opening its paragraph', 'Lũy kế từ đầu năm, gieo cấy nhanh. Diện tích lúa đạt 1.234,5 ha.', { ...rice, period: 'lũy kế từ đầu năm' }, []],
    ['a period in the sentence that calls its footnote', 'Hoàn thành vụ Đông Xuân[^1]; chăm sóc cây trồng.\n\n[^1]: Trong đó: Lúa 1.234,5 ha.', { ...rice, period: 'vụ Đông Xuân', footnote: 1 }, []],
    ['a period in a heading above the entry', 'Giữ diện tích lúa 1.234,5 ha.', { ...rice, period: 'Quý IV năm 2021' }, ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021']],
    ['no period, none printed: the default', 'Diện tích lúa đạt 1.234,5 ha.', rice, []],
    ['no period, the default printed', 'Diện tích lúa 9 tháng 2021 đạt 1.234,5 ha.', rice, []],
  ])('passes %s', (_, body, indicator, headings) => {
    expect(periodCheck(body, indicator, headings)).toEqual([]);
  });

  it.each<[string, string, Indicator, string]>([
    [
      'a period set but not printed ("năm 2019" published)',
      'Diện tích lúa đạt 1.234,5 ha.',
      { ...rice, period: 'năm 2019' },
      'period "năm 2019" is not printed in the sentence of its value ("Diện tích lúa đạt 1.234,5 ha."), nor opening its paragraph, nor in a heading above the entry; write the period as the text prints it, or remove period so that the report\'s default "9 tháng 2021" applies',
    ],
    [
      'a period set, another printed',
      'Diện tích lúa tháng 9 đạt 1.234,5 ha.',
      { ...rice, period: 'quý III' },
      'period "quý III" is not printed in the sentence of its value ("Diện tích lúa tháng 9 đạt 1.234,5 ha."), nor opening its paragraph, nor in a heading above the entry; write it as printed (period: "tháng 9")',
    ],
    [
      'a period printed in another sentence of the paragraph only',
      'Diện tích lúa đạt 1.234,5 ha. Đến ngày 30/9/2021 thu hoạch xong.',
      { ...rice, period: 'đến ngày 30/9/2021' },
      'period "đến ngày 30/9/2021" is not printed in the sentence of its value ("Diện tích lúa đạt 1.234,5 ha."), nor opening its paragraph, nor in a heading above the entry; write the period as the text prints it, or remove period so that the report\'s default "9 tháng 2021" applies',
    ],
    [
      'a period removed: the month printed falls back to the default silently',
      'Diện tích lúa tháng 9 đạt 1.234,5 ha.',
      rice,
      'period: sets none, so it is published under the report\'s default period "9 tháng 2021", but the text prints "tháng 9" for it ("Diện tích lúa tháng 9 đạt 1.234,5 ha."); set period: "tháng 9" as printed',
    ],
    [
      'a period removed: "đến ngày 30/9/2021" opening the sentence',
      'Tính đến ngày 30/9/2021 toàn tỉnh thu hoạch xong; diện tích lúa đạt 1.234,5 ha.',
      rice,
      'period: sets none, so it is published under the report\'s default period "9 tháng 2021", but the text prints "đến ngày 30/9/2021" for it ("diện tích lúa đạt 1.234,5 ha."); set period: "đến ngày 30/9/2021" as printed',
    ],
    [
      'a period removed: another year printed',
      'Năm 2019, diện tích lúa đạt 1.234,5 ha.',
      rice,
      'period: sets none, so it is published under the report\'s default period "9 tháng 2021", but the text prints "năm 2019" for it ("Năm 2019, diện tích lúa đạt 1.234,5 ha."); set period: "năm 2019" as printed',
    ],
  ])('refuses %s', (_, body, indicator, message) => {
    expect(periodCheck(body, indicator)).toEqual([message]);
  });

  it('checks a change-only indicator against the sentence of its change', () => {
    const growth: Indicator = { id: 'iip', label: 'Chỉ số sản xuất công nghiệp', unit: '%', change: { percent: 6.2, basis: 'cùng kỳ' }, period: 'quý III', headline: false };
    expect(periodCheck('Chỉ số sản xuất công nghiệp quý III tăng 6,2% so với cùng kỳ.', growth)).toEqual([]);
    expect(periodCheck('Chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ.', growth)).toEqual([
      'period "quý III" is not printed in the sentence of its value ("Chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ."), nor opening its paragraph, nor in a heading above the entry; write the period as the text prints it, or remove period so that the report\'s default "9 tháng 2021" applies',
    ]);
  });

  it('leaves periods unchecked without a context (a re-import names only vanished figures)', () => {
    const text = readEntryText('Diện tích lúa đạt 1.234,5 ha.', 'x');
    expect(indicatorProblems({ ...rice, period: 'năm 2019' }, findNumbers(text))).toEqual([]);
  });
});
