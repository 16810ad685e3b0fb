import { describe, expect, it } from 'vitest';
import { readEntryText } from '../text/entry-text.ts';
import { cellLabel, changeBasis, labelFrom, nounLabel, notAFigure, phraseAfter, planBasis, printedPeriod, proposalsYaml, proposeIndicators } from './proposer.ts';
import { columnComparison } from './finder.ts';

/** The proposals for a one-paragraph body, without their figures. */
const propose = (body: string) => proposeIndicators(readEntryText(body, 'x')).map((p) => p.indicator);

describe('proposeIndicators: the genre’s phrasing', () => {
  it('a value with plan and signed change: "đạt 99,4% kế hoạch, tăng 15%"', () => {
    expect(propose('Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ.')).toEqual([
      { id: 'tong-kim-ngach-xuat-nhap-khau-qua-dia-ban', label: 'Tổng kim ngạch xuất nhập khẩu qua địa bàn', qualifier: 'ước đạt', value: 3060, unit: 'triệu USD', plan: { percent: 99.4, basis: 'kế hoạch' }, change: { percent: 15, basis: 'cùng kỳ' }, headline: false },
    ]);
  });

  it.each<[string, string, object]>([
    ['"giảm" is a negative change', 'Than sạch 395 nghìn tấn, giảm 5,7%.', { value: 395, unit: 'nghìn tấn', change: { percent: -5.7, basis: 'cùng kỳ' } }],
    ['"bằng X%" is a ratio', 'Lúa mùa ước đạt 31.842 ha, bằng 97,2% so với cùng kỳ.', { value: 31842, unit: 'ha', change: { ratio: 97.2, basis: 'cùng kỳ' } }],
    ['a change alone is change-only', 'Chỉ số sản xuất công nghiệp trong 9 tháng tăng 6,2% so với cùng kỳ.', { unit: '%', change: { percent: 6.2, basis: 'cùng kỳ' } }],
    ['"tăng N <unit>" after a value is its amount', 'Tổng giá trị quà tặng là 37,2 tỷ đồng (tăng 8,1 tỷ đồng so với năm 2020).', { value: 37.2, unit: 'tỷ đồng', change: { amount: 8.1, basis: 'năm 2020' } }],
    ['"tăng N <unit>" alone is a change-only amount', 'Cháy rừng tăng 10 vụ so với cùng kỳ.', { unit: 'vụ', change: { amount: 10, basis: 'cùng kỳ' } }],
    ['a part of a whole', 'Đến nay đã cấp 115/133 mã vùng trồng.', { value: 115, outOf: 133, unit: 'mã vùng trồng' }],
    ['a plan basis as printed', 'Giải ngân 1.817,9 tỷ đồng, đạt 65,8% kế hoạch Trung ương giao.', { value: 1817.9, plan: { percent: 65.8, basis: 'kế hoạch Trung ương giao' } }],
    ['a change against a date', 'Dư nợ tín dụng 35.870 tỷ đồng, tăng 6,7% so với 31/12/2020.', { change: { percent: 6.7, basis: '31/12/2020' } }],
    ['a printed period', 'Tính đến ngày 30/9/2021, toàn tỉnh đã tiêm 490.132 liều.', { value: 490132, unit: 'liều', period: 'tính đến ngày 30/9/2021' }],
    ['a percent level', 'Tỷ lệ cử tri đi bầu đạt 99,99%.', { value: 99.99, unit: '%' }],
    ['a qualifier printed before the value', 'Nhận được sự đóng góp trên 26 tỷ đồng.', { qualifier: 'trên', value: 26, unit: 'tỷ đồng' }],
    ['a qualified percent level after its verb', 'Nền tảng số tiêm chủng đạt tỉ lệ trên 98,6%.', { qualifier: 'trên', value: 98.6, unit: '%' }],
  ])('%s', (_, body, expected) => {
    expect(propose(body)[0]).toMatchObject(expected);
  });

  it('a footnote figure carries its footnote number', () => {
    expect(proposeIndicators(readEntryText('Ghi chú[^20].\n\n[^20]: Miễn, giảm lãi cho 39.051 khách hàng với dư nợ 13.838 tỷ đồng.', 'x')).map((p) => p.indicator)).toMatchObject([
      { value: 39051, unit: 'khách hàng', footnote: 20 },
      { value: 13838, unit: 'tỷ đồng', footnote: 20 },
    ]);
  });

  it('a list under one "giảm" gives each item its fall', () => {
    expect(propose('Xảy ra 28 vụ; giảm 05 vụ, 07 người chết.').map((i) => i.change)).toEqual([{ amount: -5, basis: 'cùng kỳ' }, { amount: -7, basis: 'cùng kỳ' }]);
  });
});

