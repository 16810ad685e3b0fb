import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportDocx } from '../../src/lib/import/docx/fixtures/make-report-docx';
import { missingSentences } from '../../src/lib/text/index.ts';
import { readerText } from '../../src/lib/import/text/footnotes';
import { failFor, toLines } from '../../src/lib/import/text/lines';
import { buildSite, projectRoot } from '../support/build';

/** Run `npm run import -- <input> --out <out>` with no map, as a first import is run. */
function importReport(input: string, out: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/import.ts'), input, '--out', out], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Sentences of `source` missing from `html`, the source read as the importer reads it (plain-digit footnote marks too). */
function missingFromPage(source: string, html: string): string[] {
  return missingSentences(readerText(toLines(source), failFor('source')), html);
}

/** The visible text of an HTML fragment, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The HTML of the first element matching `open` (a tag name and attribute text) up to its closing tag, nesting counted. */
function elementHtml(html: string, tag: string, attr: string): string {
  const start = html.search(new RegExp(`<${tag}\\b[^>]*${attr}`, 'u'));
  expect(start, `<${tag} …${attr}> in the page`).toBeGreaterThanOrEqual(0);
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gu');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`<${tag}> is not closed`);
}

test.describe('a new report, from Word or plain text, to a built site with no hand work', () => {
  test.describe.configure({ mode: 'default' });

  test('a generated .docx imports without a map and builds: every sentence, its table, footnotes and lists', async () => {
    test.setTimeout(180_000);
    const work = mkdtempSync(join(tmpdir(), 'report-docx-'));
    const input = join(work, 'bao-cao-thang-10.docx');
    writeFileSync(input, await makeReportDocx());
    const out = join(work, 'content');
    const imported = importReport(input, out);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('import-map.json from the document\'s outline');
    const sourceDir = join(out, 'source');
    const [sourceFile] = readdirSync(sourceDir);
    expect(sourceFile).toBe('bao-cao-thang-10.txt');
    const source = readFileSync(join(sourceDir, sourceFile!), 'utf8');

    const built = buildSite(out);
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(built.outDir, 'toan-van/index.html'), 'utf8');
    expect(missingFromPage(source, html)).toEqual([]);

    const table = elementHtml(html, 'table', '');
    expect(table).toMatch(/<thead>\s*<tr>\s*<th/u);
    const header = textOf(elementHtml(table, 'thead', ''));
    // The first TAB line below the title block (the letterhead above it is TAB lines too).
    const lines = source.split('\n');
    const firstHeaderLine = lines.slice(lines.indexOf('BÁO CÁO')).find((l) => l.includes('\t'))!;
    expect(header).toBe(firstHeaderLine.split('\t').map((c) => c.replace(/\*/gu, '').trim()).join(' ').replace(/\s+/gu, ' '));

    // Footnotes under their own numbers, each with the text Word gave it.
    const defs = source.split('\n').filter((l) => /^[¹²³]\s/u.test(l));
    expect(defs).toHaveLength(3);
    for (const [k, def] of defs.entries()) {
      const item = elementHtml(html, 'li', `id="fn-${k + 1}"`);
      expect(textOf(item)).toContain(def.replace(/^[¹²³]\s+/u, '').replace(/\*/gu, '').trim());
    }
    // Nested bullets as nested lists.
    expect(html).toMatch(/<ul>\s*<li>[^]*?<ul>\s*<li>/u);
  });

  test('a text without "Phần I", with 1.1., bullets, a TAB table and a "Phụ lục", imports without a map and builds', () => {
    test.setTimeout(180_000);
    const input = join(projectRoot, 'src/lib/import/fixtures/ten-month-report.txt');
    const source = readFileSync(input, 'utf8');
    expect(source).not.toMatch(/^Phần I$/mu);
    const out = join(mkdtempSync(join(tmpdir(), 'report-text-')), 'content');
    const imported = importReport(input, out);
    expect(imported.status, imported.output).toBe(0);

    const map = JSON.parse(readFileSync(join(out, 'import-map.json'), 'utf8')) as { entries: Record<string, { collection: string; id: string }> };
    const appendices = Object.entries(map.entries).filter(([, t]) => t.collection === 'appendix');
    expect(appendices.length).toBeGreaterThan(0);

    const built = buildSite(out);
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(built.outDir, 'toan-van/index.html'), 'utf8');
    expect(missingFromPage(source, html)).toEqual([]);

    // The appendix is a page of its own, and nothing of it is inside the signature block.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { sections: { collection: string; segment: string }[]; signature: { lines: string[]; name: string } };
    const segment = report.sections.find((s) => s.collection === 'appendix')!.segment;
    for (const [, { id }] of appendices) expect(existsSync(join(built.outDir, segment, id, 'index.html'))).toBe(true);
    const appendixText = readFileSync(join(out, 'appendix', `${appendices[0]![1].id}.mdx`), 'utf8').split('---').slice(2).join('---');
    const signature = [...report.signature.lines, report.signature.name].join(' ');
    for (const cell of appendixText.split(/[|\n]/u).map((c) => c.trim()).filter((c) => c.length > 3 && !/^-+$/u.test(c))) {
      expect(signature).not.toContain(cell);
    }
  });
});
