import { describe, expect, it } from 'vitest';
import { readEntryText, splitSentences } from './entry-text.ts';

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
