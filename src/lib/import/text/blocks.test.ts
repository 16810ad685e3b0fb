import { describe, expect, it } from 'vitest';
import type { Block } from '../model.ts';
import { ReportParseError } from '../model.ts';
import { BlockReader, endsParagraph } from './blocks.ts';
import { splitFootnoteRefs } from './footnotes.ts';
import { failFor, toLines } from './lines.ts';

/** Blocks of body lines (blank lines skipped, as the parser does). */
const read = (lines: string[]): Block[] => {
  const blocks: Block[] = [];
  const reader = new BlockReader(blocks, failFor('x.txt'));
  for (const l of toLines(lines.join('\n'))) if (l.text !== '') reader.add(l, splitFootnoteRefs(l.text));
  reader.end();
  return blocks;
};

describe('BlockReader', () => {
  it('mends a paragraph across a page break, and starts a new one after a sentence ends', () => {
    expect(read(['Trồng cây ăn quả đạt 192% kế', '', 'hoạch. Tăng 1,59% (2021-', '2025) so cùng kỳ.', 'Câu mới.'])).toEqual([
      { type: 'paragraph', inlines: ['Trồng cây ăn quả đạt 192% kế hoạch. Tăng 1,59% (2021-2025) so cùng kỳ.'], line: 1 },
      { type: 'paragraph', inlines: ['Câu mới.'], line: 5 },
    ]);
  });

  it('reads "- " items as one list, "+ " items nested under the item above, across blank lines', () => {
    expect(read(['Gồm:', '- Ngô: 2.460 ha, trong đó:', '+ vụ Xuân¹;', '', '+ vụ Mùa;', '- Lúa.', 'Sau danh sách.'])).toEqual([
      { type: 'paragraph', inlines: ['Gồm:'], line: 1 },
      {
        type: 'list',
        line: 2,
        items: [
          { inlines: ['Ngô: 2.460 ha, trong đó:'], line: 2, items: [{ inlines: ['vụ Xuân', { footnote: 1 }, ';'], line: 3, items: [] }, { inlines: ['vụ Mùa;'], line: 5, items: [] }] },
          { inlines: ['Lúa.'], line: 6, items: [] },
        ],
      },
      { type: 'paragraph', inlines: ['Sau danh sách.'], line: 7 },
    ]);
  });

  it('continues an unterminated item on a lowercase line, and ends it before a capitalised one', () => {
    const blocks = read(['- Hoàn thành trước', 'ngày 30/11', 'Tiếp tục triển khai.']);
    expect(blocks.map((b) => b.type)).toEqual(['list', 'paragraph']);
    expect(blocks[0]).toMatchObject({ items: [{ inlines: ['Hoàn thành trước ngày 30/11'] }] });
  });

  it('ends an unterminated paragraph at a list or a table rather than merging them', () => {
    expect(read(['Bảng kết quả', 'A\tB', '1\t2', 'Các chỉ tiêu', '- Một.']).map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph', 'list']);
  });

  it('reads TAB lines as a table: the header, then rows, empty cells kept at the ends and inside', () => {
    const blocks = read(['STT\tChỉ tiêu\tSố\tGhi chú', '1\tLúa¹\t\t', '\t\t12\tx']);
    expect(blocks).toEqual([
      {
        type: 'table',
        line: 1,
        header: [['STT'], ['Chỉ tiêu'], ['Số'], ['Ghi chú']],
        rows: [
          [['1'], ['Lúa', { footnote: 1 }], [], []],
          [[], [], ['12'], ['x']],
        ],
      },
    ]);
  });

  it.each([
    ['a "+ " item first', ['+ Một.'], 1, 'a "+ " item with no "- " item above it; expected "+ " only under a "- " item'],
    ['a "+ " item after a paragraph', ['- Một.', 'Đoạn.', '+ Hai.'], 3, 'a "+ " item with no "- " item above it'],
    ['a lone TAB line', ['Đoạn.', 'A\tB', 'Đoạn.'], 2, 'a line with TABs stands alone; expected a table of two or more TAB-separated lines with the same number of cells'],
    ['rows of different lengths', ['A\tB\tC', '1\t2'], 2, 'a table row of 2 cells after rows of 3 cells (line 1); expected every row of a table to have the same number of TAB-separated cells'],
  ])('refuses %s, naming the line', (_, lines, line, message) => {
    expect(() => read(lines)).toThrow(ReportParseError);
    expect(() => read(lines)).toThrow(`x.txt:${line}: ${message}`);
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
