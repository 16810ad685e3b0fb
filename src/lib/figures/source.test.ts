import { describe, expect, it } from 'vitest';
import { figureSource } from './source.ts';

describe('figureSource', () => {
  it.each([
    ['one paragraph', [{ anchor: 'ii-1-b-1' }, { anchor: 'ii-1-b-1' }], { paragraphs: [{ number: 1, anchor: 'ii-1-b-1' }], tables: [], footnotes: [] }],
    [
      'paragraphs in reading order, not chart order, and the footnote an indicator cites',
      [{ anchor: 'ii-1-b-10' }, { anchor: 'ii-1-b-2', footnote: 14 }],
      { paragraphs: [{ number: 2, anchor: 'ii-1-b-2' }, { number: 10, anchor: 'ii-1-b-10' }], tables: [], footnotes: [{ label: '14', anchor: 'fn-14' }] },
    ],
    [
      'figures printed in footnotes, numbered as footnotes',
      [{ anchor: 'fn-20', footnote: 20 }, { anchor: 'fn-9' }],
      { paragraphs: [], tables: [], footnotes: [{ label: '9', anchor: 'fn-9' }, { label: '20', anchor: 'fn-20' }] },
    ],
    [
      'figures typed from table cells, numbered as tables',
      [{ anchor: 'ii-1-b-bang-2' }, { anchor: 'ii-1-b-1' }, { anchor: 'ii-1-b-bang-1' }],
      { paragraphs: [{ number: 1, anchor: 'ii-1-b-1' }], tables: [{ number: 1, anchor: 'ii-1-b-bang-1' }, { number: 2, anchor: 'ii-1-b-bang-2' }], footnotes: [] },
    ],
  ])('%s', (_, indicators, expected) => {
    expect(figureSource(indicators, 'ii-1-b')).toEqual(expected);
  });
});
