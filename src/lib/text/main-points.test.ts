import { describe, expect, test } from 'vitest';
import { checkMainPoints, closedPart, quoteStart, runsBy, type MainPointRef, type ParagraphText, type PartHeading } from './main-points';

const paragraphs = new Map<string, ParagraphText[]>([
  [
    'economy/cua-khau',
    [
      { ordinal: 1, text: 'Tiếp tục thực hiện các giải pháp. Tổng kim ngạch đạt 3.060 triệu USD, tăng 4,6% so với cùng kỳ.' },
      { ordinal: 2, text: 'Hoạt động thông quan\nổn định.' },
    ],
  ],
  ['q4-tasks/1', [{ ordinal: 1, text: 'Tiếp tục thực hiện mục tiêu kép.' }]],
  ['q4-tasks/3', [{ ordinal: 1, text: 'Dự án cao tốc chưa được khởi công; nguồn vốn đã bố trí. Cầu Kỳ Lừa hoàn thành.' }]],
]);

const point = (entry: string, paragraph: number, quote: string): MainPointRef => ({ entry, paragraph, quote });

describe('checkMainPoints', () => {
  test.each([
    ['a sentence in the middle of its paragraph', point('economy/cua-khau', 1, 'Tổng kim ngạch đạt 3.060 triệu USD, tăng 4,6% so với cùng kỳ.')],
    ['a whole paragraph', point('q4-tasks/1', 1, 'Tiếp tục thực hiện mục tiêu kép.')],
    ['a quote across a line break of the source', point('economy/cua-khau', 2, 'Hoạt động thông quan ổn định.')],
    ['two whole sentences', point('q4-tasks/3', 1, 'Dự án cao tốc chưa được khởi công; nguồn vốn đã bố trí. Cầu Kỳ Lừa hoàn thành.')],
    ['a clause closed by a semicolon', point('q4-tasks/3', 1, 'Dự án cao tốc chưa được khởi công;')],
  ])('accepts %s', (_, p) => {
    expect(checkMainPoints([p], paragraphs)).toEqual([]);
  });

  test.each([
    [
      'a changed figure',
      point('economy/cua-khau', 1, 'Tổng kim ngạch đạt 3.061 triệu USD'),
      'main point 1 ("Tổng kim ngạch đạt 3.061 triệu…"): mainPoints.0.quote is not printed verbatim in economy/cua-khau paragraph 1; it matches up to "Tổng kim ngạch đạt 3.06" then reads "1 triệu USD"',
    ],
    [
      'a quote from another paragraph',
      point('economy/cua-khau', 2, 'Tiếp tục thực hiện các giải pháp.'),
      'main point 1 ("Tiếp tục thực hiện các giải…"): mainPoints.0.quote is not printed verbatim in economy/cua-khau paragraph 2',
    ],
    [
      'diacritics dropped',
      point('q4-tasks/1', 1, 'Tiep tuc thuc hien muc tieu kep.'),
      'main point 1 ("Tiep tuc thuc hien muc tieu…"): mainPoints.0.quote is not printed verbatim in q4-tasks/1 paragraph 1; it matches up to "Ti" then reads "ep tuc thuc hien muc tieu kep."',
    ],
    [
      'a paragraph the entry does not have',
      point('q4-tasks/1', 3, 'Tiếp tục thực hiện mục tiêu kép.'),
      'main point 1 ("Tiếp tục thực hiện mục tiêu…"): mainPoints.0.paragraph is 3, but q4-tasks/1 has 1 paragraph',
    ],
    [
      'an unknown entry',
      point('economy/khong-co', 1, 'Một câu bất kỳ trong báo cáo này và còn dài nữa.'),
      'main point 1 ("Một câu bất kỳ trong báo…"): mainPoints.0.entry names "economy/khong-co", which is not an entry of the report',
    ],
    [
      'a fragment that says the opposite of its sentence',
      point('q4-tasks/3', 1, 'được khởi công'),
      'main point 1 ("được khởi công"): mainPoints.0.quote is not whole sentences of q4-tasks/3 paragraph 1: it is only a part of the sentence "Dự án cao tốc chưa được khởi công;"; quote one or more whole sentences, from the first word to the closing punctuation',
    ],
    [
      'a sentence cut before its end',
      point('q4-tasks/3', 1, 'Cầu Kỳ Lừa hoàn'),
      'main point 1 ("Cầu Kỳ Lừa hoàn"): mainPoints.0.quote is not whole sentences of q4-tasks/3 paragraph 1: it ends inside the sentence "Cầu Kỳ Lừa hoàn thành."; quote one or more whole sentences',
    ],
    [
      'a quote that opens inside a sentence',
      point('q4-tasks/3', 1, 'chưa được khởi công; nguồn vốn đã bố trí.'),
      'mainPoints.0.quote is not whole sentences of q4-tasks/3 paragraph 1: it starts inside the sentence "Dự án cao tốc chưa được khởi công;"; quote',
    ],
    [
      'a quote that opens mid-sentence and runs into the next',
      point('q4-tasks/3', 1, 'nguồn vốn đã bố trí. Cầu Kỳ'),
      'mainPoints.0.quote is not whole sentences of q4-tasks/3 paragraph 1: it ends inside the sentence "Cầu Kỳ Lừa hoàn thành."',
    ],
  ])('rejects %s, naming the main point, entry and paragraph', (_, p, message) => {
    const problems = checkMainPoints([p], paragraphs);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.index).toBe(1);
    expect(problems[0]?.message).toContain(message);
  });

  test('numbers each problem by its place in the list and reports every one', () => {
    const problems = checkMainPoints(
      [point('q4-tasks/1', 1, 'Tiếp tục thực hiện mục tiêu kép.'), point('q4-tasks/1', 1, 'Sai.'), point('q4-tasks/2', 1, 'Sai.')],
      paragraphs,
    );
    expect(problems.map((p) => p.index)).toEqual([2, 3]);
    expect(problems[0]?.message).toMatch(/^main point 2 \("Sai\."\): mainPoints\.1\.quote/);
    expect(problems[1]?.message).toMatch(/^main point 3 \("Sai\."\): mainPoints\.2\.entry/);
  });
});

