/**
 * The bundled report re-imports to identical content: its source text, parsed with its import map and
 * rendered over the files in `content/` (so curated frontmatter merges as on a real re-import), gives
 * every entry file byte for byte, and report.json's importer-owned keys equal the ones in `content/`.
 * The expected side is the committed files, never the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_OWNED_KEYS, renderEntryFile, renderReportJson, resolveTargets } from './mdx.ts';
import type { ImportMap } from './mdx.ts';
import { parseReport } from './text/parse.ts';

const content = new URL('../../../content/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, content), 'utf8');

const doc = parseReport(read('source/bao-cao-9-thang-2021-lang-son.txt'), 'bao-cao-9-thang-2021-lang-son.txt');
const map = JSON.parse(read('import-map.json')) as ImportMap;
const targets = resolveTargets(doc, map, 'content/import-map.json');

describe('the bundled report, re-imported over content/', () => {
  it('covers every entry of the map', () => {
    expect(targets.map((t) => t.entry.number).sort()).toEqual(Object.keys(map.entries).sort());
  });

  it.each(targets.map((t) => [`${t.collection}/${t.id}.mdx`, t] as const))('%s is unchanged', (path, target) => {
    const existing = read(path);
    expect(renderEntryFile(target.entry, doc.footnotes, existing)).toBe(existing);
  });

  it('report.json keeps the importer-owned keys it has', () => {
    const existing = read('report.json');
    const rendered = JSON.parse(renderReportJson(doc, existing)) as Record<string, unknown>;
    const committed = JSON.parse(existing) as Record<string, unknown>;
    for (const key of REPORT_OWNED_KEYS) expect({ key, value: rendered[key] }).toEqual({ key, value: committed[key] });
    expect(renderReportJson(doc, existing)).toBe(existing);
  });
});
