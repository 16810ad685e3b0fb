import { describe, expect, it } from 'vitest';
import { miniReport, miniReportMap, miniReportSource } from './fixtures/mini-report.ts';
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
