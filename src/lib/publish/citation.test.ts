import { describe, expect, it } from 'vitest';
import { citationMetaDate, citedReport, citedSection, filledNumber, filledPlaceDate, formatAccessDate, formatCitation, issueDate, placeLabel, sectionLabel, sectionShortLabel, sentenceCase, type CitedReport, type CitedSection } from './citation.ts';

const report: CitedReport = {
  issuer: 'Ủy ban nhân dân tỉnh Sơn Thủy',
  date: '2030-04',
  documentType: 'BÁO CÁO',
  number: 'Số: /BC-UBND',
  title: 'Tình hình quý I năm 2030;\nnhiệm vụ quý II',
};

const entry: CitedSection = { number: 'II.1.b', title: 'Phát triển kinh tế cửa khẩu', printed: true };
const task: CitedSection = { number: 'Phần II.3', title: 'Nông nghiệp', printed: false, task: 3 };
const intro: CitedSection = { number: 'Phần II', title: 'Mở đầu Phần II', printed: false };
const dd: CitedSection = { number: 'II.1.đ', title: 'Doanh nghiệp', printed: true };

describe('sentenceCase', () => {
  it.each([
    ['BÁO CÁO', 'Báo cáo'],
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['Tờ trình', 'Tờ trình'],
    ['  BÁO   CÁO ', 'Báo cáo'],
  ])('%j → %j', (input, expected) => {
    expect(sentenceCase(input)).toBe(expected);
  });
});

describe('section labels', () => {
  it.each([
    [entry, 'mục II.1.b', 'mục II.1.b “Phát triển kinh tế cửa khẩu”'],
    [dd, 'mục II.1.đ', 'mục II.1.đ “Doanh nghiệp”'],
    [task, 'nhiệm vụ 3', 'Phần II, nhiệm vụ 3 (Nông nghiệp)'],
    [{ ...task, number: '3' }, 'nhiệm vụ 3', 'nhiệm vụ 3 (Nông nghiệp)'],
    [intro, 'Phần II', 'Phần II (Mở đầu Phần II)'],
  ])('%j → %j / %j', (section, short, long) => {
    expect(sectionShortLabel(section)).toBe(short);
    expect(sectionLabel(section)).toBe(long);
  });
});

describe('placeLabel', () => {
  it.each([
    ['mục II.1.b', { paragraph: 2 }, 'mục II.1.b, đoạn 2'],
    ['nhiệm vụ 3', { paragraph: 1 }, 'nhiệm vụ 3, đoạn 1'],
    [undefined, { paragraph: 4 }, 'đoạn 4'],
    ['mục II.1.b', { footnote: '14' }, 'chú thích 14'],
    ['mục II.1.b', {}, 'mục II.1.b'],
  ])('%j + %j → %j', (short, place, expected) => {
    expect(placeLabel(short, place)).toBe(expected);
  });
});

describe('formatAccessDate (vi-VN, day/month/year)', () => {
  it.each([
    ['2025-03-04T20:00:00Z', 'Asia/Ho_Chi_Minh', '5/3/2025'],
    ['2025-03-04T20:00:00Z', 'UTC', '4/3/2025'],
    ['2025-12-31T18:00:00Z', 'Asia/Ho_Chi_Minh', '1/1/2026'],
  ])('%s in %s → %s', (iso, zone, expected) => {
    expect(formatAccessDate(new Date(iso), zone)).toBe(expected);
  });
});

describe('filledNumber: a number line counts only when a number is filled in', () => {
  it.each([
    ['Số: /BC-UBND', undefined],
    ['Số:    /BC-UBND', undefined],
    ['', undefined],
    ['Số: 187/BC-UBND', 'Số: 187/BC-UBND'],
    ['  Số: 12a/KH-UBND ', 'Số: 12a/KH-UBND'],
  ])('%j → %j', (input, expected) => {
    expect(filledNumber(input)).toBe(expected);
  });
});

describe('filledPlaceDate: the place and date line without a draft’s blanks', () => {
  it.each([
    ['Lạng Sơn, ngày tháng 10 năm 2021', 'Lạng Sơn, tháng 10 năm 2021'],
    ['Lạng Sơn, ngày    tháng 10 năm 2021', 'Lạng Sơn, tháng 10 năm 2021'],
    ['Lạng Sơn, ngày tháng năm 2021', 'Lạng Sơn, năm 2021'],
    ['Lạng Sơn, ngày tháng năm', 'Lạng Sơn'],
    ['Sơn Thủy, ngày 05 tháng 4 năm 2030', 'Sơn Thủy, ngày 05 tháng 4 năm 2030'],
  ])('%j → %j', (input, expected) => {
    expect(filledPlaceDate(input)).toBe(expected);
  });
});

