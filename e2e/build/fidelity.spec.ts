import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingSentences, sourceSentences } from '../../src/lib/text/index.ts';
import { buildSite, copyContent, projectRoot } from '../support/build';
import { pageHtml } from '../support/site';

const contentDir = join(projectRoot, 'content');
const sourceDir = join(contentDir, 'source');
const sourceFile = readdirSync(sourceDir).find((f) => f.endsWith('.txt'));
if (!sourceFile) throw new Error(`no source text in ${sourceDir}`);
const source = readFileSync(join(sourceDir, sourceFile), 'utf8');

test('every sentence of the source text occurs in /toan-van/ (100 %)', () => {
  const sentences = sourceSentences(source);
  expect(sentences.length).toBeGreaterThan(500);
  expect(missingSentences(source, pageHtml('/toan-van/'))).toEqual([]);
});

test('the fidelity check fails when one word of one MDX file is changed', () => {
  const content = copyContent(contentDir);
  const file = join(content, 'directives/phong-chong-dich-covid-19.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('Lũy kể từ ngày 06/5/2021');
  // "Correcting" the original's typo is exactly the change the site must never make.
  writeFileSync(file, text.replace('Lũy kể từ ngày 06/5/2021', 'Lũy kế từ ngày 06/5/2021'));
  const result = buildSite(content);
  expect(result.status, result.output).toBe(0);
  const html = readFileSync(join(result.outDir, 'toan-van/index.html'), 'utf8');
  expect(missingSentences(source, html)).toEqual(['Lũy kể từ ngày 06/5/2021 đến ngày 29/9/2021 trên địa bàn tỉnh có 212 ca F0, từ ngày 09/9/2021 đến nay chưa phát sinh ca bệnh mới.']);
});
