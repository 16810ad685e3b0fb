import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText, cleanTextWarnings } from './clean-text';

describe('cleanText', () => {
  it.each([
    ['a zero-width space inside a date', 'ngày 30/9/\u200B2021', 'ngày 30/9/2021'],
    ['every zero-width character', 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf', 'abcdef'],
    ['decomposed letters', 'Lạng Sơn'.normalize('NFD'), 'Lạng Sơn'],
    ['line breaks kept', 'a\u200B\nb\r\nc', 'a\nb\r\nc'],
    ['a no-break space kept (it is visible as a space)', '30\u00A0%', '30\u00A0%'],
  ])('%s', (_, input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('cleans every string of a frontmatter value, keeping numbers and shape', () => {
    expect(cleanDeep({ title: 'Nông\u200B nghiệp', order: 3, indicators: [{ label: 'Lúa'.normalize('NFD'), value: 1.5, headline: true }], none: null })).toEqual({
      title: 'Nông nghiệp',
      order: 3,
      indicators: [{ label: 'Lúa', value: 1.5, headline: true }],
      none: null,
    });
  });
});

describe('cleanTextWarnings', () => {
  it('names the file, the line and each character removed', () => {
    expect(cleanTextWarnings('economy/x.mdx', '---\ntitle: "A\u2060"\n---\n\nngày 30/9/\u200B2021\u200B và \uFEFF.\n')).toEqual([
      'warning: economy/x.mdx:2: U+2060 (word joiner) removed',
      'warning: economy/x.mdx:5: U+200B (zero-width space) removed',
      'warning: economy/x.mdx:5: U+FEFF (zero-width no-break space, a byte-order mark) removed',
    ]);
  });

  it('names a line in NFD', () => {
    expect(cleanTextWarnings('economy/x.mdx', `Một.\n${'Lạng Sơn'.normalize('NFD')}.\n`)).toEqual(['warning: economy/x.mdx:2: decomposed letters (NFD: a letter and its accents as separate characters) normalised to NFC']);
  });

  it('says nothing of clean text', () => {
    expect(cleanTextWarnings('economy/x.mdx', 'Lạng Sơn, ngày 30/9/2021.\n')).toEqual([]);
  });
});