describe('quoteStart', () => {
  test.each([
    ['Ngắn.', '"Ngắn."'],
    ['một hai ba bốn năm sáu bảy', '"một hai ba bốn năm sáu…"'],
    ['  xuống\ndòng  ', '"xuống dòng"'],
  ])('%j → %s', (quote, expected) => {
    expect(quoteStart(quote)).toBe(expected);
  });
});

describe('closedPart', () => {
  const outline: PartHeading[] = [
    { number: 'Phần I', marker: 'Phần I', title: 'TÌNH HÌNH', level: 2, before: 1 },
    { number: 'I', marker: 'I.', title: 'CHỈ ĐẠO', level: 3, before: 1 },
    { number: 'III', marker: 'III.', title: 'KHÓ KHĂN', level: 3, before: 15 },
    { number: 'Phần II', marker: 'Phần II', title: 'NHIỆM VỤ', level: 2, before: 17 },
  ];
  const orders = [1, 2, 15, 16, 17, 18];
  test.each([
    ['the last paragraph of the last entry of a part', { order: 16, paragraph: 5, paragraphCount: 5 }, 'Phần I'],
    ['the last paragraph of the report', { order: 18, paragraph: 2, paragraphCount: 2 }, 'Phần II'],
    ['another paragraph of that entry', { order: 16, paragraph: 4, paragraphCount: 5 }, undefined],
    ['the last paragraph of an entry that is not the part\'s last', { order: 15, paragraph: 6, paragraphCount: 6 }, undefined],
  ])('%s', (_, place, part) => {
    expect(closedPart(outline, orders, place)?.number).toBe(part);
  });

  test('an entry before the first part closes nothing', () => {
    expect(closedPart(outline.slice(3), [1, 17], { order: 1, paragraph: 1, paragraphCount: 1 })).toBeUndefined();
  });
});

describe('runsBy', () => {
  test.each([
    ['consecutive items with one key together', ['a1', 'a2', 'b1', 'a3'], [['a1', 'a2'], ['b1'], ['a3']]],
    ['each alone when keys differ', ['a1', 'b1'], [['a1'], ['b1']]],
    ['nothing from nothing', [], []],
  ])('%s', (_, items, runs) => {
    expect(runsBy(items, (i) => i[0] ?? '')).toEqual(runs);
  });
});
