import { describe, expect, it } from 'vitest';
import { htmlToCanonicalText } from './html-to-text.ts';

const text = (html: string): string => htmlToCanonicalText(html).text;
const warnings = (html: string): string[] => htmlToCanonicalText(html).warnings;
/** A body that starts at once: the first heading is a Word-numbered Heading 1. */
const body = (html: string): string => text(`<h1 class="auto-number">KẾT QUẢ</h1>${html}`);
const ref = (id: number, n: number): string => `<sup><a href="#footnote-${id}" id="footnote-ref-${id}">[${n}]</a></sup>`;
const note = (id: number, html: string): string => `<li id="footnote-${id}"><p>${html} <a href="#footnote-ref-${id}">↑</a></p></li>`;

describe('title block', () => {
  it('zips the issuer/motto table line by line with a TAB, the "Số" row on its own', () => {
    const html =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p><strong>TỈNH LẠNG SƠN</strong></p></td>' +
      '<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong>Độc lập - Tự do - Hạnh phúc</strong></p></td></tr>' +
      '<tr><td><p>Số:    /BC-UBND</p></td><td><p><em>Lạng Sơn, ngày 05 tháng 11 năm 2021</em></p></td></tr></table>' +
      '<p><strong>BÁO CÁO</strong></p><p><strong>Tình hình kinh tế - xã hội</strong></p><p><strong>tháng 10 năm 2021</strong></p>' +
      '<h1>I. KẾT QUẢ</h1><p>Văn bản.</p>';
    expect(text(html)).toBe(
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n\n' +
        'Số:    /BC-UBND\tLạng Sơn, ngày 05 tháng 11 năm 2021\n\nBÁO CÁO\n\n' +
        '**Tình hình kinh tế - xã hội\ntháng 10 năm 2021**\n\nI. KẾT QUẢ\n\nVăn bản.\n',
    );
  });

  it('splits a one-row letterhead whose cells end with the number and the date', () => {
    const html =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH LẠNG SƠN</p><p>-------</p><p>Số: 12/BC-UBND</p></td>' +
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>______</p><p>Lạng Sơn, ngày 05 tháng 11 năm 2021</p></td></tr></table>' +
      '<p>BÁO CÁO</p><p>Tình hình tháng 10</p><h1>I. KẾT QUẢ</h1><p>Văn bản.</p>';
    const result = htmlToCanonicalText(html);
    expect(result.text).toBe(
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n\n' +
        'Số: 12/BC-UBND\tLạng Sơn, ngày 05 tháng 11 năm 2021\n\nBÁO CÁO\n\nTình hình tháng 10\n\nI. KẾT QUẢ\n\nVăn bản.\n',
    );
    expect(result.warnings).toEqual([
      'a line drawn with characters ("-------") in the title block is left out',
      'a line drawn with characters ("______") in the title block is left out',
    ]);
  });

  it('lines the number up with the place-date when the cells above them differ in height', () => {
    const html =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH LẠNG SƠN</p><p>Số: 12/BC-UBND</p></td>' +
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>Bản dự thảo</p><p>Lạng Sơn, ngày 05 tháng 11 năm 2021</p></td></tr></table>' +
      '<p>BÁO CÁO</p><p>Tình hình tháng 10</p><h1>I. KẾT QUẢ</h1><p>Văn bản.</p>';
    expect(text(html)).toBe(
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n\tBản dự thảo\n\n' +
        'Số: 12/BC-UBND\tLạng Sơn, ngày 05 tháng 11 năm 2021\n\nBÁO CÁO\n\nTình hình tháng 10\n\nI. KẾT QUẢ\n\nVăn bản.\n',
    );
  });

  it('reads a title block typed as paragraphs: issuer lines together, a TAB run as one TAB', () => {
    const html =
      '<p>ỦY BAN NHÂN DÂN</p><p>TỈNH LẠNG SƠN</p><p>Số: /BC-UBND\t\t\tLạng Sơn, ngày   tháng 10 năm 2021</p>' +
      '<p>BÁO CÁO</p><p><strong>Tình hình tháng 10</strong></p><p>Thực hiện Công văn số 1, UBND tỉnh báo cáo như sau:</p>' +
      '<p><strong>I. KẾT QUẢ</strong></p><p>Văn bản.</p>';
    expect(text(html)).toBe(
      'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: /BC-UBND\tLạng Sơn, ngày   tháng 10 năm 2021\n\nBÁO CÁO\n\n**Tình hình tháng 10**\n\n' +
        'Thực hiện Công văn số 1, UBND tỉnh báo cáo như sau:\n\nI. KẾT QUẢ\n\nVăn bản.\n',
    );
  });

  it('keeps a document type styled as a heading (no number) in the title block', () => {
    expect(text('<p>Số: /BC-UBND</p><p>Hà Nội, ngày 1 tháng 2 năm 2021</p><h1>BÁO CÁO</h1><p>Tình hình</p><h1>I. A</h1><p>B.</p>')).toBe(
      'Số: /BC-UBND\n\nHà Nội, ngày 1 tháng 2 năm 2021\n\nBÁO CÁO\n\nTình hình\n\nI. A\n\nB.\n',
    );
  });
});

