import { describe, expect, it } from 'vitest';
import { htmlToText, missingSentences, normaliseText, sourceSentences } from './fidelity.ts';

describe('sourceSentences', () => {
  it('drops footnote markers but keeps units like m³', () => {
    expect(sourceSentences('Bluezone trên địa bàn tỉnh¹; đá 2.842 nghìn m³, đạt 59,9%.')).toEqual([
      'Bluezone trên địa bàn tỉnh;',
      'đá 2.842 nghìn m³, đạt 59,9%.',
    ]);
  });

  it('drops the number of a footnote body and list dashes, and splits sentences', () => {
    expect(sourceSentences('¹⁴ Gồm: Hữu Nghị. Chi Ma.\n\n- Văn phòng Chính phủ;')).toEqual(['Gồm:', 'Hữu Nghị.', 'Chi Ma.', 'Văn phòng Chính phủ;']);
  });

  it('treats emphasis as markup, not text', () => {
    expect(sourceSentences('*** Nguyên nhân khách quan**')).toEqual(['Nguyên nhân khách quan']);
  });
});

describe('htmlToText', () => {
  it('joins inline markup, separates blocks, removes footnote links and decodes entities', () => {
    const html = '<p>phê duyệt<sup><a href="#fn-12" id="fnref-12" data-footnote-ref>12</a></sup>, <strong>đáp</strong> ứng &amp; “x”</p><p>Tiếp</p>';
    expect(normaliseText(htmlToText(html))).toBe('phê duyệt, đáp ứng & “x” Tiếp');
  });
});

describe('missingSentences', () => {
  const source = 'Lũy kể từ ngày 06/5/2021 có 212 ca F0¹. Tiêm được 490.132 liều.\n\n¹ Chú thích một.';
  const faithful = '<p>Lũy kể từ ngày 06/5/2021 có 212 ca F0<sup><a data-footnote-ref href="#fn-1">1</a></sup>. Tiêm được 490.132 liều.</p><ol><li id="fn-1"><p>Chú thích một. <a data-footnote-backref href="#fnref-1">↩</a></p></li></ol>';

  it('finds nothing missing in a faithful page', () => {
    expect(missingSentences(source, faithful)).toEqual([]);
  });

  it.each([
    ['a corrected typo', faithful.replace('Lũy kể', 'Lũy kế'), 'Lũy kể từ ngày 06/5/2021 có 212 ca F0.'],
    ['a changed number', faithful.replace('490.132', '490.133'), 'Tiêm được 490.132 liều.'],
    ['a dropped footnote', faithful.replace('Chú thích một.', ''), 'Chú thích một.'],
  ])('reports %s', (_, page, missing) => {
    expect(missingSentences(source, page)).toEqual([missing]);
  });
});
