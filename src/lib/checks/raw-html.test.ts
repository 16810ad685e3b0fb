import { describe, expect, it } from 'vitest';
import { parseEntryBody } from '../text/entry-text.ts';
import { chartsWithoutId, checkRawHtml, isScriptUrl } from './raw-html.ts';

const components = new Set(['Chart']);
const problems = (body: string) => checkRawHtml(parseEntryBody(body), components);

describe('checkRawHtml', () => {
  it.each([
    ['plain text', 'Diện tích lúa đạt 1.234,5 ha.'],
    ['an abbreviation', '<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh họp.'],
    ['sub and sup', 'CO<sub>2</sub> và m<sup>3</sup>.'],
    ['a line break', 'Dòng một<br />dòng hai.'],
    ['a placed chart', '<Chart id="lua" />'],
    ['a link to a page', '[xem](/kinh-te/) và [nguồn](https://example.org/).'],
  ])('accepts %s', (_, body) => {
    expect(problems(body)).toEqual([]);
  });

  it.each([
    ['a script', 'Một.\n\n<script>alert(1)</script>', 3, 'raw <script> is not allowed in a report body'],
    ['a style', '<style>{"p{}"}</style>', 1, 'raw <style> is not allowed in a report body'],
    ['an iframe', 'Một.\n\nHai <iframe src="x"></iframe>.', 3, 'raw <iframe> is not allowed in a report body'],
    ['an image', '<img src="x.png" alt="" />', 1, 'raw <img> is not allowed in a report body'],
    ['a div', '<div>Khối.</div>', 1, 'raw <div> is not allowed in a report body; inline HTML is limited to abbr'],
    ['an event handler', '<abbr title="a" onClick="x()">A</abbr>', 1, '<abbr onClick=…>: event handler attributes are not allowed in a report body'],
    ['an inline style', '<span style="color: red">đỏ</span>', 1, '<span style=…>: inline styles are not allowed'],
    ['a javascript: attribute', '<abbr title="javascript:alert(1)">A</abbr>', 1, 'javascript: URLs are not allowed in a report body'],
    ['a javascript: Markdown link', 'Một.\n\n[xem](javascript:alert(1))', 3, 'link to "javascript:alert(1)": javascript: URLs are not allowed'],
    ['a javascript: link definition', '[x]: JavaScript:alert(1)\n\n[xem][x]', 1, 'javascript: URLs are not allowed'],
    ['an unknown component', '<Gallery />', 1, '<Gallery> is not a component bodies may use (Chart)'],
    ['a spread attribute', '<span {...{ id: "x" }}>x</span>', 1, 'spread attributes are not allowed'],
    ['HTML inside braces', 'Một.\n\n{<meta http-equiv="refresh" content="3;url=https://example.org/" />}', 3, 'expressions in braces are not allowed in a report body'],
    ['an expression in a sentence', 'Tỷ lệ {1 + 1} phần.', 1, '{1 + 1}: expressions in braces are not allowed'],
    ['an export', 'export const host = process.env.HOME\n\nMột.', 1, '"export const host = process.env.HOME": import and export statements are not allowed'],
    ['an import', 'import { readFileSync } from "node:fs"\n\nMột.', 1, 'import and export statements are not allowed'],
  ])('refuses %s, with its line', (_, body, line, message) => {
    const found = problems(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.line).toBe(line);
    expect(found[0]!.message).toContain(message);
  });
});

describe('isScriptUrl', () => {
  it.each([
    ['javascript:alert(1)', true],
    ['  JaVaScRiPt:alert(1)', true],
    ['java\tscript:alert(1)', true],
    ['vbscript:msgbox', true],
    ['data:text/html,<script>', true],
    ['/kinh-te/', false],
    ['https://example.org/javascript:', false],
    ['#fn-1', false],
  ])('%s → %s', (url, expected) => {
    expect(isScriptUrl(url)).toBe(expected);
  });
});

describe('chartsWithoutId', () => {
  it('gives the lines of <Chart /> placements without a literal id', () => {
    expect(chartsWithoutId(parseEntryBody('<Chart id="a" />\n\nMột.\n\n<Chart />\n\n<Chart id="" />'))).toEqual([5, 7]);
  });
});
