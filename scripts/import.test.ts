/** `npm run import` on bad input: it exits non-zero, names the file and the map key or line, and writes nothing it should not. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'content/source/bao-cao-9-thang-2021-lang-son.txt');
const realMap = JSON.parse(readFileSync(join(root, 'content/import-map.json'), 'utf8')) as { entries: Record<string, { collection: string; id: string }> };

/** Run the importer into a fresh folder with the given map text and input bytes. */
function runImport(mapText: string, input: Uint8Array | string = readFileSync(source)): { status: number | null; output: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'report-import-'));
  const out = join(work, 'content');
  cpSync(join(root, 'content'), out, { recursive: true });
  const mapPath = join(work, 'import-map.json');
  writeFileSync(mapPath, mapText);
  const inputPath = join(work, 'report.txt');
  writeFileSync(inputPath, input);
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), inputPath, '--out', out, '--map', mapPath], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}

const withEntries = (entries: Record<string, unknown>) => JSON.stringify({ entries }, null, 2);

describe('npm run import', { timeout: 60_000 }, () => {
  it('imports the bundled report with its map', () => {
    const result = runImport(JSON.stringify(realMap));
    expect(result.output).toContain('30 entries, 38 footnotes');
    expect(result.status).toBe(0);
  });

  it.each([
    ['two sections mapped to one file', withEntries({ ...realMap.entries, 'II.1.a': realMap.entries['II.1.b'] }), ['"II.1.a" and "II.1.b" both map to economy/kinh-te-cua-khau.mdx']],
    ['a key that is no section', withEntries({ ...realMap.entries, 'II.9': { collection: 'economy', id: 'khac' } }), ['"II.9" names no section of the text']],
    ['a mistyped collection', withEntries({ ...realMap.entries, 'II.1.b': { collection: 'econmy', id: 'kinh-te-cua-khau' } }), ['"II.1.b" ("Phát triển kinh tế cửa khẩu"): collection "econmy" is not one the site reads — did you mean "economy"?']],
    ['an empty map', '{}', ['has no "entries" object']],
    ['a cut-off map', '{\n  "entries": {\n    "I.1": {', [/import-map\.json:3:13: the text ends before the JSON is complete/]],
  ])('refuses %s, naming the map file and key', (_, mapText, messages) => {
    const result = runImport(mapText);
    expect(result.status).toBe(1);
    expect(result.output).toContain('import-map.json');
    for (const m of messages) {
      if (typeof m === 'string') expect(result.output).toContain(m);
      else expect(result.output).toMatch(m);
    }
    expect(existsSync(join(result.out, 'econmy'))).toBe(false);
    expect(result.output).not.toContain('Imported');
  });

  it('refuses a UTF-16 input, saying so', () => {
    const text = readFileSync(source, 'utf8');
    const result = runImport(JSON.stringify(realMap), new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/report\.txt: the file is UTF-16 LE/);
  });

  it('refuses an input with a replacement character, naming the line', () => {
    const text = readFileSync(source, 'utf8').replace('Lúa 15.443,3 ha', 'L\uFFFDa 15.443,3 ha');
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    const result = runImport(JSON.stringify(realMap), text);
    expect(result.status).toBe(1);
    expect(result.output).toContain(`report.txt: line ${line}: contains U+FFFD`);
  });
});
