import { expect, test } from 'vitest';
import { contentsLabel, entryHeadingLevel, headingsOver } from './contents';

test.each([
  [{ number: 'II.1.a', marker: 'a)', title: 'Sản xuất nông, lâm nghiệp' }, 'II.1.a Sản xuất nông, lâm nghiệp'],
  [{ number: 'II.1', marker: '1.', title: 'Về phát triển kinh tế' }, 'II.1 Về phát triển kinh tế'],
  [{ number: 'II', marker: 'II.', title: 'TÌNH HÌNH VÀ KẾT QUẢ' }, 'II. TÌNH HÌNH VÀ KẾT QUẢ'],
  [{ number: 'Phần I', marker: 'Phần I', title: 'TÌNH HÌNH KINH TẾ - XÃ HỘI' }, 'Phần I TÌNH HÌNH KINH TẾ - XÃ HỘI'],
  [{ number: 'Phần II.3', title: 'Nông nghiệp và nông thôn mới' }, 'Nông nghiệp và nông thôn mới'],
])('%j → %s', (heading, label) => {
  expect(contentsLabel(heading)).toBe(label);
});

/** The outline of a report in parts ("Phần I", then "I.", "II.", "II.1."). */
const parts = [
  { number: 'Phần I', level: 2 },
  { number: 'I', level: 3 },
  { number: 'II', level: 3 },
  { number: 'II.1', level: 4 },
];
/** The outline of a report whose top level is "I.", "II." (no "Phần"). */
const flat = [
  { number: 'I', level: 2 },
  { number: 'II', level: 2 },
];

test.each<[string, readonly { number: string; level: number }[], number]>([
  ['I.1', parts, 4],
  ['II.1.a', parts, 5],
  ['II.2', parts, 4],
  ['III.1', parts, 4],
  ['I.1', flat, 3],
  ['II.1.b', flat, 4],
  ['Phụ lục 1', flat, 3],
  ['I.1', [], 4],
  ['I.1.a.b.c', [], 6],
])('entry %s → h%i', (number, outline, level) => {
  expect(entryHeadingLevel(number, outline)).toBe(level);
});

/** The bundled report's outline shape: two parts, sections and a subsection under the first. */
const outline = [
  { title: 'Phần I', level: 2, before: 1 },
  { title: 'I.', level: 3, before: 1 },
  { title: 'II.', level: 3, before: 3 },
  { title: 'II.1.', level: 4, before: 3 },
  { title: 'III.', level: 3, before: 15 },
  { title: 'Phần II', level: 2, before: 17 },
];

test.each<[number, string[]]>([
  [1, ['Phần I', 'I.']],
  [2, ['Phần I', 'I.']],
  [5, ['Phần I', 'II.', 'II.1.']],
  [16, ['Phần I', 'III.']],
  [23, ['Phần II']],
])('entry at order %i is printed under %j', (order, titles) => {
  expect(headingsOver(outline, order).map((h) => h.title)).toEqual(titles);
});

test('an entry before every heading is printed under none', () => {
  expect(headingsOver([{ title: 'II.', level: 2, before: 3 }], 1)).toEqual([]);
});