describe('the phrase rules', () => {
  it.each<[string, string]>([
    ['% so với cùng kỳ, trong đó', 'cùng kỳ'],
    ['so cùng kỳ', 'cùng kỳ'],
    ['so với 31/12/2020; dư nợ', '31/12/2020'],
    [', đạt 60,9%', 'cùng kỳ'],
  ])('changeBasis(%j) → %s', (after, basis) => expect(changeBasis(after)).toBe(basis));

  it.each<[string, string | undefined]>([
    ['kế hoạch, tăng 15%', 'kế hoạch'],
    ['dự toán Trung ương giao (đạt 80%)', 'dự toán Trung ương giao'],
    ['so với cùng kỳ', undefined],
  ])('planBasis(%j) → %s', (after, basis) => expect(planBasis(after)).toBe(basis));

  it.each<[string, string | undefined]>([
    ['Tính đến ngày 30/9/2021, toàn tỉnh', 'tính đến ngày 30/9/2021'],
    ['Từ 16/12/2020 đến 14/9/2021 xảy ra', 'từ 16/12/2020 đến 14/9/2021'],
    ['Trong 9 tháng', undefined],
  ])('printedPeriod(%j) → %s', (text, period) => expect(printedPeriod(text)).toBe(period));

  it.each<[string, string]>([
    ['Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt', 'Tổng kim ngạch xuất nhập khẩu qua địa bàn'],
    ['tăng 15% so với cùng kỳ, trong đó xuất khẩu', 'Xuất khẩu'],
    ['; làm chết', 'Làm chết'],
  ])('labelFrom(%j) → %s', (lead, label) => expect(labelFrom(lead, '')).toBe(label));
});