describe('headings', () => {
  it('gives Word-numbered headings their printed markers and keeps typed ones as they are', () => {
    const html =
      '<h1 class="auto-number">CHỈ ĐẠO</h1><h2 class="auto-number">Triển khai</h2><p>A.</p>' +
      '<h3>a) Nông nghiệp</h3><p>B.</p><h3 class="auto-number">Công nghiệp</h3><p>C.</p>' +
      '<h1>II. KẾT QUẢ</h1><h2 class="auto-number">Kinh tế</h2><p>D.</p><h1 class="auto-number">KIẾN NGHỊ</h1><p>E.</p>';
    expect(text(html)).toBe(
      'I. CHỈ ĐẠO\n\n1. Triển khai\n\nA.\n\na) Nông nghiệp\n\nB.\n\nb) Công nghiệp\n\nC.\n\n' +
        'II. KẾT QUẢ\n\n1. Kinh tế\n\nD.\n\nIII. KIẾN NGHỊ\n\nE.\n',
    );
  });

  it('writes a Word-numbered "Phần" heading as "Phần I" and its title on the next block', () => {
    expect(text('<h1>Phần I</h1><h1>TÌNH HÌNH</h1><h2>I. CHỈ ĐẠO</h2><p>A.</p><h1 class="auto-number">NHIỆM VỤ QUÝ IV</h1><p>B.</p>')).toBe(
      'Phần I\n\nTÌNH HÌNH\n\nI. CHỈ ĐẠO\n\nA.\n\nPhần II\n\nNHIỆM VỤ QUÝ IV\n\nB.\n',
    );
  });

  it('writes headings without markup, and a wholly bold or italic marker-led paragraph as a heading', () => {
    expect(body('<h2><strong>1. Kinh tế</strong></h2><p><em>a) Nông nghiệp</em></p><p>Diện tích <strong>tăng</strong>.</p>')).toBe(
      'I. KẾT QUẢ\n\n1. Kinh tế\n\na) Nông nghiệp\n\nDiện tích **tăng**.\n',
    );
  });

  it('reads a wholly bold Word-numbered paragraph as a heading one level below the current one', () => {
    expect(body('<ol><li><strong>Kinh tế</strong></li></ol><p>A.</p><ol><li><strong>Xã hội</strong></li></ol><p>B.</p>')).toBe(
      'I. KẾT QUẢ\n\n1. Kinh tế\n\nA.\n\n2. Xã hội\n\nB.\n',
    );
  });

  it('keeps "PHỤ LỤC" and an unnumbered heading as printed', () => {
    expect(body('<p>A.</p><h1>PHỤ LỤC 1</h1><p>B.</p><h2>Ghi chú</h2><p>C.</p>')).toBe(
      'I. KẾT QUẢ\n\nA.\n\nPHỤ LỤC 1\n\nB.\n\nGhi chú\n\nC.\n',
    );
  });

  it('warns when a Word-numbered heading is too deep for a marker', () => {
    expect(warnings('<h1 class="auto-number">A</h1><h4 class="auto-number">Sâu</h4><p>B.</p>')).toEqual([
      'heading "Sâu" is numbered by Word at a depth with no marker in this scheme; written without a number',
    ]);
  });
});

