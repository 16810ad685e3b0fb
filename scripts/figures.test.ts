import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, projectRoot } from './lib/build-site.ts';

const fixture = join(projectRoot, 'e2e/fixtures/mini-report');

/** Run `figures` on a content root and return its exit code and output. */
function figures(content: string, ...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/figures.ts'), '--content', content, ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A copy of the fixture with one edit to its economy entry. */
function fixtureWith(from: string, to: string): string {
  const content = copyContent(fixture);
  const path = join(content, 'economy/nong-nghiep.mdx');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return content;
}

// Each test spawns the command (Node start-up and a read of the content), slow on a busy machine.
describe('npm run figures', { timeout: 60_000 }, () => {
  it('passes --strict on the fixture, whose figures are all typed, and prints its coverage', () => {
    const result = figures(fixture, '--strict');
    expect(result.output).toContain('Report: 4 printed figures, 4 typed (100%), 0 waived, 0 untyped.');
    expect(result.status).toBe(0);
  });

  it('fails --strict on one new untyped figure, naming file, paragraph id and clause', () => {
    const result = figures(fixtureWith('giảm 2,5% so với cùng kỳ.', 'giảm 2,5% so với cùng kỳ; ngô 300 ha.'), '--strict');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/economy\/nong-nghiep\.mdx #i-1-1: "300 ha" — ngô 300 ha\./);
    expect(result.output).toContain('1 untyped figure(s)');
  });

  it('accepts the figure once waived with a reason, and fails on a waiver that matches nothing', () => {
    const waived = fixtureWith('charts: []', 'untyped:\n  - { text: "ngô 300 ha", reason: "ví dụ" }\ncharts: []');
    writeFileSync(join(waived, 'economy/nong-nghiep.mdx'), readFileSync(join(waived, 'economy/nong-nghiep.mdx'), 'utf8').replace('giảm 2,5% so với cùng kỳ.', 'giảm 2,5% so với cùng kỳ; ngô 300 ha.'));
    expect(figures(waived, '--strict').status).toBe(0);
    const stale = figures(fixtureWith('charts: []', 'untyped:\n  - { text: "ngô 300 ha", reason: "ví dụ" }\ncharts: []'), '--strict');
    expect(stale.status).toBe(1);
    expect(stale.output).toContain('economy/nong-nghiep.mdx: untyped "ngô 300 ha" is not a printed figure of this entry');
  });

  it('a waiver without a reason fails naming the file and the field', () => {
    const result = figures(fixtureWith('charts: []', 'untyped:\n  - { text: "1.234,5 ha" }\ncharts: []'));
    expect(result.status).toBe(2);
    expect(result.output).toMatch(/nong-nghiep\.mdx: untyped\.0\.reason/);
  });

  it('--propose prints ready-to-paste YAML for the untyped figures of an entry', () => {
    const result = figures(fixtureWith('giảm 2,5% so với cùng kỳ.', 'giảm 2,5% so với cùng kỳ; diện tích ngô 300 ha, tăng 5,1% so với cùng kỳ.'), '--propose', 'economy/nong-nghiep');
    expect(result.status).toBe(0);
    expect(result.output).toContain('  - id: "dien-tich-ngo"\n    label: "Diện tích ngô"\n    value: 300\n    unit: "ha"\n    change: { percent: 5.1, basis: "cùng kỳ" }');
  });
});
