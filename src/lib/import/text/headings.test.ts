import { describe, expect, it } from 'vitest';
import { isClosingLine, isTaskSectionTitle, readAppendix, readHeading } from './headings.ts';

describe('readHeading', () => {
  it.each([
    ['Phần I', { kind: 'part', path: ['I'], marker: 'Phần I' }],
    ['PHẦN II', { kind: 'part', path: ['II'], marker: 'PHẦN II' }],
    ['PHẦN II: NHIỆM VỤ', { kind: 'part', path: ['II'], marker: 'PHẦN II', title: 'NHIỆM VỤ' }],
    ['IV. ĐÁNH GIÁ CHUNG', { kind: 'roman', path: ['IV'], marker: 'IV.', title: 'ĐÁNH GIÁ CHUNG' }],
    ['**II. KẾT QUẢ**', { kind: 'roman', path: ['II'], marker: 'II.', title: 'KẾT QUẢ' }],
    ['3. Lĩnh vực tài nguyên', { kind: 'arabic', path: ['3'], marker: '3.', title: 'Lĩnh vực tài nguyên' }],
    ['1.2. Thu, chi ngân sách', { kind: 'sub2', path: ['1', '2'], marker: '1.2.', title: 'Thu, chi ngân sách' }],
    ['1.2 Thu, chi ngân sách', { kind: 'sub2', path: ['1', '2'], marker: '1.2', title: 'Thu, chi ngân sách' }],
    ['2.1.3. Giáo dục', { kind: 'sub3', path: ['2', '1', '3'], marker: '2.1.3.', title: 'Giáo dục' }],
    ['đ) Phát triển doanh nghiệp', { kind: 'letter', path: ['đ'], marker: 'đ)', title: 'Phát triển doanh nghiệp' }],
  ])('%s', (line, heading) => {
    expect(readHeading(line)).toEqual(heading);
  });

  it.each(['1.250 tỷ đồng được giải ngân.', '(1) Thời tiết khô hạn.', '*** Nguyên nhân khách quan**', 'Phần lớn diện tích', '- Lúa: 3.120 ha;'])('%s is no heading', (line) => {
    expect(readHeading(line)).toBeUndefined();
  });
});

describe('isTaskSectionTitle', () => {
  it.each([
    ['PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11', true],
    ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021', true],
    ['NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2021', true],
    ['Phương hướng, nhiệm vụ năm 2022', true],
    ['MỘT SỐ NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI', true],
    ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM 2021', false],
    ['TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2021', false],
    ['NHIỆM VỤ CHUNG', false],
    ['NHIỆM VỤT THÁNG 11', false],
    ['NHIỆM VỤ THÁNG 11', true],
    ['MỘT SỐ NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM', true],
    ['NHIỆM VỤ TRỌNG TÂM KỲ TỚI', true],
    ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10', false],
  ])('%s → %s', (title, expected) => {
    expect(isTaskSectionTitle(title)).toBe(expected);
  });
});

describe('readAppendix', () => {
  it.each([
    ['PHỤ LỤC', { number: 'Phụ lục', marker: 'PHỤ LỤC' }],
    ['Phụ lục', { number: 'Phụ lục', marker: 'Phụ lục' }],
    ['PHỤ LỤC 2', { number: 'Phụ lục 2', marker: 'PHỤ LỤC 2' }],
    ['**Phụ lục II: Chỉ tiêu chủ yếu**', { number: 'Phụ lục II', marker: 'Phụ lục II', title: 'Chỉ tiêu chủ yếu' }],
  ])('%s', (line, appendix) => {
    expect(readAppendix(line)).toEqual(appendix);
  });

  it.each(['Phụ lục kèm theo báo cáo này.', '(Chi tiết tại Phụ lục)'])('%s is no appendix line', (line) => {
    expect(readAppendix(line)).toBeUndefined();
  });
});

describe('isClosingLine', () => {
  it.each([
    ['Trên đây là báo cáo tình hình 10 tháng./.', true],
    ['*Trên đây là báo cáo.*', true],
    ['Trên đấy là', false],
    ['Nội dung trên đây đã được thông qua.', false],
  ])('%s → %s', (line, expected) => {
    expect(isClosingLine(line)).toBe(expected);
  });
});