describe('inline text', () => {
  it.each([
    ['<p>Đạt <strong>120 tỷ </strong>đồng.</p>', 'Đạt **120 tỷ** đồng.'],
    ['<p><strong><em>Kết quả: </em></strong>đạt.</p>', '***Kết quả:*** đạt.'],
    ['<p><strong>Tổng <em>thu</em> ngân sách</strong> tăng.</p>', '**Tổng *thu* ngân sách** tăng.'],
    ['<p><strong>Một</strong> <strong>hai</strong>.</p>', '**Một hai**.'],
    ['<p>Dòng một<br />dòng hai\tcột.</p>', 'Dòng một dòng hai cột.'],
    ['<p>Khai thác 2.842 nghìn m<sup>3</sup> đá, 91×10<sup>6</sup> đồng, H<sub>2</sub>O.</p>', 'Khai thác 2.842 nghìn m³ đá, 91×10⁶ đồng, H2O.'],
    ['<p>Tie\u0302\u0300n.</p>', 'Tiền.'],
  ])('%s', (html, line) => {
    expect(body(html)).toBe(`I. KẾT QUẢ\n\n${line}\n`);
  });

  it('writes text Word sets in capitals in capitals, as printed', () => {
    expect(text('<h1 class="auto-number"><span class="all-caps">kết quả thực hiện</span></h1><p>Đạt.</p>')).toBe('I. KẾT QUẢ THỰC HIỆN\n\nĐạt.\n');
  });

  it('leaves out the table of contents, with a warning', () => {
    const result = htmlToCanonicalText('<p class="toc">I. KẾT QUẢ\t3</p><p class="toc">II. NHIỆM VỤ\t9</p><h1>I. KẾT QUẢ</h1><p>Đạt.</p>');
    expect(result.text).toBe('I. KẾT QUẢ\n\nĐạt.\n');
    expect(result.warnings).toEqual(['the table of contents is left out (the site makes its own)']);
  });

  it('leaves out a picture, with a warning', () => {
    const result = htmlToCanonicalText('<h1 class="auto-number">A</h1><p>Ảnh <img src="" alt="Biểu đồ 1" />dưới.</p>');
    expect(result.text).toBe('I. A\n\nẢnh dưới.\n');
    expect(result.warnings).toEqual(['a picture ("Biểu đồ 1") is left out: only text is imported']);
  });
});

describe('footnotes', () => {
  it('glues references to the text before them and lists definitions under Word\'s numbers at the end', () => {
    const html =
      `<h1 class="auto-number">A</h1><p>Tăng so cùng kỳ ${ref(7, 1)}; <strong>đạt</strong>${ref(3, 2)}.</p>` +
      `<ul><li>Hộ nghèo${ref(5, 3)}.</li></ul>` +
      `<ol>${note(7, 'Số liệu <em>ước</em>.')}${note(3, 'Trong đó: lúa 15.443,3 ha.')}${note(5, 'Gồm 1.200 hộ.')}</ol>`;
    expect(text(html)).toBe(
      'I. A\n\nTăng so cùng kỳ¹; **đạt**².\n\n- Hộ nghèo³.\n\n¹ Số liệu *ước*.\n² Trong đó: lúa 15.443,3 ha.\n³ Gồm 1.200 hộ.\n',
    );
  });

  it('puts the footnotes after the signature and an appendix after it', () => {
    const html =
      `<h1 class="auto-number">A</h1><p>B${ref(1, 1)}.</p><p>Nơi nhận:</p><p>- Lưu: VT.</p>` +
      '<p><strong>TM. ỦY BAN NHÂN DÂN</strong></p><p><strong>CHỦ TỊCH</strong></p><p><strong>Nguyễn Văn A</strong></p>' +
      `<p><strong>PHỤ LỤC</strong></p><p>Bảng số liệu.</p><ol>${note(1, 'Chú thích.')}</ol>`;
    expect(text(html)).toBe(
      'I. A\n\nB¹.\n\nNơi nhận:\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nNguyễn Văn A\n\nPHỤ LỤC\n\nBảng số liệu.\n\n¹ Chú thích.\n',
    );
  });
});

