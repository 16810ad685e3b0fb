import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { makeReportDocx } from './fixtures/make-report-docx.ts';
import { DocxReadError, readDocx } from './index.ts';

describe('readDocx on the generated report', async () => {
  const { text, warnings } = await readDocx(await makeReportDocx(), 'bao-cao-mau.docx');
  const lines = text.split('\n');

  it('writes the whole report in the canonical shape', () => {
    expect(text).toBe(
      [
        'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH KIỂM THỬ\tĐộc lập - Tự do - Hạnh phúc',
        '',
        'Số:       /BC-UBND\tKiểm Thử, ngày 05 tháng 11 năm 2021',
        '',
        'BÁO CÁO',
        '',
        '**Tình hình thực hiện nhiệm vụ tháng 10; nhiệm vụ tháng 11 năm 2021',
        '(Văn bản mẫu viết cho kiểm thử — không phải văn bản thật)**',
        '',
        'I. KẾT QUẢ THỰC HIỆN THÁNG 10',
        '',
        '1. Về kinh tế',
        '',
        'Tổng thu ngân sách trên địa bàn ước đạt **120,5 tỷ đồng**, tăng 3,2% so với cùng kỳ¹; tiếp tục thực hiện chủ đề năm “*Kỷ cương, trách nhiệm, hành động*”.',
        '',
        '1.1. Sản xuất nông nghiệp',
        '',
        'Tổng diện tích gieo trồng ước đạt 95.911 ha²; khai thác 2.842 nghìn m³ đá. Kết quả chủ yếu như sau:',
        '',
        '**Chỉ tiêu**\t**Đơn vị**\t**Tháng 10**\t**So cùng kỳ (%)**',
        'Sản lượng lương thực\tnghìn tấn\t151,6\t98,69',
        'Đàn gia cầm\t\t5.403\t108',
        '',
        '2. Về văn hóa - xã hội',
        '',
        'Công tác an sinh xã hội được quan tâm:',
        '',
        '- Tổ chức tiêm chủng vắc xin:',
        '+ tiêm mũi 1 được 395.569 người;',
        '+ tiêm đủ 2 mũi được 94.563 người.',
        '- Hỗ trợ kịp thời các hộ nghèo, hộ cận nghèo³.',
        '',
        'II. ĐÁNH GIÁ CHUNG',
        '',
        '***Kết quả đạt được:*** các chỉ tiêu chủ yếu đều đạt kế hoạch tháng.',
        '',
        'III. NHIỆM VỤ THÁNG 11',
        '',
        'Trong tháng 11 tập trung thực hiện các nhiệm vụ sau:',
        '',
        '1. Tiếp tục phòng, chống dịch Covid-19.',
        '',
        '2. Tập trung thu ngân sách nhà nước.',
        '',
        'Rà soát các khoản nợ đọng thuế, đôn đốc thu nộp kịp thời.',
        '',
        '3. Đẩy nhanh giải ngân vốn đầu tư công.',
        '',
        'Trên đây là báo cáo tình hình thực hiện nhiệm vụ tháng 10, nhiệm vụ tháng 11 năm 2021.',
        '',
        'Nơi nhận:',
        '- Văn phòng Chính phủ;',
        '- Thường trực Tỉnh ủy;',
        '- Lưu: VT, THNC.',
        '',
        '**TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH**',
        '',
        'Nguyễn Văn Mẫu',
        '',
        '¹ Số liệu ước tính đến ngày 31/10/2021.',
        '² Trong đó: lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.',
        '³ Gồm 1.200 hộ nghèo và 850 hộ cận nghèo.',
        '',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
  });

  it('numbers the heading Word numbered and keeps the typed ones', () => {
    expect(lines).toContain('I. KẾT QUẢ THỰC HIỆN THÁNG 10'); // Word's list numbering, not in the text
    expect(lines).toContain('1. Về kinh tế'); // likewise, level 2
    expect(lines).toContain('1.1. Sản xuất nông nghiệp'); // typed
    expect(lines).toContain('II. ĐÁNH GIÁ CHUNG'); // typed
  });

  it('puts the signatory\'s name last before the footnotes, which come in Word\'s order', () => {
    const firstNote = lines.findIndex((l) => l.startsWith('¹ '));
    expect(lines.slice(firstNote - 2, firstNote + 3)).toEqual([
      'Nguyễn Văn Mẫu',
      '',
      '¹ Số liệu ước tính đến ngày 31/10/2021.',
      '² Trong đó: lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.',
      '³ Gồm 1.200 hộ nghèo và 850 hộ cận nghèo.',
    ]);
  });

  it('is NFC text', () => {
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('readDocx: warnings and refusals name the file', () => {
  it('passes mammoth\'s messages on, naming the file', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'KieuRieng', name: 'Kiểu riêng', run: { bold: true } }] },
      sections: [{ children: [new Paragraph({ style: 'KieuRieng', children: [new TextRun('BÁO CÁO')] })] }],
    });
    const { warnings } = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'kieu.docx');
    expect(warnings).toEqual(["kieu.docx: Unrecognised paragraph style: 'Kiểu riêng' (Style ID: KieuRieng)"]);
  });

  it('reads Word\'s "All caps" as capitals and leaves a table of contents out, through the style map', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'TOC1', name: 'toc 1' }] },
      sections: [
        {
          children: [
            new Paragraph({ style: 'TOC1', children: [new TextRun('I. Kết quả\t2')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'I. Kết quả', allCaps: true })] }),
            new Paragraph('Đạt kế hoạch.'),
          ],
        },
      ],
    });
    const result = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'caps.docx');
    expect(result).toEqual({
      text: 'I. KẾT QUẢ\n\nĐạt kế hoạch.\n',
      warnings: ['caps.docx: the table of contents is left out (the site makes its own)'],
    });
  });

  it.each<[string, Uint8Array, string]>([
    ['a few bytes of garbage', new Uint8Array([0x13, 0x37, 0x00, 0xff, 0x42]), 'rac.docx: is not a Word .docx file (a .docx is a zip archive; this file is not one)'],
    [
      'a .txt renamed .docx',
      new TextEncoder().encode('BÁO CÁO\n\nI. KẾT QUẢ\n'),
      'bao-cao.docx: is not a Word .docx file (a .docx is a zip archive; this file is not one)',
    ],
    [
      'an old binary .doc',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'cu.docx: is an old binary Word document (.doc); open it in Word and save it as .docx',
    ],
  ])('refuses %s', async (_, bytes, message) => {
    const name = message.slice(0, message.indexOf(':'));
    const error = await readDocx(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as DocxReadError).message).toBe(message);
  });

  it('refuses a cut-off .docx with mammoth\'s reason', async () => {
    const whole = await makeReportDocx();
    const error = await readDocx(whole.slice(0, 200), 'cut.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxReadError);
    expect((error as DocxReadError).message).toMatch(/^cut\.docx: is not a readable Word \.docx file \(.+\)$/u);
  });
});
