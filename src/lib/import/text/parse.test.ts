import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportParseError } from './parse.ts';
import type { Block, Entry, Inline, ReportDocument } from './parse.ts';

const MINI = 'mini-report.txt';
const mini = readFileSync(new URL('../fixtures/mini-report.txt', import.meta.url), 'utf8');
const doc = parseReport(mini, MINI);
const TEN = 'ten-month-report.txt';
const ten = readFileSync(new URL('../fixtures/ten-month-report.txt', import.meta.url), 'utf8');
const tenDoc = parseReport(ten, TEN);

/** Inline text with references written as [^n], for compact assertions. */
const plain = (inlines: Inline[]): string => inlines.map((i) => (typeof i === 'string' ? i : `[^${i.footnote}]`)).join('');
/** A block as compact text: a paragraph's text, "- item" / "  + item" lines, a table's rows with " | " between cells. */
const text = (block: Block): string => {
  if (block.type === 'paragraph') return plain(block.inlines);
  if (block.type === 'table') return [block.header, ...block.rows].map((row) => row.map(plain).join(' | ')).join('\n');
  return block.items.flatMap((item) => [`- ${plain(item.inlines)}`, ...item.items.map((sub) => `  + ${plain(sub.inlines)}`)]).join('\n');
};
const entryOf = (d: ReportDocument, number: string): Entry => {
  const found = d.entries.find((e) => e.number === number);
  if (!found) throw new Error(`no entry ${number}`);
  return found;
};
const entry = (number: string): Entry => entryOf(doc, number);
const outlineOf = (d: ReportDocument) => d.outline.map(({ number, marker, title, level, before }) => ({ number, marker, title, level, before }));

describe('parseReport header and trailer (the bundled shape)', () => {
  it('reads the title block as printed, with no letterhead', () => {
    expect(doc).toMatchObject({
      number: 'Số: /BC-UBND',
      placeDate: 'Hà Nội, ngày tháng 10 năm 2021',
      documentType: 'BÁO CÁO',
      title: 'Tình hình kinh tế - xã hội 9 tháng đầu năm;\nnhiệm vụ, giải pháp Quý IV năm 2021',
    });
    expect(doc.letterhead).toBeUndefined();
  });

  it('reads recipients without their dash, and the signature without bold markers', () => {
    expect(doc.recipientsLabel).toBe('Nơi nhận:');
    expect(doc.recipients).toEqual(['Văn phòng Chính phủ;', 'Lưu: VT, THNC.']);
    expect(doc.signature).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' });
  });
});

