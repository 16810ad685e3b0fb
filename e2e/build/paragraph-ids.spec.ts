import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphPrefix, readEntryText } from '../../src/lib/text/index.ts';
import { buildSite, copyContent, fixtureReport, projectRoot } from '../support/build';
import { contentFiles, pageParagraphIds } from '../support/content';
import { pageHtml } from '../support/site';
import { readSearchDocuments } from '../support/search-index';

const prefixOf = (frontmatter: Record<string, unknown>, file: string) => paragraphPrefix(frontmatter, 'nhiem-vu') ?? file.replace(/^.*\/|\.mdx$/g, '');

test('every entry page numbers its paragraphs exactly as the text model does', () => {
  const files = contentFiles(join(projectRoot, 'content'));
  expect(files.length).toBeGreaterThan(20);
  let paragraphs = 0;
  for (const { file, path, frontmatter, body } of files) {
    const model = readEntryText(body, prefixOf(frontmatter, file)).paragraphs.map((p) => p.id);
    expect(pageParagraphIds(pageHtml(path)), file).toEqual(model);
    paragraphs += model.length;
  }
  expect(paragraphs).toBeGreaterThan(60);
});

test('a paragraph that starts with inline markup keeps page, search index and open data on the same ids', async () => {
  test.setTimeout(120_000);
  const content = copyContent(fixtureReport);
  const file = join(content, 'economy/nong-nghiep.mdx');
  const original = readFileSync(file, 'utf8');
  // A paragraph opening with inline HTML, before the paragraph that prints the rice figure.
  writeFileSync(file, original.replace('Diện tích lúa quý I', '<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh chỉ đạo sản xuất vụ xuân.\n\nDiện tích lúa quý I'));
  const result = buildSite(content);
  expect(result.status, result.output).toBe(0);

  const html = readFileSync(join(result.outDir, 'kinh-te-son-thuy/nong-nghiep/index.html'), 'utf8');
  expect(pageParagraphIds(html)).toEqual(['i-1-1', 'i-1-2', 'i-1-3']);
  expect(html).toMatch(/<p\b[^>]*id="i-1-1"[^>]*><abbr title="Ủy ban nhân dân">UBND<\/abbr> tỉnh chỉ đạo/);
  expect(html).toMatch(/<p\b[^>]*id="i-1-2"[^>]*>Diện tích lúa quý I đạt 1\.234,5 ha/);

  const documents = await readSearchDocuments((path) => readFileSync(join(result.outDir, path), 'utf8'));
  const paragraphs = documents.filter((d) => d.kind === 'paragraph' && d.url.startsWith('/kinh-te-son-thuy/nong-nghiep/'));
  expect(paragraphs.map((d) => [d.url.split('#')[1], d.text.slice(0, 20)])).toEqual([
    ['i-1-1', 'UBND tỉnh chỉ đạo sả'],
    ['i-1-2', 'Diện tích lúa quý I '],
    ['i-1-3', 'Du lịch đón nhiều kh'],
  ]);

  const data = JSON.parse(readFileSync(join(result.outDir, 'du-lieu/chi-so.json'), 'utf8')) as { indicators: { id: string; url: string }[] };
  const rice = data.indicators.find((r) => r.id === 'dien-tich-lua-son-thuy');
  expect(rice?.url).toMatch(/\/kinh-te-son-thuy\/nong-nghiep\/#i-1-2$/);
});