describe('the Vietnamese figure grammar of issue 22 (sentences of reports the rules were not written from)', () => {
  it.each<[string, string, string | undefined]>([
    ['"tháng 10" is a period', 'Kim ngạch xuất khẩu tháng 10 ước đạt 412 triệu USD.', 'tháng 10'],
    ['"tháng 10 năm 2021" keeps its year', 'Tháng 10 năm 2021, thu ngân sách ước đạt 620 tỷ đồng.', 'tháng 10 năm 2021'],
    ['a period opening the sentence covers its clauses', 'Tháng 10, toàn tỉnh thu hút 52.300 lượt khách; doanh thu 41 tỷ đồng.', 'tháng 10'],
    ['"quý III" is a period', 'Tổng sản phẩm quý III tăng 3,1% so với cùng kỳ.', 'quý III'],
    ['"năm học 2021-2022" is a period', 'Năm học 2021-2022, toàn tỉnh có 612 trường học.', 'năm học 2021-2022'],
    ['"đến ngày …" is a period', 'Giải ngân vốn đầu tư công đến ngày 31/10/2021 đạt 1.520,4 tỷ đồng.', 'đến ngày 31/10/2021'],
    ['"tính đến ngày …" keeps "tính"', 'Tính đến ngày 30/9/2021, toàn tỉnh đã tiêm 490.132 liều.', 'tính đến ngày 30/9/2021'],
    ['"9 tháng" is the report’s own period, not printed as one', 'Trong 9 tháng, thu ngân sách đạt 5.000 tỷ đồng.', undefined],
  ])('period: %s', (_, body, period) => {
    expect(propose(body)[0]?.period).toBe(period);
  });

  it.each<[string, string, number, string]>([
    ['"lượt người" is one unit', 'Khám chữa bệnh cho 35.600 lượt người.', 35600, 'lượt người'],
    ['"điểm phần trăm" is one unit', 'Tỷ lệ hộ nghèo giảm 1,7 điểm phần trăm.', -1.7, 'điểm phần trăm'],
    ['"nghìn tấn": a multiplier and its measure', 'Sản lượng lương thực đạt 311,5 nghìn tấn.', 311.5, 'nghìn tấn'],
    ['"tạ/ha": a yield', 'Năng suất lúa bình quân đạt 52,3 tạ/ha.', 52.3, 'tạ/ha'],
    ['"nghìn lượt người": a multiplier before a compound unit', 'Các điểm du lịch đón 120 nghìn lượt người.', 120, 'nghìn lượt người'],
  ])('unit: %s', (_, body, number, unit) => {
    const [first] = propose(body);
    expect(first?.value ?? first?.change?.amount).toBe(number);
    expect(first?.unit).toBe(unit);
  });

  it.each<[string, string, object]>([
    ['"so với X" runs to the clause boundary, not the comma inside "9,6"', 'Chỉ số giá tiêu dùng tăng 2,4% so với tháng trước và tăng 9,6% so với cùng kỳ.', { percent: 2.4, basis: 'tháng trước' }],
    ['"so với cuối năm 2021" is its basis, not "cùng kỳ"', 'Dư nợ tín dụng đạt 36.100 tỷ đồng, tăng 4,1% so với cuối năm 2020.', { percent: 4.1, basis: 'cuối năm 2020' }],
    ['"so với năm học trước" is its basis', 'Số học sinh đạt 98.200 học sinh, tăng 1,2% so với năm học trước.', { percent: 1.2, basis: 'năm học trước' }],
    ['"gấp N lần" after a value is a ratio', 'Thu hút 2.400 lượt khách, gấp 2,5 lần cùng kỳ.', { ratio: 250, basis: 'cùng kỳ' }],
  ])('change: %s', (_, body, change) => {
    expect(propose(body)[0]?.change).toEqual(change);
  });

  it('"tăng 2,4% … và tăng 9,6%": the second change is not cut at its decimal comma', () => {
    expect(changeBasis('so với tháng trước và tăng 9,6% so với cùng kỳ')).toBe('tháng trước');
  });

  it.each<[string, string, object]>([
    ['"giảm còn 9,8%" is the new level, not a fall of 9,8 %', 'Tỷ lệ hộ nghèo giảm còn 9,8%.', { label: 'Tỷ lệ hộ nghèo', value: 9.8, unit: '%' }],
    ['"tăng lên 2.845 doanh nghiệp" is the new level', 'Số doanh nghiệp đang hoạt động tăng lên 2.845 doanh nghiệp.', { value: 2845, unit: 'doanh nghiệp' }],
  ])('value: %s', (_, body, expected) => {
    const [first] = propose(body);
    expect(first).toMatchObject(expected);
    expect(first?.change).toBeUndefined();
  });

  it('"kế hoạch Trung ương giao" and "kế hoạch tỉnh giao" are two plan bases of one value: two indicators', () => {
    const proposals = propose('Giải ngân vốn đầu tư công được 1.520,4 tỷ đồng, đạt 65,2% kế hoạch Trung ương giao, đạt 78,5% kế hoạch tỉnh giao.');
    expect(proposals.map((i) => [i.value, i.plan])).toEqual([
      [1520.4, { percent: 65.2, basis: 'kế hoạch Trung ương giao' }],
      [1520.4, { percent: 78.5, basis: 'kế hoạch tỉnh giao' }],
    ]);
    expect(new Set(proposals.map((i) => i.id)).size).toBe(2);
  });

  it.each<[string, string, string]>([
    ['an age', 'Tiêm vắc xin cho 41.230 người từ 18 tuổi trở lên.', '18 tuổi'],
    ['a dose number', 'Có 27.905 người đã tiêm đủ 2 mũi.', '2 mũi'],
    ['an ordinal count', 'Tổ chức 3.200 cuộc kiểm tra trong đợt 2 lượt kiểm tra.', '2 lượt'],
  ])('not proposed: %s', (_, body, printed) => {
    const texts = proposeIndicators(readEntryText(body, 'x')).map((p) => p.figure.text);
    expect(texts).not.toContain(printed);
    expect(texts.length).toBeGreaterThan(0);
  });

  it.each<[Parameters<typeof notAFigure>[0], string | undefined]>([
    [{ unit: 'tuổi', number: 18, lead: 'từ' }, 'độ tuổi, không phải số liệu'],
    [{ unit: 'mũi', number: 2, lead: 'đủ' }, 'số mũi tiêm trong định nghĩa chỉ tiêu, không phải số liệu'],
    [{ unit: 'mũi', number: 912000, lead: 'tiêm' }, undefined],
    [{ unit: 'lượt', number: 2, lead: 'trong đợt' }, 'số thứ tự, không phải số liệu'],
  ])('notAFigure(%j) → %s', (figure, reason) => expect(notAFigure(figure)).toBe(reason));

  it.each<[string, string]>([
    ['So cùng kỳ (%)', 'bằng'],
    ['So kế hoạch (%)', 'đạt'],
    ['So dự toán (%)', 'đạt'],
    ['Thực hiện 10 tháng', ''],
  ])('a table column "%s" compares by "%s"', (header, word) => expect(columnComparison(header) ?? '').toBe(word));

  it('a table row with plan and earlier-period columns but no value: a share of the plan and a change-only ratio', () => {
    const body = '| Chỉ tiêu | Dự toán năm | So dự toán (%) | So cùng kỳ (%) |\n| --- | --- | --- | --- |\n| Thu ngân sách trên địa bàn | 98.500 | 88,6 | 109,0 |';
    expect(propose(body)).toEqual([
      { id: 'thu-ngan-sach-tren-dia-ban-so-voi-du-toan', label: 'Thu ngân sách trên địa bàn so với dự toán', value: 88.6, unit: '%', headline: false },
      { id: 'thu-ngan-sach-tren-dia-ban', label: 'Thu ngân sách trên địa bàn', unit: '%', change: { ratio: 109, basis: 'cùng kỳ' }, headline: false },
    ]);
  });

  it('a table row with a value: the plan column is its plan', () => {
    const body = '| Chỉ tiêu | Đơn vị tính | Thực hiện 10 tháng | So kế hoạch (%) |\n| --- | --- | --- | --- |\n| Trồng rừng tập trung | ha | 820 | 102,5 |';
    expect(propose(body)).toEqual([
      { id: 'trong-rung-tap-trung-thuc-hien-10-thang', label: 'Trồng rừng tập trung thực hiện 10 tháng', value: 820, unit: 'ha', plan: { percent: 102.5, basis: 'kế hoạch' }, headline: false },
    ]);
  });
});

