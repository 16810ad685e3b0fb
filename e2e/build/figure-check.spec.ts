import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, fixtureReport } from '../support/build';

/** Copy the fixture report, apply edits to one file, build, and return the result. */
function buildWith(file: string, edits: [string, string][]): { status: number | null; output: string } {
  const content = copyContent(fixtureReport);
  const path = join(content, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
  return buildSite(content);
}

const file = 'economy/nong-nghiep.mdx';

test('a value with a minus the report does not print fails the build, naming file, indicator and the printed number', () => {
  const result = buildWith(file, [['value: 1234.5', 'value: -1234.5']]);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(`${file}: indicator "dien-tich-lua-son-thuy": value -1234.5 is negative, but the report prints "1.234,5" without a minus`);
});

test('a plan percent the sentence does not print fails the build', () => {
  const result = buildWith(file, [['plan: { percent: 88.8', 'plan: { percent: 98.8']]);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(`${file}: indicator "dien-tich-lua-son-thuy": plan 98.8% is not printed as "đạt 98.8% kế hoạch" in the sentence of its value`);
});

test('a change whose sign contradicts the printed word fails the build', () => {
  const result = buildWith(file, [['change: { percent: -2.5', 'change: { percent: 2.5']]);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(`${file}: indicator "dien-tich-lua-son-thuy": change is not printed in the sentence of its value with its word ("tăng 2.5%")`);
});

test('a value moved to another figure of the entry fails the build', () => {
  const result = buildWith(file, [
    ['giảm 2,5% so với cùng kỳ.', 'giảm 2,5% so với cùng kỳ; chăn nuôi 300 ha đồng cỏ.'],
    ['value: 1234.5\n    unit: "ha"\n    plan: { percent: 88.8, basis: "kế hoạch" }\n    change: { percent: -2.5, basis: "cùng kỳ" }\n', 'value: 300\n    unit: "ha"\n'],
  ]);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(`${file}: indicator "dien-tich-lua-son-thuy": value 300 is printed as "300 ha", whose words do not name "Diện tích lúa"; the report prints "1.234,5 ha" for it`);
});
