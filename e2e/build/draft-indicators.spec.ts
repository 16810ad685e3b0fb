import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot } from '../support/build';

/** Run one of the project's command-line tools (`scripts/<name>.ts`) with Node 24, from the project root. */
function tool(name: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', `${name}.ts`), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Lines of a build's output that are warnings. */
const warningLines = (output: string) => output.split('\n').filter((line) => /\bWARN\b|\bwarning\b/iu.test(line));

test.describe('proposals written in place as drafts: a fresh import, --propose --write, build, strict check', () => {
  test.describe.configure({ mode: 'serial' });
  const work = mkdtempSync(join(tmpdir(), 'report-drafts-'));
  const root = join(work, 'content');
  // The held-out monthly report (a test fixture that says so in its title), imported as a new user would.
  const input = join(work, 'thang-10-2021.txt');
  const entries = ['economy/nong-nghiep.mdx', 'economy/cong-nghiep-thuong-mai.mdx'];
  const written: { file: string; ids: string[] }[] = [];

  test('the import, then --propose <entry> --write on two entries, keeps each file but its indicators and writes drafts with their clauses', () => {
    test.setTimeout(120_000);
    copyFileSync(join(projectRoot, 'scripts/fixtures/held-out/thang-10-2021.txt'), input);
    const imported = tool('import', [input, '--out', root]);
    expect(imported.status, imported.output).toBe(0);
    for (const entry of entries) {
      const file = join(root, entry);
      const before = readFileSync(file, 'utf8');
      expect(before).toContain('indicators: []');
      const result = tool('figures', ['--content', root, '--propose', file, '--write']);
      expect(result.status, result.output).toBe(0);
      const after = readFileSync(file, 'utf8');
      // Everything but the indicators list is as the importer wrote it.
      expect(after.replace(/^indicators:\n(?: {2}.*\n)+/mu, 'indicators: []\n')).toBe(before);
      const ids = [...after.matchAll(/^ {2}- id: "([^"]+)"\n(?: {4}.*\n)*? {4}draft: true$/gmu)].map((m) => m[1] ?? '');
      expect(ids.length, after).toBeGreaterThanOrEqual(2);
      expect(after.match(/^ {2}# .+\n {2}- id: /gmu)?.length, 'a clause comment above each draft').toBe(ids.length);
      written.push({ file: file, ids });
    }
    // Run again: the drafts type their figures, so nothing more is proposed and the files do not change.
    const again = tool('figures', ['--content', root, '--propose', join(root, entries[0] ?? ''), '--write']);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('0 draft indicator(s) written');
  });

  test('the build passes with exactly one warning, listing every draft; the drafts are in no page or open data', () => {
    test.setTimeout(240_000);
    expect(written).toHaveLength(2);
    const result = buildSite(root, { SITE_URL: 'https://bao-cao.example.org' });
    expect(result.status, result.output).toBe(0);
    const warnings = warningLines(result.output);
    expect(warnings, result.output).toHaveLength(1);
    expect(warnings[0]).toContain(`${written.flatMap((w) => w.ids).length} draft indicator(s) (draft: true) are left out of the pages and open data`);
    const listed = result.output.split('\n').filter((line) => /^\s+\S+\.mdx: [a-z0-9-]+$/u.test(line)).map((line) => line.trim());
    // Each draft on a line of its own under the warning: its file (ending in the entry's path) and its id.
    expect(listed).toHaveLength(written.flatMap((w) => w.ids).length);
    for (const [n, entry] of entries.entries()) {
      for (const id of written[n]?.ids ?? []) expect(listed.some((line) => line.endsWith(`${entry}: ${id}`)), `${entry}: ${id} in\n${listed.join('\n')}`).toBe(true);
    }
    const openData = join(result.outDir, 'du-lieu/chi-so.csv');
    expect(existsSync(openData)).toBe(true);
    const csv = readFileSync(openData, 'utf8');
    for (const { ids } of written) for (const id of ids) expect(csv).not.toContain(id);
  });

  test('figures --strict on that root fails naming each draft with its file; deleting the flag of one leaves only the others', () => {
    const strict = tool('figures', ['--content', root, '--strict']);
    expect(strict.status).toBe(1);
    for (const { file, ids } of written) {
      for (const id of ids) expect(strict.output).toMatch(new RegExp(`\\S*${file.split('/').slice(-2).join('/').replace(/[.]/gu, '\\.')}: indicator "${id}" is a draft \\(draft: true\\)`, 'u'));
    }
    const [first] = written;
    if (!first) throw new Error('nothing written');
    const text = readFileSync(first.file, 'utf8');
    writeFileSync(first.file, text.replace(/^ {4}draft: true\n/mu, ''));
    const after = tool('figures', ['--content', root, '--strict']);
    expect(after.output).not.toContain(`indicator "${first.ids[0]}" is a draft`);
    expect(after.output).toContain(`indicator "${first.ids[1]}" is a draft`);
  });

  test('--write refuses an entry file that does not exist, and one whose frontmatter does not parse, writing nothing', () => {
    const missing = tool('figures', ['--content', root, '--propose', join(root, 'economy/khong-co.mdx'), '--write']);
    expect(missing.status).toBe(2);
    expect(missing.output).toContain('economy/khong-co.mdx --write: no such file; nothing was written');
    const broken = join(root, 'economy/du-lich-lao-dong.mdx');
    const text = readFileSync(broken, 'utf8').replace('title: "', 'title: [');
    writeFileSync(broken, text);
    const refused = tool('figures', ['--content', root, '--propose', broken, '--write']);
    expect(refused.status).toBe(2);
    expect(refused.output).toMatch(/du-lich-lao-dong\.mdx: the frontmatter is not valid YAML: .+; nothing was written/u);
    expect(readFileSync(broken, 'utf8')).toBe(text);
  });
});
