import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsParagraph, parseReport, ReportParseError, splitFootnoteRefs } from './parse.ts';
import type { Entry, Inline } from './parse.ts';

const FIXTURE = 'mini-report.txt';
const mini = readFileSync(new URL('../fixtures/mini-report.txt', import.meta.url), 'utf8');
const doc = parseReport(mini, FIXTURE);

/** Paragraph text with references written as [^n], for compact assertions. */
const plain = (inlines: Inline[]): string =>
  inlines.map((i) => (typeof i === 'string' ? i : `[^${i.footnote}]`)).join('');
const entry = (number: string): Entry => {
  const found = doc.entries.find((e) => e.number === number);
  if (!found) throw new Error(`no entry ${number}`);
  return found;
};

describe('parseReport header and trailer', () => {
  it('reads the title block as printed', () => {
    expect(doc).toMatchObject({
      number: 'Số: /BC-UBND',
      placeDate: 'Hà Nội, ngày tháng 10 năm 2021',
      documentType: 'BÁO CÁO',
      title: 'Tình hình kinh tế - xã hội 9 tháng đầu năm;\nnhiệm vụ, giải pháp Quý IV năm 2021',
    });
  });

  it('reads recipients without their dash, and the signature without bold markers', () => {
    expect(doc.recipientsLabel).toBe('Nơi nhận:');
    expect(doc.recipients).toEqual(['Văn phòng Chính phủ;', 'Lưu: VT, THNC.']);
    expect(doc.signature).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' });
  });
});