describe('tables', () => {
  it('writes one line a row with TABs, a cell\'s paragraphs joined by a space and a TAB in a cell as a space', () => {
    const html =
      '<table><thead><tr><th><p><strong>Chỉ tiêu</strong></p></th><th><p>Số</p></th></tr></thead>' +
      '<tbody><tr><td><p>Sản lượng</p><p>lương thực</p></td><td><p>151,6\tnghìn tấn</p></td></tr>' +
      '<tr><td></td><td><p>5.403</p></td></tr></tbody></table>';
    expect(body(html)).toBe('I. KẾT QUẢ\n\n**Chỉ tiêu**\tSố\nSản lượng lương thực\t151,6 nghìn tấn\n\t5.403\n');
  });

  it('pads merged cells so every row has as many cells as the grid', () => {
    const html =
      '<table><tr><th rowspan="2">Chỉ tiêu</th><th colspan="2">Năm 2021</th></tr>' +
      '<tr><th>Kế hoạch</th><th>Thực hiện</th></tr><tr><td>Thu</td><td>10</td><td>12</td></tr></table>';
    expect(body(html)).toBe('I. KẾT QUẢ\n\nChỉ tiêu\tNăm 2021\t\n\tKế hoạch\tThực hiện\nThu\t10\t12\n');
  });

  it('reads a one-column table as paragraphs, with a warning', () => {
    const result = htmlToCanonicalText('<h1 class="auto-number">A</h1><table><tr><td><p>Hộp chữ.</p><p>Dòng hai.</p></td></tr></table>');
    expect(result.text).toBe('I. A\n\nHộp chữ.\n\nDòng hai.\n');
    expect(result.warnings).toEqual(['a table with one column is read as paragraphs']);
  });
});

describe('lists', () => {
  it('writes "-" items and "+" items nested under them as one block', () => {
    const html = '<p>Gồm:</p><ul><li>Một:<ul><li>một a;</li><li>một b.</li></ul></li><li>Hai.</li></ul><p>Sau.</p>';
    expect(body(html)).toBe('I. KẾT QUẢ\n\nGồm:\n\n- Một:\n+ một a;\n+ một b.\n- Hai.\n\nSau.\n');
  });

  it('writes a numbered list outside the task section as bullets, and a third level as "+", with warnings', () => {
    const result = htmlToCanonicalText(
      '<h1 class="auto-number">A</h1><ol><li>Một<ul><li>hai<ul><li>ba</li></ul></li></ul></li></ol>',
    );
    expect(result.text).toBe('I. A\n\n- Một\n+ hai\n+ ba\n');
    expect(result.warnings).toEqual([
      'a Word-numbered list outside the task section is written as "-" bullets (its numbers are not kept)',
      'a list nested deeper than two levels is written with "+" for every deeper level',
    ]);
  });
});

describe('task section', () => {
  it('numbers Word-numbered tasks on across the section, each a block, the closing sentence on its own', () => {
    const html =
      '<h1>II. NHIỆM VỤ THÁNG 11</h1><p>Tập trung các nhiệm vụ sau:</p>' +
      '<ol><li>Phòng, chống dịch.</li><li>Thu ngân sách.<ul><li>Rà soát nợ thuế.</li></ul></li></ol>' +
      '<p>Đôn đốc thu nộp.</p><ol><li>Giải ngân vốn.</li></ol><p>Trên đây là báo cáo tháng 10.</p>';
    expect(text(html)).toBe(
      'II. NHIỆM VỤ THÁNG 11\n\nTập trung các nhiệm vụ sau:\n\n1. Phòng, chống dịch.\n\n2. Thu ngân sách.\n\n- Rà soát nợ thuế.\n\n' +
        'Đôn đốc thu nộp.\n\n3. Giải ngân vốn.\n\nTrên đây là báo cáo tháng 10.\n',
    );
  });

  it('ends the task section at the next top heading', () => {
    const html = '<h1>I. NHIỆM VỤ QUÝ IV</h1><ol><li>Một.</li></ol><h1>II. KIẾN NGHỊ</h1><ol><li>Hai.</li></ol>';
    expect(text(html)).toBe('I. NHIỆM VỤ QUÝ IV\n\n1. Một.\n\nII. KIẾN NGHỊ\n\n- Hai.\n');
  });

});

describe('recipients and signature', () => {
  it('reads the layout table: "Nơi nhận" and its list on the left, the signature on the right, the name last', () => {
    const html =
      '<h1 class="auto-number">A</h1><p>B.</p><table><tr>' +
      '<td><p><strong><em>Nơi nhận:</em></strong></p><ul><li>Văn phòng Chính phủ;</li><li>Lưu: VT.</li></ul></td>' +
      '<td><p><strong>KT. CHỦ TỊCH<br />PHÓ CHỦ TỊCH</strong></p><p><em>(Đã ký)</em></p><p><strong>Trần Văn B</strong></p></td>' +
      '</tr></table>';
    expect(text(html)).toBe('I. A\n\nB.\n\nNơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT.\n\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n*(Đã ký)*\n\nTrần Văn B\n');
  });
});
