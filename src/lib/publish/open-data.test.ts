import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.ts';
import { BOM, csvField, figureWords, indicatorCitation, rowMatches, OPEN_DATA_COLUMNS, openDataCsv, openDataJson, openDataRow, toCsv, type OpenDataSource } from './open-data.ts';

const exportsSource: OpenDataSource = {
  indicator: {
    id: 'kim-ngach-xuat-khau',
    label: 'Kim ngạch xuất khẩu',
    value: 980,
    unit: 'triệu USD',
    plan: { percent: 73.1, basis: 'kế hoạch' },
    change: { percent: 10.1, basis: 'cùng kỳ' },
    headline: false,
  },
  period: '9 tháng 2021',
  sectionNumber: 'II.1.b',
  sectionTitle: 'Phát triển kinh tế cửa khẩu',
  url: 'https://example.gov.vn/kinh-te/kinh-te-cua-khau/#ii-1-b-1',
};
const spendingSource: OpenDataSource = {
  indicator: { id: 'chi-thuong-xuyen', label: 'Chi thường xuyên', value: 4800, unit: 'tỷ đồng', change: { ratio: 95.8, basis: 'cùng kỳ' }, footnote: 21, headline: false },
  period: '9 tháng 2021',
  sectionNumber: 'II.1.e',
  sectionTitle: 'Công tác quản lý, điều hành ngân sách nhà nước',
  url: 'https://example.gov.vn/kinh-te/ngan-sach/#fn-21',
};

describe('openDataRow', () => {
  it('flattens an indicator with plan and signed change', () => {
    expect(openDataRow(exportsSource)).toEqual({
      id: 'kim-ngach-xuat-khau',
      section_number: 'II.1.b',
      section_title: 'Phát triển kinh tế cửa khẩu',
      label: 'Kim ngạch xuất khẩu',
      qualifier: null,
      value: 980,
      out_of: null,
      unit: 'triệu USD',
      period: '9 tháng 2021',
      plan_percent: 73.1,
      plan_basis: 'kế hoạch',
      change_percent: 10.1,
      change_ratio: null,
      change_amount: null,
      change_basis: 'cùng kỳ',
      footnote: null,
      url: 'https://example.gov.vn/kinh-te/kinh-te-cua-khau/#ii-1-b-1',
    });
  });

  it('keeps a ratio and a footnote, and leaves the missing plan empty', () => {
    expect(openDataRow(spendingSource)).toMatchObject({ plan_percent: null, plan_basis: null, change_percent: null, change_ratio: 95.8, footnote: 21 });
  });

  it('leaves the value empty for a change-only indicator and keeps a signed amount and a whole', () => {
    const base = { period: '9 tháng 2021', sectionNumber: 'II.1.d', sectionTitle: 'Công nghiệp', url: 'https://example.gov.vn/#x' };
    expect(openDataRow({ ...base, indicator: { id: 'chi-so', label: 'Chỉ số sản xuất công nghiệp', unit: '%', change: { percent: 6.2, basis: 'cùng kỳ' }, headline: false } })).toMatchObject({ value: null, unit: '%', change_percent: 6.2, change_amount: null });
    expect(openDataRow({ ...base, indicator: { id: 'chay-rung', label: 'Cháy rừng', unit: 'vụ', change: { amount: -3, basis: 'cùng kỳ' }, headline: false } })).toMatchObject({ value: null, change_amount: -3, change_percent: null });
    expect(openDataRow({ ...base, indicator: { id: 'ma-vung', label: 'Mã vùng trồng', value: 115, outOf: 133, unit: 'mã vùng trồng', headline: false } })).toMatchObject({ value: 115, out_of: 133 });
    expect(openDataRow({ ...base, indicator: { id: 'dong-gop', label: 'Đóng góp', qualifier: 'trên', value: 26, unit: 'tỷ đồng', headline: false } })).toMatchObject({ qualifier: 'trên', value: 26 });
  });
});

