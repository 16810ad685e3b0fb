import { describe, expect, it } from 'vitest';
import { readEntryText } from './entry-text.ts';
import { changeBasis, labelFrom, planBasis, printedPeriod, proposalsYaml, proposeIndicators } from './figure-proposer.ts';

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
