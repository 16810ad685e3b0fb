import { describe, expect, it } from 'vitest';
import { ReportParseError } from '../model.ts';
import { failFor, toLines } from './lines.ts';
import { parseTitleBlock } from './title-block.ts';

const read = (lines: string[]) => parseTitleBlock(toLines(lines.join('\n')), lines.length + 1, failFor('x.txt'));

describe('parseTitleBlock', () => {
  it('reads the bundled shape: number, place and date, type, a bold title of two lines', () => {
    const block = read(['', 'Số: /BC-UBND', '', 'Lạng Sơn, ngày tháng 10 năm 2021', '', 'BÁO CÁO', '', '**Tình hình 9 tháng;', 'nhiệm vụ Quý IV**', '']);
    expect(block).toEqual({ number: 'Số: /BC-UBND', placeDate: 'Lạng Sơn, ngày tháng 10 năm 2021', documentType: 'BÁO CÁO', title: 'Tình hình 9 tháng;\nnhiệm vụ Quý IV', rest: [{ text: '', raw: '', line: 10 }] });
  });

  it.each([
    [
      'TAB rows',
      ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc'],
      { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'], motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] },
    ],
    [
      'lines one under another',
      ['**ỦY BAN NHÂN DÂN**', '**TỈNH LẠNG SƠN**', '', '**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập – Tự do – Hạnh phúc**'],
      { issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH LẠNG SƠN'], motto: ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'] },
    ],
    [
      'a table read row by row without TABs',
      ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'HUYỆN BẮC SA', 'Độc lập - Tự do - Hạnh phúc'],
      { issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC SA'], motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] },
    ],
  ])('reads the issuer and motto row as %s', (_, letterhead, expected) => {
    const block = read([...letterhead, '', 'Số: 12/BC-UBND', 'Bắc Sa, ngày 05 tháng 11 năm 2021', '', 'BÁO CÁO', 'Tình hình 10 tháng']);
    expect(block.letterhead).toEqual(expected);
    expect(block.number).toBe('Số: 12/BC-UBND');
  });

  it('reads the number and the place and date from one TAB line, the type and title in one block, and keeps the opening text', () => {
    const block = read(['Số: 215/BC-UBND\tBắc Sa, ngày 05 tháng 11 năm 2021', '', 'BÁO CÁO', 'Tình hình 10 tháng năm 2021', '', 'Thực hiện Kế hoạch số 12, Ủy ban báo cáo như sau:']);
    expect(block).toMatchObject({ number: 'Số: 215/BC-UBND', placeDate: 'Bắc Sa, ngày 05 tháng 11 năm 2021', documentType: 'BÁO CÁO', title: 'Tình hình 10 tháng năm 2021' });
    expect(block.rest.filter((l) => l.text !== '').map((l) => l.line)).toEqual([6]);
  });

  it('reads further wholly bold blocks into a bold title, not a plain paragraph after it', () => {
    const block = read(['Số: 1/BC', 'Hà Nội, ngày 1 tháng 1 năm 2022', 'BÁO CÁO', '', '**Tình hình**', '', '**(Văn bản mẫu)**', '', '**Kính gửi** Ủy ban.']);
    expect(block.title).toBe('Tình hình\n(Văn bản mẫu)');
    expect(block.rest.filter((l) => l.text !== '').map((l) => l.text)).toEqual(['**Kính gửi** Ủy ban.']);
  });

  it.each([
    ['no number line', ['Hà Nội, ngày 1 tháng 1 năm 2022', 'BÁO CÁO', 'Tên'], 1, 'expected the number line ("Số: …/BC-…") in the title block (lines 1–3), before the first heading'],
    ['no place and date line', ['Số: 1/BC', 'BÁO CÁO', 'Tên'], 2, 'expected the place and date line ("Lạng Sơn, ngày … tháng … năm …") after the number line (line 1)'],
    ['no document type', ['Số: 1/BC', 'Hà Nội, ngày 1 tháng 1 năm 2022'], 1, 'expected the document type in capitals ("BÁO CÁO") after the place and date line'],
    ['no title', ['Số: 1/BC', 'Hà Nội, ngày 1 tháng 1 năm 2022', 'BÁO CÁO'], 3, 'expected the report\'s title after "BÁO CÁO", before the first heading (line 4)'],
  ])('refuses %s, naming the line', (_, lines, line, message) => {
    expect(() => read(lines)).toThrow(ReportParseError);
    expect(() => read(lines)).toThrow(`x.txt:${line}: ${message}`);
  });
});
