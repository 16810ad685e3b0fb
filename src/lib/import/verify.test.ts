import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { miniReport, miniReportMap, miniReportSource } from './fixtures/mini-report.ts';
import { parseReport } from './text/parse.ts';
import { renderEntryFile, renderReportJson, resolveTargets, type ImportMap } from './mdx.ts';
import { lostSentences } from './verify.ts';

const source = miniReportSource;
const mini = miniReport;
const map = miniReportMap;

/** The files an import writes, later targets overwriting earlier ones as on disk. */
function written(m: ImportMap): Array<{ path: string; text: string }> {
  const files = new Map<string, string>();
  for (const t of resolveTargets(mini, m, 'map.json')) files.set(`${t.collection}/${t.id}.mdx`, renderEntryFile(t.entry, mini.footnotes));
  return [...files].map(([path, text]) => ({ path, text }));
}

describe('lostSentences', () => {
  it('finds every sentence of the input in a complete import', () => {
    expect(lostSentences(source, written(map), renderReportJson(mini))).toEqual([]);
  });

  it('finds the sentences of a section one map entry overwrote, footnotes included', () => {
    const lost = lostSentences(source, written({ entries: { ...map.entries, 'I.1': { collection: 'economy', id: 'doanh-nghiep' } } }), renderReportJson(mini));
    expect(lost).toContain('Lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.');
    expect(lost).toContain('Triển khai nhiệm vụ năm 2021');
  });

  it('finds a heading missing from report.json', () => {
    const report = JSON.parse(renderReportJson(mini)) as { outline: unknown[] };
    const lost = lostSentences(source, written(map), JSON.stringify({ ...report, outline: report.outline.filter((_, k) => k !== 1) }));
    expect(lost).toEqual(['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH']);
  });
});

describe('lostSentences on a report with lists, tables, a letterhead and plain-digit footnotes', () => {
  const tenSource = readFileSync(new URL('./fixtures/ten-month-report.txt', import.meta.url), 'utf8');
  const ten = parseReport(tenSource, 'ten-month-report.txt');
  const files = ten.entries.map((e) => ({ path: `${e.number}.mdx`, text: renderEntryFile(e, ten.footnotes) }));
  const report = renderReportJson(ten);
  /** The files with one entry's text edited. */
  const edited = (number: string, from: string, to: string) =>
    files.map((f) => {
      if (f.path !== `${number}.mdx`) return f;
      if (!f.text.includes(from)) throw new Error(`${number} has no "${from}"`);
      return { ...f, text: f.text.replace(from, to) };
    });

  it('finds every sentence, table rows and nested list items included', () => {
    expect(lostSentences(tenSource, files, report)).toEqual([]);
  });

  it.each([
    ['a table cell', edited('II.1.2', '| 412.000 |', '| 412.001 |'), report, '412.000'],
    ['a nested list item', edited('II.1.1', '  - Ngô vụ Mùa 1.080 ha;\n', ''), report, 'Ngô vụ Mùa 1.080 ha;'],
    ['a footnote of the plain-digit block', edited('V.2', '[^9]: Diện tích vụ Đông dự kiến 1.250 ha.', '[^9]: Khác.'), report, 'Diện tích vụ Đông dự kiến 1.250 ha.'],
    ['the letterhead', files, report.replace('"HUYỆN BẮC SA"', '"HUYỆN KHÁC"'), 'HUYỆN BẮC SA'],
  ])('finds a lost %s', (_, written, reportJson, sentence) => {
    expect(lostSentences(tenSource, written, reportJson)).toContain(sentence);
  });
});
