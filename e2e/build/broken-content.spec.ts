import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, fixtureReport } from '../support/build';

/** Copy the fixture report, apply one edit to one file, build, and return the failing output. */
function buildWith(file: string, from: string, to: string): { status: number | null; output: string } {
  const content = copyContent(fixtureReport);
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return buildSite(content);
}

test('a frontmatter value of the wrong type fails the build, naming the file and the field', () => {
  const result = buildWith('economy/nong-nghiep.mdx', 'value: 1234.5', 'value: "nhiều"');
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('nong-nghiep');
  expect(result.output).toMatch(/indicators\.0\.value/);
});

test('an indicator whose value is not printed in its text fails the build, naming file and indicator', () => {
  const result = buildWith('economy/nong-nghiep.mdx', 'value: 1234.5', 'value: 1234.6');
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('economy/nong-nghiep.mdx');
  expect(result.output).toContain('indicator "dien-tich-lua-son-thuy"');
});

test('a <Chart> with an unknown id fails the build, naming file and id', () => {
  const result = buildWith('economy/nong-nghiep.mdx', 'Du lịch đón', '<Chart id="khong-co" />\n\nDu lịch đón');
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('economy/nong-nghiep.mdx');
  expect(result.output).toContain('<Chart id="khong-co" />');
});
