import { describe, expect, it } from 'vitest';
import { bodyParagraphs, footnoteDefinitions, footnoteReferences, plainText } from './entry-text.ts';

const body = `Đoạn một[^1].

<Chart id="hinh-1" />

**\\* Nguyên nhân khách quan**

1\\. Nhiệm vụ một, tăng 2%[^2].

[^1]: Chú thích một.

[^2]: Chú thích hai.`;

describe('entry-text', () => {
  it('lists paragraphs as the page numbers them: components and footnote definitions excluded', () => {
    expect(bodyParagraphs(body)).toEqual(['Đoạn một[^1].', '**\\* Nguyên nhân khách quan**', '1\\. Nhiệm vụ một, tăng 2%[^2].']);
  });

  it('reads footnote definitions and references with their own labels', () => {
    expect(footnoteDefinitions(body)).toEqual([
      { label: '1', text: 'Chú thích một.' },
      { label: '2', text: 'Chú thích hai.' },
    ]);
    expect(footnoteReferences(body)).toEqual(['1', '2']);
  });

  it.each([
    ['**\\* Nguyên nhân khách quan**', '* Nguyên nhân khách quan'],
    ['1\\. Nhiệm vụ một, tăng 2%[^2].', '1. Nhiệm vụ một, tăng 2%.'],
    ['“*Siết chặt kỷ cương*”', '“Siết chặt kỷ cương”'],
  ])('plainText(%j) = %j', (markup, text) => {
    expect(plainText(markup)).toBe(text);
  });
});
