/** `npm run import` on bad input: it exits non-zero, names the file and the map key or line, and writes nothing it should not. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'content/source/bao-cao-9-thang-2021-lang-son.txt');
const realMap = JSON.parse(readFileSync(join(root, 'content/import-map.json'), 'utf8')) as { entries: Record<string, { collection: string; id: string }> };

/** Run the importer into a fresh folder with the given map text and input bytes. */
function runImport(mapText: string | undefined, input: Uint8Array | string = readFileSync(source), options: { fresh?: boolean } = {}): { status: number | null; output: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'report-import-'));
  const out = join(work, 'content');
  if (!options.fresh) cpSync(join(root, 'content'), out, { recursive: true });
  const mapPath = join(work, 'import-map.json');
  if (mapText !== undefined) writeFileSync(mapPath, mapText);
  const inputPath = join(work, 'report.txt');
  writeFileSync(inputPath, input);
  return { ...importInto(inputPath, out, mapText === undefined ? [] : ['--map', mapPath]), out };
}

/** Run `npm run import -- <input> --out <out> [args]`. */
function importInto(input: string, out: string, args: string[] = []): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), input, '--out', out, ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under `dir` with its text, by path relative to `dir`. */
function treeOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, 'utf8');
  }
  return files;
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

  it('without a map, proposes one and report.json\'s own keys, says what it guessed, and imports with it', () => {
    const result = runImport(undefined, readFileSync(source), { fresh: true });
    expect(result.status).toBe(0);
    expect(result.output).toContain('Imported');
    expect(result.output).toContain('import-map.json from the document\'s outline');
    expect(result.output).toContain('II.6 "Công tác cải cách hành chính" → directives/cai-cach-hanh-chinh.mdx');
    expect(result.output).toContain('report.json "defaultPeriod": "9 tháng 2021"');
    const proposed = JSON.parse(readFileSync(join(result.out, 'import-map.json'), 'utf8')) as typeof realMap;
    expect(Object.keys(proposed.entries)).toEqual(Object.keys(realMap.entries));
    const report = JSON.parse(readFileSync(join(result.out, 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ year: 2021, date: '2021-10', defaultPeriod: '9 tháng 2021' });
    expect(existsSync(join(result.out, 'directives/cai-cach-hanh-chinh.mdx'))).toBe(true);
    expect(existsSync(join(result.out, 'q4-tasks/13.mdx'))).toBe(true);
  });

  it('re-imported after the text changed, keeps every indicator and names the one whose figure is gone', () => {
    const changed = readFileSync(source, 'utf8').replace('ước thực hiện 3.060 triệu USD', 'ước thực hiện 3.070 triệu USD');
    expect(changed).not.toBe(readFileSync(source, 'utf8'));
    const result = runImport(JSON.stringify(realMap), changed);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/economy\/kinh-te-cua-khau\.mdx: indicator "kim-ngach-xuat-nhap-khau": /);
    expect(result.output).not.toContain('indicator "kim-ngach-xuat-khau"');
    const file = readFileSync(join(result.out, 'economy/kinh-te-cua-khau.mdx'), 'utf8');
    expect(file).toContain('id: "kim-ngach-xuat-nhap-khau"');
    expect(file).toContain('ước thực hiện 3.070 triệu USD');
  });

  it('refuses a 20 MB text at once, saying why, and writes nothing', () => {
    // The bundled report with one paragraph repeated to 20 MB: it crashed ("Maximum call stack size
    // exceeded") after writing, or took minutes.
    const text = readFileSync(source, 'utf8');
    const paragraph = text.split('\n').find((l) => l.startsWith('Tập trung xây dựng, trình Ban Chấp hành'))!;
    const big = text.replace(paragraph, `${paragraph}\n\n`.repeat(Math.ceil(20_500_000 / Buffer.byteLength(paragraph))).trim());
    expect(Buffer.byteLength(big)).toBeGreaterThan(20_000_000);
    const work = mkdtempSync(join(tmpdir(), 'report-import-'));
    const out = join(work, 'content');
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = treeOf(out);
    writeFileSync(join(work, 'report.txt'), big);
    const started = Date.now();
    const result = importInto(join(work, 'report.txt'), out);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/report\.txt: the file is 20\.\d MB, over the 8 MB the importer reads .*\(nothing was written\)/);
    expect(treeOf(out)).toEqual(before);
  });

  it.each([
    ['mojibake (UTF-8 read as Windows-1252)', (t: string) => t.replace('tỉnh Lạng Sơn', 'tá»‰nh Lạng Sơn'), /report\.txt: line \d+: "tá»‰nh" is garbled text \("mojibake"\): UTF-8 that was read as Windows-1252/],
    ['a no-break space after "b)"', (t: string) => t.replace('\nb) Phát triển kinh tế cửa khẩu', '\nb)\u00A0Phát triển kinh tế cửa khẩu'), /report\.txt: line 84: "b\)" is followed by an invisible U\+00A0 \(no-break space\) instead of an ordinary space/],
  ])('refuses %s, naming the real cause and the line, not the map', (_, edit, message) => {
    const text = readFileSync(source, 'utf8');
    const broken = edit(text);
    expect(broken).not.toBe(text);
    const result = runImport(JSON.stringify(realMap), broken);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).not.toContain('import-map.json');
  });

  it('refuses a duplicated heading, naming both lines, before anything is written', () => {
    // It was reported as "9 sentence(s) … are not in the files written" without naming the heading, after content/ was overwritten.
    const work = mkdtempSync(join(tmpdir(), 'report-import-'));
    const out = join(work, 'content');
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = treeOf(out);
    const text = readFileSync(source, 'utf8');
    const twice = text.replace('\nb) Phát triển kinh tế cửa khẩu', '\na) Phát triển kinh tế cửa khẩu');
    expect(twice).not.toBe(text);
    writeFileSync(join(work, 'report.txt'), twice);
    const result = importInto(join(work, 'report.txt'), out, ['--map', join(root, 'content/import-map.json')]);
    expect(result.status).toBe(1);
    expect(result.output).toContain('report.txt:84: section number "II.1.a" is used twice: "a) Phát triển kinh tế cửa khẩu" here and "a) Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới" at line 50');
    expect(result.output).not.toContain('sentence(s)');
    expect(treeOf(out)).toEqual(before);
  });

  it('keeps a power of ten ("91×10⁶ USD") as text, not a mark calling footnote 6', () => {
    const text = readFileSync(source, 'utf8');
    const powered = text.replace('hoạt động xuất nhập khẩu qua địa bàn,', 'hoạt động xuất nhập khẩu qua địa bàn (91×10⁶ USD),');
    expect(powered).not.toBe(text);
    const result = runImport(JSON.stringify(realMap), powered);
    expect(result.status, result.output).toBe(0);
    const file = readFileSync(join(result.out, 'economy/kinh-te-cua-khau.mdx'), 'utf8');
    expect(file).toContain('qua địa bàn (91×10⁶ USD),');
    expect(file).not.toMatch(/91×10\[\^6\]/u);
    expect(result.output).not.toMatch(/footnote 6|footnote mark ⁶/u);
  });

  it('imports a decomposed (NFD) text as NFC, saying so', () => {
    const result = runImport(JSON.stringify(realMap), readFileSync(source, 'utf8').normalize('NFD'));
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/warning: .*report\.txt: line \d+: the text is in decomposed Unicode \(NFD/);
    const file = readFileSync(join(result.out, 'economy/kinh-te-cua-khau.mdx'), 'utf8');
    expect(file).toBe(file.normalize('NFC'));
    expect(file).toContain('Phát triển kinh tế cửa khẩu');
  });

  it('writes nothing when the text is refused', () => {
    const work = mkdtempSync(join(tmpdir(), 'report-import-'));
    const out = join(work, 'content');
    cpSync(join(root, 'content'), out, { recursive: true });
    const before = treeOf(out);
    const text = readFileSync(source, 'utf8');
    const cut = text.replace('năm 2022 theo quy định./.', 'năm 2022 theo quy định');
    expect(cut).not.toBe(text);
    writeFileSync(join(work, 'report.txt'), cut);
    const result = importInto(join(work, 'report.txt'), out);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/report\.txt:\d+: paragraph is cut off/);
    expect(treeOf(out)).toEqual(before);
  });
});
