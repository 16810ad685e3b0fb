import { describe, expect, it } from 'vitest';
import { citedReport, citedSection, formatAccessDate, formatCitation, placeLabel, sectionLabel, sectionShortLabel, sentenceCase, type CitedReport, type CitedSection } from './citation.ts';

const report: CitedReport = {
  issuer: 'Ủy ban nhân dân tỉnh Sơn Thủy',
  year: 2030,
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

describe('formatCitation', () => {
  const url = 'https://example.gov.vn/bao-cao/kinh-te/cua-khau/';
  it.each([
    [
      'a paragraph',
      { section: sectionLabel(entry), paragraph: 2, url: `${url}#ii-1-b-2` },
      '5/3/2025',
      'Ủy ban nhân dân tỉnh Sơn Thủy (2030), Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”, Số: /BC-UBND, mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 2, https://example.gov.vn/bao-cao/kinh-te/cua-khau/#ii-1-b-2, truy cập ngày 5/3/2025.',
    ],
    [
      'a footnote',
      { section: sectionLabel(entry), footnote: '14', url: `${url}#fn-14` },
      '5/3/2025',
      'Ủy ban nhân dân tỉnh Sơn Thủy (2030), Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”, Số: /BC-UBND, mục II.1.b “Phát triển kinh tế cửa khẩu”, chú thích 14, https://example.gov.vn/bao-cao/kinh-te/cua-khau/#fn-14, truy cập ngày 5/3/2025.',
    ],
    [
      'a task, before the access date is known',
      { section: sectionLabel(task), url: 'https://example.gov.vn/nhiem-vu/3/' },
      undefined,
      'Ủy ban nhân dân tỉnh Sơn Thủy (2030), Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”, Số: /BC-UBND, Phần II, nhiệm vụ 3 (Nông nghiệp), https://example.gov.vn/nhiem-vu/3/.',
    ],
    [
      'the whole report',
      { url: 'https://example.gov.vn/toan-van/' },
      '25/12/2030',
      'Ủy ban nhân dân tỉnh Sơn Thủy (2030), Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”, Số: /BC-UBND, https://example.gov.vn/toan-van/, truy cập ngày 25/12/2030.',
    ],
  ])('%s', (_, place, accessDate, expected) => {
    expect(formatCitation(report, place, accessDate)).toBe(expected);
  });

  it('leaves out a number line the report does not print', () => {
    expect(formatCitation({ ...report, number: ' ' }, { url })).toBe(
      `Ủy ban nhân dân tỉnh Sơn Thủy (2030), Báo cáo “Tình hình quý I năm 2030; nhiệm vụ quý II”, ${url}.`,
    );
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
