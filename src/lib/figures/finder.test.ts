import { describe, expect, it } from 'vitest';
import { readEntryText } from '../text/entry-text.ts';
import { classifyNumbers, findFigures, findNumbers, headerUnit, leftOutNumbers, parseNumeral, unitAfter } from './finder.ts';
import { indicatorAnchor, indicatorProblems } from './match.ts';

/** The figures of a one-paragraph body, as "text" strings. */
const printed = (body: string) => findFigures(readEntryText(body, 'x')).map((f) => f.text);

describe('parseNumeral', () => {
  it.each<[string, number]>([
    ['3.060', 3060],
    ['1.094,1', 1094.1],
    ['11.282,21', 11282.21],
    ['05', 5],
    ['99,99', 99.99],
    ['490.132', 490132],
    // A dot before one or two digits is no thousands mark: an English decimal point.
    ['40.37', 40.37],
    ['1.5', 1.5],
  ])('%s → %d', (numeral, value) => expect(parseNumeral(numeral)).toBe(value));
});

describe('what the finder leaves out', () => {
  it.each<[string, string, string]>([
    ['a full date', 'Tính đến ngày 30/9/2021, toàn tỉnh tiêm 10 liều.', '30/9/2021'],
    ['a day and month after "từ"', 'Từ 27/7 đến nay ghi nhận 86 trường hợp.', '27/7'],
    ['a month and year', 'Đến 9/2021 có 5 xã.', '9/2021'],
    ['a day after "ngày"', 'Khai mạc ngày 15 với 20 đoàn.', '15'],
    ['the period "9 tháng"', 'Trong 9 tháng đầu năm đạt 15 tỷ đồng.', '9'],
    ['a duration in years', 'Kế hoạch 5 năm (2021-2025) có 08 nhiệm vụ.', '5'],
    ['a year after "năm"', 'Năm 2021 tuyển 1.250 thanh niên.', '2021'],
    ['a range of years', 'Nhiệm kỳ 2021-2026 có 55 đại biểu.', '2021-2026'],
    ['a legal-document number', 'Theo Nghị quyết số 68/NQ-CP hỗ trợ 901 hộ kinh doanh.', '68/NQ-CP'],
    ['a decision number with year', 'Quyết định 12/2021/QĐ-UBND giao 26 tổ chức.', '12/2021/QĐ-UBND'],
    ['a number after "số"', 'Kế hoạch số 120 giao 10 xã.', '120'],
    ['an ordinal "thứ 6"', 'Xếp thứ 6 cả nước với 35 đề tài.', '6'],
    ['an ordinal "lần thứ 12"', 'Hội nghị lần thứ 12 có 04 tỉnh.', '12'],
    ['a section number', 'Như tại mục 3, có 10 xã.', '3'],
    ['a section label', 'Xem II.1.b về 05 cửa khẩu.', 'II.1.b'],
    ['a footnote mark left as text', 'Có 05 cửa khẩu[^4] hoạt động.', '[^4]'],
    ['a map scale', 'Quy hoạch tỷ lệ 1/2.000 và 02 dự án.', '1/2.000'],
    ['a road name', 'Cải tạo Quốc lộ 4B qua 02 huyện.', '4'],
    ['a slogan "5K"', 'Thực hiện 5 K và 8 chốt kiểm dịch.', '5'],
    ['a star rating', 'Có 06 sản phẩm đạt 04 sao.', '04'],
    ['a bare number', 'Cụm công nghiệp Hợp Thành 1, huyện Cao Lộc có 02 dự án.', '1'],
  ])('%s: %s', (_, sentence, token) => {
    const left = leftOutNumbers(sentence).map((l) => l.text);
    expect(left.some((t) => t.startsWith(token))).toBe(true);
    expect(findFigures(readEntryText(sentence, 'x')).some((f) => f.numeral === token)).toBe(false);
  });

  it('names the kind of each left-out number', () => {
    expect(leftOutNumbers('Ngày 30/9/2021, theo Nghị quyết số 68/NQ-CP, lần thứ 12, mục 3, năm 2021.').map((l) => l.kind)).toEqual(['date', 'document', 'ordinal', 'section', 'year']);
  });

  it('a referenced footnote leaves no mark in the text the finder reads', () => {
    expect(printed('Xuất khẩu 980 triệu USD[^3].\n\n[^3]: Ghi chú.')).toEqual(['980 triệu USD']);
  });
});

