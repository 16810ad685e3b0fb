import { describe, expect, it } from 'vitest';
import { fromRoman, HeadingNumbers, readMarker, toRoman, type TypedMarker } from './heading-numbers.ts';

describe('readMarker', () => {
  it.each<[string, TypedMarker | undefined]>([
    ['Phần I', { kind: 'part', depth: 0, values: [1] }],
    ['PHẦN II. NHIỆM VỤ', { kind: 'part', depth: 0, values: [2] }],
    ['IV. KIẾN NGHỊ', { kind: 'roman', depth: 1, values: [4] }],
    ['12. Tăng cường kỷ luật', { kind: 'decimal', depth: 2, values: [12] }],
    ['1.2. Sản xuất', { kind: 'decimal2', depth: 3, values: [1, 2] }],
    ['2.1.3. Chăn nuôi', { kind: 'decimal3', depth: 4, values: [2, 1, 3] }],
    ['đ) Phát triển doanh nghiệp', { kind: 'letter', depth: 3, values: [5] }],
    ['g) Văn hóa', { kind: 'letter', depth: 3, values: [7] }],
    ['f) not a Vietnamese letter', undefined],
    ['IIII. not a numeral', undefined],
    ['2.842 nghìn m³ đá', undefined],
    ['1.Thiếu dấu cách', undefined],
    ['Phụ lục 1', undefined],
    ['Trong đó: lúa', undefined],
  ])('%s', (text, marker) => {
    expect(readMarker(text)).toEqual(marker);
  });
});

describe('Roman numerals', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('%i ↔ %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
    expect(fromRoman(roman)).toBe(n);
  });
  it('rejects a non-canonical numeral', () => {
    expect(fromRoman('IIII')).toBeNaN();
  });
});

/** Feed headings ("typed:II. X" or "auto:<level>") in order; collect the markers written. */
function run(typed: Array<[number, string]>, steps: Array<string | number>): Array<string | undefined> {
  const numbers = new HeadingNumbers(typed.map(([level, text]) => ({ level, marker: readMarker(text)! })));
  return steps.map((step) => {
    if (typeof step === 'number') return numbers.next(step);
    numbers.typed(readMarker(step)!);
    return step.split(' ')[0];
  });
}

describe('HeadingNumbers: markers for headings that Word numbers', () => {
  it('numbers Heading 1 / 2 / 3 as I. / 1. / a) in a document with no typed marker, restarting under each parent', () => {
    expect(run([], [1, 2, 2, 3, 3, 2, 1, 2, 3])).toEqual(['I.', '1.', '2.', 'a)', 'b)', '3.', 'II.', '1.', 'a)']);
  });

  it('goes on from a typed marker at the same depth', () => {
    expect(run([[1, 'II. X']], [1, 'II. X', 1, 2])).toEqual(['I.', 'II.', 'III.', '1.']);
  });

  it('takes a level\'s depth from its typed headings: Heading 1 typed "Phần I" makes Heading 2 Roman', () => {
    expect(run([[1, 'Phần I']], ['Phần I', 2, 3, 3, 1, 2])).toEqual(['Phần', 'I.', '1.', '2.', 'Phần II', 'I.']);
  });

  it('writes depth 3 as "1.1." when the document types it that way, and depth 4 as "1.1.1."', () => {
    expect(run([[3, '1.1. X']], [1, 2, 3, 3, 4, 4, 2, 3])).toEqual(['I.', '1.', '1.1.', '1.2.', '1.2.1.', '1.2.2.', '2.', '2.1.']);
  });

  it('follows a typed "1.2." with "1.3." at the same depth', () => {
    expect(run([[3, '1.2. X']], [1, 2, '1.2. X', 3])).toEqual(['I.', '1.', '1.2.', '1.3.']);
  });

  it('uses the Vietnamese letter sequence (đ after d, no f)', () => {
    expect(run([], [3, 3, 3, 3, 3, 3, 3])).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)']);
  });

  it('has no marker below "a)" (depth 4 with letters) or deeper than Heading 5', () => {
    expect(run([], [4, 5])).toEqual([undefined, undefined]);
  });
});