describe('parseReport structure (the bundled shape)', () => {
  it('lists headings without text of their own, each before the first entry under it', () => {
    expect(outlineOf(doc)).toEqual([
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

describe('parseReport paragraphs (the bundled shape)', () => {
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

  it('keeps the task number in the task text and gives following blocks (a "- " list) to the task', () => {
    expect(entry('Phần II.1').blocks.map(text)).toEqual(['1. Tiếp tục phòng, chống dịch Covid-19[^3].']);
    expect(entry('Phần II.2').blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(entry('Phần II.2').blocks.map(text)).toEqual(['2. Tập trung thu ngân sách nhà nước.', '- Rà soát các khoản nợ đọng thuế.']);
  });

  it('collects footnote bodies by their printed number', () => {
    expect(doc.footnotes.map(({ n, text: t }) => ({ n, text: t }))).toEqual([
      { n: 1, text: 'Đến ngày 31/8/2021 đã cài đặt Bluezone được 212.197 smartphone (chiếm 40.37%).' },
      { n: 2, text: 'Trong đó: Lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.' },
      { n: 3, text: 'Theo Chỉ thị số 16/CT-TTg.' },
    ]);
  });
});

describe('parseReport on a report of another shape (ten-month fixture)', () => {
  it('reads the issuer and motto row from its TAB lines, and the number and date from one TAB line', () => {
    expect(tenDoc.letterhead).toEqual({
      issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC SA'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect(tenDoc).toMatchObject({ number: 'Số: 215/BC-UBND', placeDate: 'Bắc Sa, ngày 05 tháng 11 năm 2021', documentType: 'BÁO CÁO' });
  });

  it('reads a title of two bold blocks, the fixture note included, and not the opening paragraph', () => {
    expect(tenDoc.title).toBe(
      'Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 10 tháng năm 2021;\nphương hướng, nhiệm vụ tháng 11 năm 2021\n' +
        '(Văn bản mẫu viết cho kiểm thử — không phải văn bản thật)',
    );
    expect(entryOf(tenDoc, 'Mở đầu')).toMatchObject({ order: 1, title: 'Mở đầu', line: 13 });
    expect(entryOf(tenDoc, 'Mở đầu').blocks.map(text)).toEqual([
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2021 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện Bắc Sa báo cáo tình hình thực hiện nhiệm vụ 10 tháng năm 2021 như sau:',
    ]);
  });

  it('takes Roman headings as the top level, the task heading V among them, and "1.1." under "1."', () => {
    expect(outlineOf(tenDoc)).toEqual([
      { number: 'II', marker: 'II.', title: 'KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC', level: 2, before: 3 },
      { number: 'II.1', marker: '1.', title: 'Kinh tế', level: 3, before: 3 },
      { number: 'II.2', marker: '2.', title: 'Văn hóa - xã hội', level: 3, before: 5 },
      { number: 'IV', marker: 'IV.', title: 'ĐÁNH GIÁ CHUNG', level: 2, before: 8 },
      { number: 'V', marker: 'V.', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11', level: 2, before: 10 },
    ]);
  });

  it('makes one entry per section with text, in order', () => {
    expect(tenDoc.entries.map((e) => [e.order, e.number, e.marker, e.title])).toEqual([
      [1, 'Mở đầu', undefined, 'Mở đầu'],
      [2, 'I', 'I.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      [3, 'II.1.1', '1.1.', 'Sản xuất nông, lâm nghiệp'],
      [4, 'II.1.2', '1.2.', 'Thu, chi ngân sách'],
      [5, 'II.2.1', '2.1.', 'Giáo dục và đào tạo'],
      [6, 'II.2.2', '2.2.', 'Y tế, phòng chống dịch'],
      [7, 'III', 'III.', 'QUỐC PHÒNG, AN NINH'],
      [8, 'IV.1', '1.', 'Kết quả đạt được'],
      [9, 'IV.2', '2.', 'Tồn tại, hạn chế'],
      [10, 'V', undefined, 'Mở đầu V'],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [10 + n, `V.${n}`, undefined, `Nhiệm vụ ${n}`]),
      [19, 'Lời kết', undefined, 'Lời kết'],
      [20, 'Phụ lục', 'PHỤ LỤC', 'MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 10 THÁNG NĂM 2021'],
    ]);
  });

  it('reads the 8 tasks of "V." as tasks, never headings, and the closing sentence as its own entry', () => {
    const tasks = tenDoc.entries.filter((e) => e.task !== undefined);
    expect(tasks.map((e) => e.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entryOf(tenDoc, 'V').blocks.map(text)).toEqual(['Tháng 11 năm 2021, Ủy ban nhân dân huyện tập trung thực hiện các nhiệm vụ sau:']);
    expect(entryOf(tenDoc, 'V.8').blocks.map(text)).toEqual(['8. Chuẩn bị nội dung trình kỳ họp Hội đồng nhân dân huyện cuối năm 2021.']);
    expect(entryOf(tenDoc, 'V.6').blocks.map(text)).toEqual([
      '6. Triển khai tiêm vắc xin mũi 2 cho người từ 18 tuổi trở lên:',
      '- Ưu tiên người trên 65 tuổi;\n- Hoàn thành trước ngày 30/11/2021.',
    ]);
    expect(entryOf(tenDoc, 'Lời kết')).toMatchObject({ title: 'Lời kết', line: 92 });
    expect(entryOf(tenDoc, 'Lời kết').task).toBeUndefined();
    expect(entryOf(tenDoc, 'Lời kết').blocks.map(text)).toEqual([
      'Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 10 tháng năm 2021 của Ủy ban nhân dân huyện Bắc Sa./.',
    ]);
  });

  it('reads "- " and "+ " bullets as one list with nested items', () => {
    const e = entryOf(tenDoc, 'II.1.1');
    expect(e.blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(text(e.blocks[1]!)).toBe(
      [
        '- Lúa: 3.120 ha, năng suất bình quân 52,4 tạ/ha;',
        '- Ngô: 2.460 ha, trong đó:',
        '  + Ngô vụ Xuân 1.380 ha;',
        '  + Ngô vụ Mùa 1.080 ha;',
        '- Cây ăn quả: 1.905 ha, sản lượng 14.200 tấn[^3].',
      ].join('\n'),
    );
    expect(e.blocks[1]).toMatchObject({ type: 'list', line: 27, items: [{ line: 27 }, { line: 28, items: [{ line: 29 }, { line: 30 }] }, { line: 31 }] });
  });

  it('reads the TAB lines as a table of 7 columns, the first line its header, between two paragraphs', () => {
    const e = entryOf(tenDoc, 'II.1.2');
    expect(e.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = e.blocks[1]!;
    if (table.type !== 'table') throw new Error('not a table');
    expect(table.line).toBe(39);
    expect(table.header.map(plain)).toEqual(['STT', 'Chỉ tiêu', 'Dự toán năm', 'Thực hiện 10 tháng', 'So dự toán (%)', 'Cùng kỳ', 'So cùng kỳ (%)']);
    expect(table.rows.map((r) => r.map(plain))).toEqual([
      ['1', 'Thu ngân sách trên địa bàn', '98.500', '87.315', '88,6', '80.120', '109,0'],
      ['2', 'Thu bổ sung từ ngân sách cấp trên', '412.000', '356.240', '86,5', '341.800', '104,2'],
      ['3', 'Chi ngân sách địa phương', '505.000', '398.760', '79,0', '372.450', '107,1'],
    ]);
    expect(text(e.blocks[0]!)).toBe('Kết quả thu, chi ngân sách 10 tháng như sau (đơn vị: triệu đồng):');
  });

  it('reads the "PHỤ LỤC" after the signature as its own entry with its table, and the signer as the signature name', () => {
    const appendix = entryOf(tenDoc, 'Phụ lục');
    expect(appendix).toMatchObject({ appendix: true, afterSignature: true, marker: 'PHỤ LỤC', line: 104 });
    expect(appendix.blocks.map(text)).toEqual([
      '(Kèm theo Báo cáo số 215/BC-UBND ngày 05/11/2021 của Ủy ban nhân dân huyện Bắc Sa)',
      [
        'Chỉ tiêu | Đơn vị tính | Kế hoạch năm | Thực hiện 10 tháng | So kế hoạch (%)',
        'Tổng diện tích gieo trồng | ha | 9.700 | 9.850 | 101,5',
        'Sản lượng lương thực có hạt | tấn | 31.500 | 30.240 | 96,0',
        'Trồng rừng tập trung | ha | 800 | 820 | 102,5',
      ].join('\n'),
    ]);
    expect(tenDoc.signature).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn Bình' });
    expect(tenDoc.recipients).toEqual(['Thường trực Huyện ủy;', 'Thường trực HĐND huyện;', 'Lưu: VT.']);
    expect(tenDoc.entries.filter((e) => e.appendix)).toHaveLength(1);
  });

  it('reads the ten plain-digit footnotes of the block after the appendix, and their marks where they are glued', () => {
    expect(tenDoc.footnotes.map((f) => [f.n, f.line])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, 112 + n]));
    expect(tenDoc.footnotes[0]?.text).toBe('Theo Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ.');
    expect(tenDoc.footnotes[9]?.text).toBe('Không xảy ra vụ việc phức tạp về an ninh trật tự.');
    expect(text(entryOf(tenDoc, 'I').blocks[0]!)).toContain('“mục tiêu kép”[^1] vừa phòng, chống dịch Covid-19 vừa');
    expect(text(entryOf(tenDoc, 'I').blocks[0]!)).toContain('không phát sinh ca F0 trong');
    expect(text(entryOf(tenDoc, 'II.1.1').blocks[0]!)).toBe(
      'Tổng diện tích gieo trồng 10 tháng đạt 9.850 ha, bằng 101,2% cùng kỳ[^2]. Khai thác 2.100 m3 gỗ rừng trồng. Các cây trồng chính:',
    );
    expect(text(entryOf(tenDoc, 'II.2.1').blocks[0]!)).toBe('Hoàn thành kế hoạch năm học 2020-2021; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,1%[^5].');
    expect(text(entryOf(tenDoc, 'V.7').blocks[0]!)).toBe('7. Giữ vững an ninh chính trị, trật tự an toàn xã hội[^10].');
  });
});

describe('parseReport on small shapes', () => {
  const head = ['Số: 1/BC-UBND', 'Hà Nội, ngày 1 tháng 1 năm 2022', '', 'BÁO CÁO', '', '**Văn bản mẫu viết cho kiểm thử — không phải văn bản thật**', ''];
  const tail = ['', 'Nơi nhận:', '- Lưu: VT.', '', 'CHỦ TỊCH', '', 'Trần Thị C'];
  const parse = (body: string[], after: string[] = []) => parseReport([...head, ...body, ...tail, ...after].join('\n'), 'x.txt');

  it('numbers the headings of a later "Phần" under it, so they do not collide with the first part\'s', () => {
    const d = parse(['PHẦN I', 'KẾT QUẢ', '', 'I. KINH TẾ', '', 'Tăng trưởng.', '', 'PHẦN II', 'ĐÁNH GIÁ', '', 'I. KINH TẾ', '', 'Khá.']);
    expect(d.entries.map((e) => e.number)).toEqual(['I', 'Phần II.I']);
    expect(outlineOf(d).map((h) => [h.number, h.marker, h.level])).toEqual([
      ['Phần I', 'PHẦN I', 2],
      ['Phần II', 'PHẦN II', 2],
    ]);
  });

  it('reads appendices before "Nơi nhận:", each up to the next, with a title after ":"', () => {
    const d = parse(['I. KINH TẾ', '', 'Tăng trưởng.', '', 'Phụ lục 1: Chỉ tiêu chủ yếu', '', 'A\tB', '1\t2', '', 'PHỤ LỤC 2', 'DANH MỤC DỰ ÁN', '', '- Dự án một.']);
    expect(d.entries.map((e) => [e.number, e.marker, e.title, e.appendix, e.afterSignature, e.blocks.map((b) => b.type)])).toEqual([
      ['I', 'I.', 'KINH TẾ', undefined, undefined, ['paragraph']],
      ['Phụ lục 1', 'Phụ lục 1', 'Chỉ tiêu chủ yếu', true, undefined, ['table']],
      ['Phụ lục 2', 'PHỤ LỤC 2', 'DANH MỤC DỰ ÁN', true, undefined, ['list']],
    ]);
    expect(d.signature.name).toBe('Trần Thị C');
  });

  it('takes arabic headings as the top level when there is no Roman one, and a text\'s closing outside a task section', () => {
    const d = parse(['1. Kinh tế', '', 'Tăng.', '', '2. Xã hội', '', 'Ổn định.', '', 'Trên đây là báo cáo./.']);
    expect(d.entries.map((e) => [e.number, e.marker ?? null, e.title])).toEqual([
      ['1', '1.', 'Kinh tế'],
      ['2', '2.', 'Xã hội'],
      ['Lời kết', null, 'Lời kết'],
    ]);
  });

  it('reads superscript footnotes after the signature too', () => {
    const d = parse(['I. KINH TẾ', '', 'Tăng cùng kỳ¹.'], ['', '¹ Số liệu ước.']);
    expect(d.footnotes).toEqual([{ n: 1, text: 'Số liệu ước.', line: 19 }]);
    expect(d.signature).toEqual({ lines: ['CHỦ TỊCH'], name: 'Trần Thị C' });
  });
});

describe('parseReport refusals', () => {
  const replaceIn = (source: string, from: string, to: string): string => {
    if (!source.includes(from)) throw new Error(`fixture has no "${from}"`);
    return source.replace(from, to);
  };
  const inMini = (from: string, to: string): string => replaceIn(mini, from, to);
  const inTen = (from: string, to: string): string => replaceIn(ten, from, to);

  it.each([
    ['no heading at all', inMini('Phần I\n', 'Phan I\n').replace(/^(?:I|II)\. .*$|^\d\. .*$|^Phần II$/gmu, 'Văn bản.'), 56, 'expected a heading ("Phần I", "I. …" or "1. …") after the title block, found none'],
    ['a footnote defined twice', inMini('³ Theo', '² Theo'), 50, 'footnote 2 is defined twice (first at line 24); expected each footnote number once'],
    [
      'a superscript mark with no footnote',
      inMini('Covid-19³.', 'Covid-19⁴.'),
      48,
      'footnote mark ⁴ calls footnote 4, which is not defined: the footnotes (lines 22–50) have no number 4; expected a line "⁴ …" (or "4 …" in the footnote block at the end) with its text',
    ],
    [
      'a superscript footnote no mark calls',
      inMini('cùng kỳ².', 'cùng kỳ.'),
      24,
      'footnote 2 is called by no mark; expected a mark "²" glued to the word it explains after footnote 1\'s mark (line 20) and before footnote 3\'s mark (line 48)',
    ],
    [
      'a plain-digit footnote no mark calls',
      inTen('cùng kỳ2.', 'cùng kỳ 2.'),
      114,
      'footnote 2 is called by no mark; expected a mark "2" glued to the word it explains ("cùng kỳ2") after footnote 1\'s mark (line 17)',
    ],
    ['a footnote block out of order', inTen('5 Toàn huyện', '6 Toàn huyện'), 117, 'footnote block: footnote 6 follows footnote 4 (line 116); expected footnote 5 next (one line per footnote, numbered in order)'],
    [
      'a heading number used twice under one parent',
      inTen('2. Tồn tại, hạn chế', '1. Tồn tại, hạn chế'),
      66,
      'section number "IV.1" is used twice: "1. Tồn tại, hạn chế" here and "1. Kết quả đạt được" at line 62; expected each heading under one parent to have its own number',
    ],
    ['a task number used twice', inTen('5. Chuẩn bị tổ chức', '4. Chuẩn bị tổ chức'), 82, 'section number "V.4" is used twice: task "4." here and task "4." at line 80; expected each heading under one parent to have its own number'],
    [
      'a "1.2." under another parent',
      inTen('2.2. Y tế', '1.2. Y tế'),
      52,
      'heading "1.2." belongs under "1." but the nearest heading above it is "2. Văn hóa - xã hội" (line 46); expected "1." before it, or a number under the heading above',
    ],
    ['a "+ " item with no "- " item', inTen('- Lúa: 3.120 ha', '+ Lúa: 3.120 ha'), 27, 'a "+ " item with no "- " item above it; expected "+ " only under a "- " item'],
    ['a table row of a different length', inTen('3\tChi ngân sách địa phương\t505.000', '3\tChi ngân sách địa phương 505.000'), 42, 'a table row of 6 cells after rows of 7 cells (line 39); expected every row of a table to have the same number of TAB-separated cells'],
    ['a lone TAB line', inTen('Trồng rừng tập trung 820 ha, đạt', 'Trồng rừng tập trung\t820 ha, đạt'), 33, 'a line with TABs stands alone; expected a table of two or more TAB-separated lines with the same number of cells'],
    ['an appendix table after the signature without its "PHỤ LỤC" line', inTen('PHỤ LỤC\nMỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 10 THÁNG NĂM 2021\n', ''), 104, 'a long line in the signature block; expected short lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and the signatory\'s name — an appendix after the signature starts with a "PHỤ LỤC" line'],
    ['a table in the signature block', inTen('PHỤ LỤC\nMỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 10 THÁNG NĂM 2021\n(Kèm theo Báo cáo số 215/BC-UBND ngày 05/11/2021 của Ủy ban nhân dân huyện Bắc Sa)\n', ''), 105, 'a table after the signature; expected a "PHỤ LỤC" line before an appendix\'s table'],
    ['no number line', inTen('Số: 215/BC-UBND\t', ''), 1, 'expected the number line ("Số: …/BC-…") in the title block (lines 1–14), before the first heading'],
    ['no place and date line', inMini('Hà Nội, ngày tháng 10 năm 2021', 'Hà Nội'), 5, 'expected the place and date line ("Lạng Sơn, ngày … tháng … năm …") after the number line (line 3)'],
    ['a document type not in capitals', inMini('BÁO CÁO', 'Báo cáo'), 7, 'expected the document type in capitals ("BÁO CÁO") after the place and date line, found "Báo cáo"'],
    ['a footnote mark in the title block', inTen('tháng 11 năm 2021**', 'tháng 11 năm 2021¹¹**'), 9, 'footnote mark 11 in the title block; expected footnote marks only in the text of the body and appendices, not in headings, the title block or the signature'],
    ['a footnote mark in a heading', inTen('1.2. Thu, chi ngân sách', '1.2. Thu, chi ngân sách¹¹'), 35, 'footnote mark 11 in a heading; expected footnote marks only in the text of the body and appendices, not in headings, the title block or the signature'],
    ['a heading with nothing under it', inTen('Giải ngân vốn đầu tư công còn chậm, đạt 61,3% kế hoạch.\n', ''), 66, 'heading "2. Tồn tại, hạn chế" has no text and no section follows it; expected text or a numbered heading under it'],
    ['a letter heading with no heading above it', inTen('Thực hiện Kế hoạch số 12/KH-UBND', 'a) Mục lạc\n\nThực hiện Kế hoạch số 12/KH-UBND'), 13, 'heading "a)" has no parent heading; expected a Roman or numbered heading before it'],
    ['a "Phần" heading with no title line', inMini('Phần II\n\nNHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM QUÝ IV NĂM 2021\n', 'Phần II\n'), 42, '"Phần II" has no title; expected its title on the next line, found "Trong quý IV tập trung thực hiện các nhiệm vụ sau:"'],
    ['a paragraph cut off before "Nơi nhận:"', inMini('- Rà soát các khoản nợ đọng thuế.', 'Rà soát các khoản nợ đọng'), 54, 'paragraph is cut off: it ends without punctuation and "Nơi nhận:" follows; expected it to end with ".", ";" or ":"'],
  ])('refuses %s, naming the file and line', (_, input, line, message) => {
    const run = () => parseReport(input, 'x.txt');
    expect(run).toThrow(ReportParseError);
    expect(run).toThrow(`x.txt:${line}: ${message}`);
  });
});
