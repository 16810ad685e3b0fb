import { describe, expect, it } from 'vitest';
import { anchorPlace, footnoteId, footnotesHeadingId, paragraphId, paragraphPrefix, tableId } from './anchors.ts';

describe('paragraphPrefix', () => {
  it.each([
    [{ number: 'II.1.b' }, 'ii-1-b'],
    [{ number: 'II.1.đ' }, 'ii-1-dd'],
    [{ number: 'Phần II.3', task: 3 }, 'nhiem-vu-3'],
    [{}, undefined],
  ])('%j → %s', (frontmatter, prefix) => {
    expect(paragraphPrefix(frontmatter, 'nhiem-vu')).toBe(prefix);
  });
});

describe('ids', () => {
  it.each([
    [paragraphId('ii-1-b', 2), 'ii-1-b-2'],
    [paragraphId('nhiem-vu-3', 1), 'nhiem-vu-3-1'],
    [footnoteId('14'), 'fn-14'],
    [footnotesHeadingId('14'), 'chu-thich-14'],
    [tableId('ii-1-b', 1), 'ii-1-b-bang-1'],
    [tableId('nhiem-vu-3', 12), 'nhiem-vu-3-bang-12'],
  ])('%s', (id, expected) => {
    expect(id).toBe(expected);
  });

  it.each([
    ['ii-1-b-2', 'ii-1-b', { paragraph: 2 }],
    ['nhiem-vu-3-12', 'nhiem-vu-3', { paragraph: 12 }],
    ['fn-18', 'ii-1-d', { footnote: '18' }],
    ['ii-1-b-bang-2', 'ii-1-b', { table: 2 }],
    ['nhiem-vu-3-bang-1', 'nhiem-vu-3', { table: 1 }],
  ])('anchorPlace(%s) → %j', (anchor, prefix, place) => {
    expect(anchorPlace(anchor, prefix)).toEqual(place);
  });
});