describe('issue dates', () => {
  it.each([
    ['2021-10', '10/2021', '2021/10'],
    ['2021-03', '3/2021', '2021/03'],
    ['2021-10-05', '5/10/2021', '2021/10/05'],
    ['2021', '2021', '2021'],
  ])('%s → %s in citations, %s in meta tags', (iso, cited, meta) => {
    expect(issueDate(iso)).toBe(cited);
    expect(citationMetaDate(iso)).toBe(meta);
  });
});

describe('formatCitation', () => {
  const url = 'https://example.gov.vn/bao-cao/kinh-te/cua-khau/';
  const head = 'Ủy ban nhân dân tỉnh Sơn Thủy (4/2030). Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”';
  it.each([
    [
      'a paragraph',
      { section: sectionLabel(entry), paragraph: 2, url: `${url}#ii-1-b-2` },
      '5/3/2025',
      `${head}, mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 2. https://example.gov.vn/bao-cao/kinh-te/cua-khau/#ii-1-b-2. Truy cập ngày 5/3/2025.`,
    ],
    [
      'a footnote',
      { section: sectionLabel(entry), footnote: '14', url: `${url}#fn-14` },
      '5/3/2025',
      `${head}, mục II.1.b “Phát triển kinh tế cửa khẩu”, chú thích 14. https://example.gov.vn/bao-cao/kinh-te/cua-khau/#fn-14. Truy cập ngày 5/3/2025.`,
    ],
    [
      'a figure',
      { section: sectionLabel(entry), figure: 'Hình 3', url: `${url}#xuat-nhap-khau` },
      '5/3/2025',
      `${head}, mục II.1.b “Phát triển kinh tế cửa khẩu”, Hình 3. https://example.gov.vn/bao-cao/kinh-te/cua-khau/#xuat-nhap-khau. Truy cập ngày 5/3/2025.`,
    ],
    [
      'a task, before the access date is known',
      { section: sectionLabel(task), url: 'https://example.gov.vn/nhiem-vu/3/' },
      undefined,
      `${head}, Phần II, nhiệm vụ 3 (Nông nghiệp). https://example.gov.vn/nhiem-vu/3/.`,
    ],
    [
      'the whole report',
      { url: 'https://example.gov.vn/toan-van/' },
      '25/12/2030',
      `${head}. https://example.gov.vn/toan-van/. Truy cập ngày 25/12/2030.`,
    ],
  ])('%s, from a draft without a number: no blank number line', (_, place, accessDate, expected) => {
    const citation = formatCitation(report, place, accessDate);
    expect(citation).toBe(expected);
    expect(citation).not.toContain('Số:');
    expect(citation).not.toContain('/BC-UBND');
  });

  it('keeps a number that is filled in, after the title', () => {
    expect(formatCitation({ ...report, number: 'Số: 187/BC-UBND' }, { section: sectionLabel(entry), paragraph: 2, url: `${url}#ii-1-b-2` }, '5/3/2025')).toBe(
      `${head}, Số: 187/BC-UBND, mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 2. ${url}#ii-1-b-2. Truy cập ngày 5/3/2025.`,
    );
  });

  it('names the issue date as precisely as the report gives it', () => {
    expect(formatCitation({ ...report, date: '2030-04-15' }, { url })).toBe(`Ủy ban nhân dân tỉnh Sơn Thủy (15/4/2030). Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”. ${url}.`);
    expect(formatCitation({ ...report, date: '2030' }, { url })).toMatch(/^Ủy ban nhân dân tỉnh Sơn Thủy \(2030\)\. /);
  });

  it('leaves out a number line the report does not print', () => {
    expect(formatCitation({ ...report, number: ' ' }, { url })).toBe(`${head}. ${url}.`);
  });
});

describe('from metadata and frontmatter', () => {
  it('keeps only the cited fields of the report', () => {
    expect(citedReport({ ...report, shortTitle: 'Báo cáo ngắn', recipients: ['Lưu: VT.'] } as CitedReport)).toEqual(report);
  });

  it.each([
    [{ number: 'II.1.b', title: 'Cửa khẩu', marker: 'b)' }, { number: 'II.1.b', title: 'Cửa khẩu', printed: true, task: undefined }],
    [{ number: 'Phần II.3', title: 'Nông nghiệp', task: 3 }, { number: 'Phần II.3', title: 'Nông nghiệp', printed: false, task: 3 }],
  ])('%j → %j', (frontmatter, expected) => {
    expect(citedSection(frontmatter)).toEqual(expected);
  });
});
