import { describe, expect, it } from 'vitest';
import { JsonTextError, lineColumn, parseJsonText } from './json-text.ts';

describe('parseJsonText', () => {
  it('reads valid JSON, a byte-order mark allowed', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
  });

  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /^report\.json:3:3: invalid JSON/],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, /^report\.json:3:1: invalid JSON/],
    ['a cut-off file', '{\n  "entries": {\n    "I.1": {', 3, 13, /^report\.json:3:13: the text ends before the JSON is complete/],
  ])('names file, line and column for %s', (_, text, line, column, message) => {
    let caught: unknown;
    try {
      parseJsonText(text, 'report.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(JsonTextError);
    expect((caught as JsonTextError).line).toBe(line);
    expect((caught as JsonTextError).column).toBe(column);
    expect((caught as Error).message).toMatch(message);
  });
});

describe('lineColumn', () => {
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [4, 2, 1],
    [6, 2, 3],
  ])('offset %i of "abc\\ndef" is line %i column %i', (offset, line, column) => {
    expect(lineColumn('abc\ndef', offset)).toEqual({ line, column });
  });
});