describe('what the finder keeps, with its unit', () => {
  it.each<[string, string, string[]]>([
    ['a multiplier and a measure', 'Tổng kim ngạch đạt 3.060 triệu USD, đạt 99,4% kế hoạch.', ['3.060 triệu USD', '99,4%']],
    ['a percent with a space', 'Đá các loại đạt 59,9 % kế hoạch.', ['59,9 %']],
    ['a count of one word', 'Xử phạt vi phạm hành chính 3.814 vụ với trên 52.578 triệu đồng.', ['3.814 vụ', '52.578 triệu đồng']],
    ['a compound count', 'Khởi tố 250 vụ, 368 đối tượng buôn lậu.', ['250 vụ', '368 đối tượng']],
    ['a count of three words', 'Hỗ trợ 901 hộ kinh doanh và 3.120 người.', ['901 hộ kinh doanh', '3.120 người']],
    ['a part of a whole', 'Đã cấp 115/133 mã vùng trồng; 04/10 cơ sở đóng gói.', ['115/133 mã vùng trồng', '04/10 cơ sở']],
    ['a glued unit', 'Các cây trồng khác ước thực hiện 2.435ha.', ['2.435ha']],
    ['a decimal with grouping', 'Thu giữ 11.282,21 gam heroin.', ['11.282,21 gam']],
    ['an absolute change', 'Cháy rừng tăng 10 vụ, tăng 16,6 ha so với cùng kỳ.', ['10 vụ', '16,6 ha']],
    ['a target', 'Phấn đấu 10 xã về đích nông thôn mới, giải phóng mặt bằng đạt 70%.', ['10 xã', '70%']],
    ['a percent with an English decimal point', 'Tỷ lệ Bluezoner có số điện thoại (chiếm 40.37%) nằm trong nhóm đầu.', ['40.37%']],
    ['a count noun that starts with a function word', 'Đã khởi tố 25 vụ, 118 bị can, xử phạt 146 trường hợp.', ['25 vụ', '118 bị can', '146 trường hợp']],
    ['a thousands mark still read as one', 'Có 3.000 người và 1.250 thanh niên.', ['3.000 người', '1.250 thanh niên']],
  ])('%s', (_, body, texts) => expect(printed(body)).toEqual(texts));

  it('reads a minus sign into the number', () => {
    const [f] = findFigures(readEntryText('Chỉ số đạt -1,64% so với cùng kỳ.', 'x'));
    expect(f).toMatchObject({ number: -1.64, negative: true, unit: '%' });
  });

  it('keeps the whole of a part', () => {
    expect(findFigures(readEntryText('Kết thúc 172/221 cuộc thanh tra.', 'x'))[0]).toMatchObject({ number: 172, outOf: 221, unit: 'cuộc' });
  });

  it('records the comparison word, carried over a list', () => {
    const figures = findFigures(readEntryText('Đạt 612 triệu Kwh, đạt 67,3% kế hoạch, giảm 7%; bằng 97,2% cùng kỳ; giảm 05 vụ, 07 người chết, 06 người bị thương.', 'x'));
    expect(figures.map((f) => [f.text, f.comparison])).toEqual([
      ['612 triệu Kwh', 'đạt'],
      ['67,3%', 'đạt'],
      ['7%', 'giảm'],
      ['97,2%', 'bằng'],
      ['05 vụ', 'giảm'],
      ['07 người', 'giảm'],
      ['06 người', 'giảm'],
    ]);
  });

  it('places each figure in its paragraph or footnote, with its sentence, clause and lead', () => {
    const figures = findFigures(readEntryText('Doanh thu 617,1 tỷ đồng. Khách 12,3 nghìn lượt; đạt 2,5% kế hoạch[^1].\n\n[^1]: Trong đó lúa 05 ha.', 'ii-1-d'));
    expect(figures.map((f) => [f.text, f.anchor, f.footnote])).toEqual([
      ['617,1 tỷ đồng', 'ii-1-d-1', undefined],
      ['12,3 nghìn lượt', 'ii-1-d-1', undefined],
      ['2,5%', 'ii-1-d-1', undefined],
      ['05 ha', 'fn-1', '1'],
    ]);
    expect(figures[1]).toMatchObject({ sentence: 'Khách 12,3 nghìn lượt; đạt 2,5% kế hoạch.', clause: 'Khách 12,3 nghìn lượt;', lead: 'Khách' });
  });

  it('lists a bare number apart, for locating a value printed after its label', () => {
    const text = readEntryText('Tổng số học sinh dự thi: 9002.', 'x');
    expect(findFigures(text)).toEqual([]);
    expect(findNumbers(text).map((f) => [f.numeral, f.bare])).toEqual([['9002', true]]);
  });
});

describe('unitAfter', () => {
  it.each<[string, string]>([
    ['triệu USD, đạt 99,4%', 'triệu USD'],
    ['nghìn lượt khách du lịch', 'nghìn lượt'],
    ['đối tượng buôn lậu', 'đối tượng'],
    ['mã vùng trồng thạch đen', 'mã vùng trồng'],
    ['vụ với tổng số tiền', 'vụ'],
    ['ha.', 'ha'],
    ['và 3.120 người', ''],
  ])('%s → %s', (after, unit) => expect(unitAfter(after)).toBe(unit));
});