describe('labels: noun phrases, never one word, a bullet or the unit', () => {
  it.each<[string, string]>([
    ['Chăn nuôi ổn định; + Đàn trâu 12.500 con.', 'Đàn trâu'],
    ['Trong đó 27.905 người đã tiêm đủ 2 mũi.', 'Người đã tiêm đủ 2 mũi'],
    ['Trong đó 12 thanh niên có trình độ cao đẳng, đại học.', 'Thanh niên có trình độ cao đẳng'],
    ['Trong đó: Lúa 15.443,3 ha.', 'Diện tích lúa'],
    ['Xã 12 xã.', 'Số xã'],
  ])('%j → %s', (body, label) => expect(propose(body)[0]?.label).toBe(label));

  it.each<[Parameters<typeof phraseAfter>[0], string]>([
    [{ unit: 'người', after: 'người đã tiêm đủ 2 mũi.' }, 'người đã tiêm đủ 2 mũi'],
    [{ unit: 'người', after: 'người, tăng 5%' }, 'người'],
    [{ unit: 'ha', after: 'ha và 20 ha' }, 'ha'],
    [{ unit: '%', after: '% kế hoạch' }, '%'],
  ])('phraseAfter(%j) → %s', (f, phrase) => expect(phraseAfter(f)).toBe(phrase));

  it.each<[string, string, string]>([
    ['Lúa', 'ha', 'Diện tích lúa'],
    ['Ngô', 'nghìn tấn', 'Sản lượng ngô'],
    ['Xã', 'xã', 'Số xã'],
    ['Thu ngân sách', 'tỷ đồng', 'Thu ngân sách'],
  ])('nounLabel(%j, %j) → %s', (label, unit, out) => expect(nounLabel(label, unit)).toBe(out));

  it.each<[string, string, string]>([
    ['Tổng diện tích gieo trồng', 'Thực hiện 10 tháng', 'Tổng diện tích gieo trồng thực hiện 10 tháng'],
    ['Thu ngân sách', 'Thực hiện (tỷ đồng)', 'Thu ngân sách thực hiện'],
    ['', 'Kế hoạch năm', 'Kế hoạch năm'],
  ])('cellLabel(%j, %j) → %s', (row, column, label) => expect(cellLabel({ row, column })).toBe(label));
});

describe('proposalsYaml', () => {
  it('writes the content files’ style and keeps ids unique', () => {
    const proposals = proposeIndicators(readEntryText('Xuất khẩu 980 triệu USD, giảm 2%.', 'x'));
    expect(proposalsYaml(proposals, new Set(['xuat-khau']))).toBe('  - id: "xuat-khau-2"\n    label: "Xuất khẩu"\n    value: 980\n    unit: "triệu USD"\n    change: { percent: -2, basis: "cùng kỳ" }');
  });

  it('writes a qualifier before the value', () => {
    const proposals = proposeIndicators(readEntryText('Đóng góp khoảng 26 tỷ đồng.', 'x'));
    expect(proposalsYaml(proposals)).toBe('  - id: "dong-gop"\n    label: "Đóng góp"\n    qualifier: "khoảng"\n    value: 26\n    unit: "tỷ đồng"');
  });
});