describe('csvField (RFC 4180)', () => {
  it.each<[string | number | null | undefined, string]>([
    ['Xi măng', 'Xi măng'],
    ['Công tác phòng, chống dịch', '"Công tác phòng, chống dịch"'],
    ['Đề án "Xúc tiến"', '"Đề án ""Xúc tiến"""'],
    ['dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    [1094.1, '1094.1'],
    [-1.64, '-1.64'],
    [490132, '490132'],
    [null, ''],
    [undefined, ''],
    // Text that starts like a formula is shown as text, never run (OWASP CSV injection).
    ['=HYPERLINK("https://example.org","x")', '"\'=HYPERLINK(""https://example.org"",""x"")"'],
    ['+84 số điện thoại', "'+84 số điện thoại"],
    ['- Đàn trâu', "'- Đàn trâu"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['Tỷ lệ = 5', 'Tỷ lệ = 5'],
  ])('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv and openDataCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv([['a', 1], ['b, c', 2.5]])).toBe('\uFEFFa,1\r\n"b, c",2.5\r\n');
  });

  it('writes a header of column names, then one line per indicator', () => {
    const csv = openDataCsv([openDataRow(exportsSource), openDataRow(spendingSource)]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(lines[1]).toBe('kim-ngach-xuat-khau,II.1.b,Phát triển kinh tế cửa khẩu,Kim ngạch xuất khẩu,,980,,triệu USD,9 tháng 2021,73.1,kế hoạch,10.1,,,cùng kỳ,,https://example.gov.vn/kinh-te/kinh-te-cua-khau/#ii-1-b-1');
    expect(lines[2]).toBe('chi-thuong-xuyen,II.1.e,"Công tác quản lý, điều hành ngân sách nhà nước",Chi thường xuyên,,4800,,tỷ đồng,9 tháng 2021,,,,95.8,,cùng kỳ,21,https://example.gov.vn/kinh-te/ngan-sach/#fn-21');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});

describe('openDataJson', () => {
  it('holds the report metadata, the columns and the rows', () => {
    const meta = { title: 'Báo cáo', issuer: 'UBND', number: 'Số: /BC', date: '2021-10', url: 'https://example.gov.vn/' };
    const parsed = JSON.parse(openDataJson(meta, [openDataRow(exportsSource)])) as { report: unknown; columns: string[]; indicators: { id: string; value: number }[] };
    expect(parsed.report).toEqual(meta);
    expect(parsed.columns).toEqual([...OPEN_DATA_COLUMNS]);
    expect(parsed.indicators.map((i) => [i.id, i.value])).toEqual([['kim-ngach-xuat-khau', 980]]);
  });
});

describe('figure citations', () => {
  it.each([
    [exportsSource.indicator, 'Kim ngạch xuất khẩu: 980 triệu USD, đạt 73,1% kế hoạch, tăng 10,1% so với cùng kỳ (9 tháng 2021)'],
    [spendingSource.indicator, 'Chi thường xuyên: 4.800 tỷ đồng, bằng 95,8% so với cùng kỳ (9 tháng 2021)'],
    [{ label: 'Tỷ lệ cử tri đi bầu', value: 99.74, unit: '%' }, 'Tỷ lệ cử tri đi bầu: 99,74% (9 tháng 2021)'],
    [{ label: 'Tỷ lệ triển khai nền tảng số', qualifier: 'trên' as const, value: 98.6, unit: '%' }, 'Tỷ lệ triển khai nền tảng số: trên 98,6% (9 tháng 2021)'],
  ])('words a figure as printed: %#', (indicator, words) => {
    expect(figureWords(indicator, '9 tháng 2021')).toBe(words);
  });

  const report = { issuer: 'Ủy ban nhân dân tỉnh X', date: '2021-10', documentType: 'BÁO CÁO', number: 'Số: /BC-UBND', title: 'Tình hình\nkinh tế - xã hội' };
  it('names the figure, its value, the report, section, paragraph, URL and access date', () => {
    expect(
      indicatorCitation(report, 'Kim ngạch xuất khẩu: 980 triệu USD (9 tháng 2021)', { section: 'mục II.1.b “Kinh tế cửa khẩu”', paragraph: 1, url: 'https://example.gov.vn/du-lieu/#kim-ngach-xuat-khau' }, '5/3/2025'),
    ).toBe(
      '“Kim ngạch xuất khẩu: 980 triệu USD (9 tháng 2021)”. Ủy ban nhân dân tỉnh X (10/2021). Báo cáo “Tình hình kinh tế - xã hội”, mục II.1.b “Kinh tế cửa khẩu”, đoạn 1. https://example.gov.vn/du-lieu/#kim-ngach-xuat-khau. Truy cập ngày 5/3/2025.',
    );
  });
  it('names the footnote when the figure is printed in one', () => {
    expect(indicatorCitation(report, 'Chi: 1 tỷ đồng (2021)', { section: 'mục II.1.e “Ngân sách”', footnote: '21', url: 'https://example.gov.vn/du-lieu/#chi' })).toBe(
      '“Chi: 1 tỷ đồng (2021)”. Ủy ban nhân dân tỉnh X (10/2021). Báo cáo “Tình hình kinh tế - xã hội”, mục II.1.e “Ngân sách”, chú thích 21. https://example.gov.vn/du-lieu/#chi.',
    );
  });
});

describe('rowMatches', () => {
  const row = foldVietnamese('Diện tích thạch đen 1.850 ha Kinh tế');
  it.each([
    ['thach den', true],
    ['Thạch Đen', true],
    ['den thach', true],
    ['thach 1.850', true],
    ['thach lua', false],
    ['', true],
  ])('%j → %s', (query, found) => {
    expect(rowMatches(row, query, foldVietnamese)).toBe(found);
  });
});