describe('classifyNumbers', () => {
  it('keeps a percent even after a function word and never reads a number inside a word', () => {
    expect(classifyNumbers('Covid-19 tăng 15%').filter((c) => c.kind === 'figure').map((c) => ('numeral' in c ? c.numeral : ''))).toEqual(['15']);
  });
});

describe('figures in table cells', () => {
  const body = `| STT | Chỉ tiêu | Đơn vị tính | Nhóm 3 | Thực hiện (tỷ đồng) | Tỷ lệ (%) | Ghi chú |
| --- | --- | --- | --: | --: | --: | --- |
| 1 | Diện tích lúa | ha | 1.234,5 | | 88,8 | đạt 24,7% kế hoạch |
| 2 | Thu ngân sách | | | 617,1 | | |
| 3 | Khách du lịch (nghìn lượt) | | 45 | | | tăng 10 vụ |
| 4 | Số trường | | 12 | | | |`;
  const text = readEntryText(body, 'i-1');

  it('reads each number in a cell with the unit its row, column or row header prints, and points at the table', () => {
    expect(findNumbers(text).map((f) => [f.text, f.unit, f.anchor, f.bare ?? false])).toEqual([
      ['1.234,5 ha', 'ha', 'i-1-bang-1', false],
      ['88,8%', '%', 'i-1-bang-1', false],
      ['24,7%', '%', 'i-1-bang-1', false],
      ['617,1 tỷ đồng', 'tỷ đồng', 'i-1-bang-1', false],
      ['45 nghìn lượt', 'nghìn lượt', 'i-1-bang-1', false],
      ['10 vụ', 'vụ', 'i-1-bang-1', false],
      ['12', '', 'i-1-bang-1', true],
    ]);
  });

  it('gives a cell’s figure the clause of its row header, column header and cell, in the sentence of its row', () => {
    const [first, second, third] = findNumbers(text);
    expect(first).toMatchObject({ clause: 'Diện tích lúa, Nhóm 3: 1.234,5 ha;', lead: 'Diện tích lúa, Nhóm 3:' });
    expect(second?.sentence).toBe('Diện tích lúa, Nhóm 3: 1.234,5 ha; Diện tích lúa, Tỷ lệ (%): 88,8%; Diện tích lúa, Ghi chú: đạt 24,7% kế hoạch');
    expect(third?.comparison).toBe('đạt');
    expect(findNumbers(text).map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('never reads the numbers of a header, nor the ordinal column, as figures', () => {
    expect(findNumbers(text).map((f) => f.numeral)).not.toContain('3');
    expect(findNumbers(text).map((f) => f.numeral)).not.toContain('1');
  });

  it('reads a cell under a header ending in "tháng" or "quý" as a figure, not a date', () => {
    const t = readEntryText('| Chỉ tiêu | Thực hiện 6 tháng | Kế hoạch quý |\n| - | -: | -: |\n| Lúa (ha) | 1.234,5 | 2 |', 'x');
    expect(findFigures(t).map((f) => f.text)).toEqual(['1.234,5 ha', '2 ha']);
  });

  it('lets an indicator be typed from a cell, with its plan printed in the same row', () => {
    const figures = findNumbers(text);
    const rice = { id: 'lua', label: 'Diện tích lúa', value: 1234.5, unit: 'ha', plan: { percent: 24.7, basis: 'kế hoạch' }, headline: false };
    expect(indicatorProblems(rice, figures)).toEqual([]);
    expect(indicatorAnchor(rice, figures)).toBe('i-1-bang-1');
    expect(indicatorProblems({ ...rice, value: 1234 }, figures)).toEqual(['value 1234 is not printed in its text or footnotes']);
    expect(indicatorProblems({ ...rice, plan: { percent: 88.8, basis: 'kế hoạch' } }, figures)).toEqual([
      'plan 88.8% is not printed as "đạt 88.8% kế hoạch" in the sentence of its value',
    ]);
    const visitors = { id: 'khach', label: 'Khách du lịch', value: 45, unit: 'nghìn lượt', headline: false };
    expect(indicatorProblems(visitors, figures)).toEqual([]);
  });
});

describe('headerUnit', () => {
  it.each([
    ['Thực hiện (tỷ đồng)', 'tỷ đồng'],
    ['Tỷ lệ (%)', '%'],
    ['Khách du lịch (nghìn lượt) ', 'nghìn lượt'],
    ['Kế hoạch', ''],
    ['(ha) Kế hoạch', ''],
    ['Đạt % kế hoạch', '%'],
    ['Tỷ lệ %', '%'],
    ['Tăng 5%', ''],
  ])('%s → %s', (header, unit) => {
    expect(headerUnit(header)).toBe(unit);
  });
});
