import { describe, expect, it } from 'vitest';
import { readEntryText, splitSentences, tableCellClause } from './entry-text.ts';

const body = `Đoạn một[^1].

<Chart id="hinh-1" />

**\\* Nguyên nhân khách quan**

<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh chỉ đạo; tăng 2%[^2].

1\\. Nhiệm vụ một, “*Siết chặt kỷ cương*”.

## Tiêu đề

- một mục danh sách

[^1]: Chú thích một.

[^2]: Chú thích hai; câu hai.`;

const text = readEntryText(body, 'ii-1-b');

describe('readEntryText', () => {
  it('numbers the top-level paragraphs as the page does: components, headings, lists and footnotes excluded, inline markup kept', () => {
    expect(text.paragraphs.map((p) => [p.ordinal, p.id, p.text])).toEqual([
      [1, 'ii-1-b-1', 'Đoạn một.'],
      [2, 'ii-1-b-2', '* Nguyên nhân khách quan'],
      [3, 'ii-1-b-3', 'UBND tỉnh chỉ đạo; tăng 2%.'],
      [4, 'ii-1-b-4', '1. Nhiệm vụ một, “Siết chặt kỷ cương”.'],
    ]);
  });

  it('keeps each paragraph’s markup as written', () => {
    expect(text.paragraphs[2]?.markup).toBe('<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh chỉ đạo; tăng 2%[^2].');
  });

  it('reads footnotes under their own labels, with text and sentences', () => {
    expect(text.footnotes.map((f) => [f.label, f.markup, f.text, f.sentences])).toEqual([
      ['1', 'Chú thích một.', 'Chú thích một.', ['Chú thích một.']],
      ['2', 'Chú thích hai; câu hai.', 'Chú thích hai; câu hai.', ['Chú thích hai;', 'câu hai.']],
    ]);
  });

  it('lists footnote references in order, definitions excluded', () => {
    expect(text.references).toEqual(['1', '2']);
  });

  it('splits a paragraph into its sentences', () => {
    expect(text.paragraphs[2]?.sentences).toEqual(['UBND tỉnh chỉ đạo;', 'tăng 2%.']);
  });

  it('reads CRLF bodies as LF', () => {
    expect(readEntryText('Một.\r\n\r\nHai.', 'a').paragraphs.map((p) => p.id)).toEqual(['a-1', 'a-2']);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Một. Hai; ba: bốn… năm? sáu!', ['Một.', 'Hai;', 'ba:', 'bốn…', 'năm?', 'sáu!']],
    ['đạt 99,4% kế hoạch. Tăng 3.060 triệu', ['đạt 99,4% kế hoạch.', 'Tăng 3.060 triệu']],
    ['  ', []],
  ])('%j', (input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });
});

describe('tables in the text model', () => {
  const tableBody = `Đoạn trước bảng.

| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện quý I |
| :-- | :-- | :-: | --: | --: |
| 1 | Diện tích lúa | ha | 5.000 | 1.234,5 |
| 2 | Khách du lịch (nghìn lượt) | | 200 | 45 |

Đoạn sau bảng[^1].

[^1]: Chú thích.`;
  const t = readEntryText(tableBody, 'i-1');

  it('numbers tables apart from paragraphs, so the paragraphs around a table keep their ids', () => {
    expect(t.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['i-1-1', 'Đoạn trước bảng.'],
      ['i-1-2', 'Đoạn sau bảng.'],
    ]);
    expect(t.tables.map((x) => [x.ordinal, x.id])).toEqual([[1, 'i-1-bang-1']]);
  });

  it('reads the header row and the body rows cell by cell, numbers verbatim', () => {
    expect(t.tables[0]?.header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện quý I']);
    expect(t.tables[0]?.rows).toEqual([
      ['1', 'Diện tích lúa', 'ha', '5.000', '1.234,5'],
      ['2', 'Khách du lịch (nghìn lượt)', '', '200', '45'],
    ]);
  });

  it('names each data cell by its row header (an ordinal column skipped) and its column header', () => {
    expect(t.tables[0]?.cells.map((c) => [c.row, c.column, c.clause])).toEqual([
      [1, 3, 'Diện tích lúa, Đơn vị tính: ha'],
      [1, 4, 'Diện tích lúa, Kế hoạch: 5.000'],
      [1, 5, 'Diện tích lúa, Thực hiện quý I: 1.234,5'],
      [2, 4, 'Khách du lịch (nghìn lượt), Kế hoạch: 200'],
      [2, 5, 'Khách du lịch (nghìn lượt), Thực hiện quý I: 45'],
    ]);
  });

  it('counts tables in document order, in lists too, never in footnotes', () => {
    const body = '| A | B |\n| - | - |\n| x | 1 |\n\n- mục\n\n  | C | D |\n  | - | - |\n  | y | 2 |\n\nCó bảng[^1].\n\n[^1]: Chú thích.\n\n    | E | F |\n    | - | - |\n    | z | 3 |';
    expect(readEntryText(body, 'a').tables.map((x) => [x.id, x.header])).toEqual([
      ['a-bang-1', ['A', 'B']],
      ['a-bang-2', ['C', 'D']],
    ]);
  });

  it('a body without tables has none', () => {
    expect(text.tables).toEqual([]);
  });
});

describe('tableCellClause', () => {
  it.each([
    ['Diện tích lúa', 'Kế hoạch', '5.000', 'Diện tích lúa, Kế hoạch: 5.000'],
    ['', 'Kế hoạch', '5.000', 'Kế hoạch: 5.000'],
    ['Diện tích lúa', '', '5.000', 'Diện tích lúa: 5.000'],
    ['', '', '5.000', '5.000'],
  ])('(%s, %s, %s) → %s', (row, column, cell, clause) => {
    expect(tableCellClause(row, column, cell)).toBe(clause);
  });
});