describe('parseReport structure', () => {
  it('lists headings without text of their own, each before the first entry under it', () => {
    expect(doc.outline.map(({ number, marker, title, level, before }) => ({ number, marker, title, level, before }))).toEqual([
      { number: 'Phần I', marker: 'Phần I', title: 'TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2021', level: 2, before: 1 },
      { number: 'I', marker: 'I.', title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', level: 3, before: 1 },
      { number: 'II', marker: 'II.', title: 'TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN', level: 3, before: 2 },
      { number: 'II.1', marker: '1.', title: 'Về phát triển kinh tế', level: 4, before: 2 },
      { number: 'Phần II', marker: 'Phần II', title: 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021', level: 2, before: 3 },
    ]);
  });

  it.each([
    [1, 'I.1', '1.', 'Triển khai nhiệm vụ năm 2021', undefined],
    [2, 'II.1.đ', 'đ)', 'Phát triển doanh nghiệp, hợp tác xã', undefined],
    [3, 'Phần II', undefined, 'Mở đầu Phần II', undefined],
    [4, 'Phần II.1', undefined, 'Nhiệm vụ 1', 1],
    [5, 'Phần II.2', undefined, 'Nhiệm vụ 2', 2],
  ])('entry %i is %s (marker %s, title %s, task %s)', (order, number, marker, title, task) => {
    const e = doc.entries[order - 1];
    expect(e).toMatchObject({ order, number, title });
    expect(e?.marker).toBe(marker);
    expect(e?.task).toBe(task);
  });

  it('makes exactly the five entries of the fixture', () => {
    expect(doc.entries).toHaveLength(5);
  });
});

describe('parseReport paragraphs', () => {
  it('mends a paragraph cut by a page break across a footnote block, with one space', () => {
    expect(entry('I.1').blocks.map(text)).toEqual([
      'Thực hiện “*mục tiêu kép*” trên địa bàn tỉnh[^1]; khai thác 2.842 nghìn m³ đá. ' +
        'Trồng cây ăn quả 960 ha, đạt 192% kế hoạch, tăng 1,59% so cùng kỳ[^2].',
    ]);
  });

  it('joins a trailing hyphen without a space, and a continuation that starts uppercase', () => {
    expect(entry('II.1.đ').blocks.map(text)).toEqual([
      'Hoàn thiện Kế hoạch sử dụng đất 5 năm (2021-2025) tỉnh Lạng Sơn. Triển khai Đề án Khu di tích Chi Lăng đến năm 2025 {giai đoạn 1} <dự kiến>.',
      '*** Nguyên nhân khách quan**',
    ]);
  });

  it('keeps the task number in the task text and gives following paragraphs to the task', () => {
    expect(entry('Phần II.1').blocks.map(text)).toEqual(['1. Tiếp tục phòng, chống dịch Covid-19[^3].']);
    expect(entry('Phần II.2').blocks.map(text)).toEqual([
      '2. Tập trung thu ngân sách nhà nước.',
      '- Rà soát các khoản nợ đọng thuế.',
    ]);
  });

  it('collects footnote bodies by their printed number', () => {
    expect(doc.footnotes.map(({ n, text }) => ({ n, text }))).toEqual([
      { n: 1, text: 'Đến ngày 31/8/2021 đã cài đặt Bluezone được 212.197 smartphone (chiếm 40.37%).' },
      { n: 2, text: 'Trong đó: Lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.' },
      { n: 3, text: 'Theo Chỉ thị số 16/CT-TTg.' },
    ]);
  });
});

describe('splitFootnoteRefs', () => {
  it.each<[string, Inline[]]>([
    ['trên địa bàn tỉnh¹;', ['trên địa bàn tỉnh', { footnote: 1 }, ';']],
    ['tại 05 cửa khẩu¹⁴. Tổng', ['tại 05 cửa khẩu', { footnote: 14 }, '. Tổng']],
    ['Covid-19³⁸.', ['Covid-19', { footnote: 38 }, '.']],
    ['7.215 nghìn m³, đạt', ['7.215 nghìn m³, đạt']],
    ['rộng 5 km² và', ['rộng 5 km² và']],
    ['kỳ²; tổng³', ['kỳ', { footnote: 2 }, '; tổng', { footnote: 3 }]],
  ])('%s', (text, inlines) => {
    expect(splitFootnoteRefs(text)).toEqual(inlines);
  });
});

describe('endsParagraph', () => {
  it.each([
    ['đạt 192% kế', false],
    ['(2021-', false],
    ['Đẩy mạnh công tác quản lý nhà nước', false],
    ['sau khi có ý kiến thẩm định của Bộ Xây dựng,', false],
    ['năm 2021./.', true],
    ['như sau:', true],
    ['gia tăng,...', true],
    ['chung tay phòng chống dịch,…', true],
    ['“ai ở đâu thì ở đấy”', true],
    ['đẩy nhanh hoạt động xuất khẩu Thạch đen sang thị trường Trung Quốc.**', true],
    ['cùng kỳ²¹.', true],
    ['*** Nguyên nhân khách quan**', true],
  ])('%s → %s', (line, ends) => {
    expect(endsParagraph(line)).toBe(ends);
  });
});

describe('parseReport errors', () => {
  const replaceLine = (from: string, to: string): string => {
    if (!mini.includes(from)) throw new Error(`fixture has no "${from}"`);
    return mini.replace(from, to);
  };

  it.each([
    ['no "Phần I"', replaceLine('Phần I\n', 'Phan I\n'), 16, 'expected a "Phần I" heading'],
    ['a footnote defined twice', replaceLine('³ Theo', '² Theo'), 50, 'footnote 2 is defined twice (first at line 24)'],
    ['a reference to an undefined footnote', replaceLine('Covid-19³.', 'Covid-19⁴.'), 48, 'footnote 4 is referenced but never defined'],
    ['a footnote never referenced', replaceLine('cùng kỳ².', 'cùng kỳ.'), 24, 'footnote 2 is defined but never referenced'],
  ])('rejects %s, naming the file and line', (_, text, line, message) => {
    const run = () => parseReport(text, FIXTURE);
    expect(run).toThrow(ReportParseError);
    expect(run).toThrow(`${FIXTURE}:${line}: ${message}`);
  });
});
