import { describe, expect, it } from 'vitest';
import type { Inline } from '../model.ts';
import { isPlainMark, readerText, readFootnotes, splitFootnoteRefs } from './footnotes.ts';
import { failFor, toLines } from './lines.ts';

const fail = failFor('x.txt');

describe('splitFootnoteRefs (superscript marks)', () => {
  it.each<[string, Inline[]]>([
    ['trên địa bàn tỉnh¹;', ['trên địa bàn tỉnh', { footnote: 1 }, ';']],
    ['tại 05 cửa khẩu¹⁴. Tổng', ['tại 05 cửa khẩu', { footnote: 14 }, '. Tổng']],
    ['Covid-19³⁸.', ['Covid-19', { footnote: 38 }, '.']],
    ['7.215 nghìn m³, đạt', ['7.215 nghìn m³, đạt']],
    ['rộng 5 km² và', ['rộng 5 km² và']],
    ['kỳ²; tổng³', ['kỳ', { footnote: 2 }, '; tổng', { footnote: 3 }]],
    ['đạt 91×10⁶ USD', ['đạt 91×10⁶ USD']],
    ['khoảng 2,5 x 10¹² đồng¹.', ['khoảng 2,5 x 10¹² đồng', { footnote: 1 }, '.']],
    ['tăng 10⁶', ['tăng 10', { footnote: 6 }]],
  ])('%s', (text, inlines) => {
    expect(splitFootnoteRefs(text)).toEqual(inlines);
  });
});

describe('isPlainMark: a plain digit run where Word puts a footnote mark', () => {
  /** The case's digits are the first run of `mark` found in `text`. */
  it.each<[string, string, boolean]>([
    ['so với cùng kỳ1.', '1', true],
    ['cùng kỳ12, tăng', '12', true],
    ['“mục tiêu kép”1 vừa', '1', true],
    ['đạt 99,1%5.', '5', true],
    ['ngày 31/12/2021.3 Tiếp theo', '3', true],
    ['ngày 31/12/2021.3', '3', true],
    ['trong 1.250 người', '250', false],
    ['mục 1.2 quy định', '2', false],
    ['diện tích 15.443,3 ha', '3', false],
    ['khai thác 2.100 m3 gỗ', '3', false],
    ['rộng 4 km2 đất', '2', false],
    ['ca F0 và F1 trong', '1', false],
    ['dịch Covid-19 vừa', '19', false],
    ['năm 2021 tỉnh', '2021', false],
    ['Quốc lộ QL1A', '1', false],
    ['tỷ lệ 12/15 chỉ tiêu', '15', false],
  ])('%s: "%s" → %s', (text, mark, expected) => {
    const at = text.search(new RegExp(`(?<!\\d)${mark}(?!\\d)`, 'u'));
    expect(isPlainMark(text, at, mark.length)).toBe(expected);
  });
});

describe('readFootnotes', () => {
  const body = ['BÁO CÁO', '', 'I. MỤC', '', 'Đạt 12 chỉ tiêu cùng kỳ1, tăng 2 lần so kỳ trước2.', '', 'Nơi nhận:', '- Lưu: VT.', '', 'CHỦ TỊCH', '', 'Nguyễn Văn A'];

  it('reads a plain-digit block after the signature and the marks in order', () => {
    const reading = readFootnotes(toLines([...body, '', '1 Một.', '2. Hai.'].join('\n')), fail);
    expect([...reading.footnotes.values()]).toEqual([
      { n: 1, text: 'Một.', line: 14 },
      { n: 2, text: 'Hai.', line: 15 },
    ]);
    expect(reading.plain).toBe(true);
    expect(reading.blockStart).toBe(13);
    expect(reading.inlines.get(5)).toEqual(['Đạt 12 chỉ tiêu cùng kỳ', { footnote: 1 }, ', tăng 2 lần so kỳ trước', { footnote: 2 }, '.']);
  });

  it('reads no plain marks without a footnote block, and no block before "Nơi nhận:"', () => {
    const reading = readFootnotes(toLines(['I. MỤC', '', '1 Một.', '', 'Cùng kỳ1.', '', 'Nơi nhận:', '- Lưu.', 'CHỦ TỊCH', 'Tên'].join('\n')), fail);
    expect(reading.footnotes.size).toBe(0);
    expect(reading.plain).toBe(false);
    expect(reading.inlines.get(5)).toEqual(['Cùng kỳ1.']);
  });

  it('reads a mark only for the next footnote still uncalled', () => {
    const lines = ['Năm học1 và kỳ2 của ca F1; thêm kỳ1.', '', 'Nơi nhận:', '- Lưu.', 'CHỦ TỊCH', 'Tên', '', '1 Một.', '2 Hai.'];
    expect(readFootnotes(toLines(lines.join('\n')), fail).inlines.get(1)).toEqual(['Năm học', { footnote: 1 }, ' và kỳ', { footnote: 2 }, ' của ca F1; thêm kỳ1.']);
  });

  it('gives the text a reader sees: marks and numbers gone, list markers gone', () => {
    const text = ['Cùng kỳ1.', '- Mục một;', '+ Mục con.', 'Nơi nhận:', '- Lưu.', 'Tên', '', '1 Một.'].join('\n');
    expect(readerText(toLines(text), fail)).toBe(['Cùng kỳ.', 'Mục một;', 'Mục con.', 'Nơi nhận:', 'Lưu.', 'Tên', '', 'Một.'].join('\n'));
  });
});
