/**
 * Import a report — a Word file (.docx) or its plain text (.txt) — into MDX entries and report.json.
 *
 *   npm run import -- <report.docx|report.txt> [--out <dir>] [--map <map.json>]
 *
 * Defaults: --out content, --map <out>/import-map.json. Without a map, the importer proposes one from
 * the document's outline (and report.json's own keys), writes it, says what it guessed, and imports with
 * it: the user corrects only the guesses and runs the same command again. Existing files keep their
 * curated frontmatter and report.json keys; the body and the importer's own fields are replaced, and
 * indicators whose figure is no longer in the new text are reported (not dropped).
 *
 * Nothing is lost silently, and nothing is written before every check passes: the input must be UTF-8
 * (UTF-16, Windows-1258 and stray bytes are named), the map is checked against the parsed text (every
 * section mapped once, no two sections to one file, no unknown section or collection), and every
 * sentence of the input must be found in the files written — all in a staging folder, moved into
 * `--out` only when it is whole.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { SectionSchema } from '../src/schemas/report.ts';
import {
  checkImportMap,
  checkInputText,
  decodeUtf8Text,
  ImportMapError,
  lostSentences,
  parseReport,
  readImportMap,
  renderEntryFile,
  renderReportJson,
  resolveTargets,
  type ImportMap,
} from '../src/lib/import/index.ts';
import { proposeImportMap, proposeReportKeys } from '../src/lib/import/propose.ts';
import { vanishedFigures } from './lib/import-report.ts';

/**
 * Largest input read, in bytes: 80 times the bundled report, and about what imports in under a minute on
 * a small machine (the entries' page budget is exceeded long before). A larger file is refused at once.
 */
const MAX_INPUT_BYTES = 8_000_000;

/** Sentences shown when the output lost some; the count is always given. */
const SHOWN = 10;
const USAGE = 'Usage: npm run import -- <report.docx|report.txt> [--out <dir>] [--map <map.json>]';

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The input's text: a .docx read through the Word reader, anything else decoded as UTF-8 text. */
async function readInput(input: string): Promise<{ text: string; warnings: string[]; fromWord: boolean }> {
  if (!existsSync(input)) throw new Error(`${input}: no such file`);
  const bytes = readFileSync(input);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new Error(
      `${input}: the file is ${(bytes.length / 1e6).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1e6} MB the importer reads (a report's text is a few hundred KB; the bundled one is 0.1 MB): check that it is one report, or split it into several (nothing was written)`,
    );
  }
  if (extname(input).toLowerCase() === '.docx') {
    const { readDocx } = await import('../src/lib/import/docx/index.ts');
    const word = await readDocx(bytes, input);
    const checked = checkInputText(word.text, input);
    return { text: checked.text, warnings: [...word.warnings, ...checked.warnings], fromWord: true };
  }
  if (extname(input).toLowerCase() === '.doc') {
    throw new Error(`${input}: this is an old Word file (.doc); open it in Word or LibreOffice and save it as .docx (Word Document), then import the .docx`);
  }
  const checked = checkInputText(decodeUtf8Text(bytes, input), input);
  return { ...checked, fromWord: false };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'content' }, map: { type: 'string' } },
  });
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new Error(USAGE);
  const out = values.out;
  const mapPath = values.map ?? join(out, 'import-map.json');
  if (values.map !== undefined && !existsSync(mapPath)) throw new Error(`${mapPath}: the import map does not exist (leave out --map to have one proposed)`);

  const { text: source, warnings, fromWord } = await readInput(input);
  // A Word file's text is kept as provenance, and parse errors name its lines.
  const sourceName = fromWord ? `source/${basename(input, extname(input))}.txt` : undefined;
  const doc = parseReport(source, sourceName ? `${input} (as text: ${join(out, sourceName)})` : input);

  let map: ImportMap;
  let proposedMap: string | undefined;
  const guesses: string[] = [];
  if (existsSync(mapPath)) {
    map = readImportMap(decodeUtf8Text(readFileSync(mapPath), mapPath), mapPath);
  } else {
    const proposal = proposeImportMap(doc);
    map = proposal.map;
    proposedMap = `${JSON.stringify(map, null, 2)}\n`;
    guesses.push(...proposal.guesses);
  }
  const problems = checkImportMap(doc, map, mapPath, SectionSchema.shape.collection.options);
  if (problems.length > 0) throw new ImportMapError(problems);
  const targets = resolveTargets(doc, map, mapPath);

  // Everything is written to a staging folder first; `out` changes only when all of it checks.
  const staging = mkdtempSync(join(tmpdir(), 'report-import-'));
  try {
    const written: string[] = [];
    for (const { entry, collection, id } of targets) {
      const file = join(collection, `${id}.mdx`);
      mkdirSync(join(staging, collection), { recursive: true });
      writeFileSync(join(staging, file), renderEntryFile(entry, doc.footnotes, readIfExists(join(out, file))));
      written.push(file);
    }
    const existingReport = readIfExists(join(out, 'report.json'));
    const base = existingReport === undefined ? {} : (JSON.parse(existingReport) as Record<string, unknown>);
    const reportKeys = proposeReportKeys(doc, map, base);
    guesses.push(...reportKeys.guesses);
    const reportJson = renderReportJson(doc, JSON.stringify({ ...reportKeys.keys, ...base }));
    writeFileSync(join(staging, 'report.json'), reportJson);
    if (proposedMap !== undefined) writeFileSync(join(staging, 'import-map.json'), proposedMap);
    if (sourceName) {
      mkdirSync(join(staging, 'source'), { recursive: true });
      writeFileSync(join(staging, sourceName), source);
    }

    const lost = lostSentences(source, written.map((file) => ({ path: join(out, file), text: readFileSync(join(staging, file), 'utf8') })), reportJson);
    if (lost.length > 0) {
      throw new Error(
        `${input}: ${lost.length} sentence(s) of the input would not be in the files written to ${out}/ (nothing was written):\n` +
          lost.slice(0, SHOWN).map((s) => `  "${s}"`).join('\n') +
          (lost.length > SHOWN ? `\n  … and ${lost.length - SHOWN} more` : ''),
      );
    }

    const previous = new Set(existingEntryFiles(out, map));
    mkdirSync(out, { recursive: true });
    cpSync(staging, out, { recursive: true });

    const lines = [`Imported ${input}: ${targets.length} entries, ${doc.footnotes.length} footnotes → ${out}/`];
    for (const w of warnings) lines.push(`  warning: ${w}`);
    if (proposedMap !== undefined) {
      lines.push(`Proposed ${mapPath} from the document's outline (no map was given). What was guessed — check it, correct ${mapPath}, and run the same command again:`);
    } else if (guesses.length > 0) {
      lines.push(`Proposed report.json keys it lacked — check them in ${join(out, 'report.json')}:`);
    }
    for (const g of guesses) lines.push(`  ${g}`);
    for (const file of written) previous.delete(file);
    for (const file of previous) lines.push(`  note: ${join(out, file)} is no longer made by this import (its section is gone or moved); delete it if so`);
    const vanished = vanishedFigures(out, written);
    if (vanished.length > 0) {
      lines.push(`${vanished.length} indicator(s) no longer match the new text (kept; fix or remove them):`);
      for (const v of vanished) lines.push(`  ${v}`);
    }
    lines.push(`Next: REPORT_CONTENT_DIR=${out} npm run build`);
    console.log(lines.join('\n'));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** MDX files under `out`'s collection folders (those the map or the site uses), relative to `out`. */
function existingEntryFiles(out: string, map: ImportMap): string[] {
  const collections = new Set([...SectionSchema.shape.collection.options, ...Object.values(map.entries).map((t) => t.collection)]);
  const files: string[] = [];
  for (const collection of collections) {
    const dir = join(out, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.mdx')) files.push(relative(out, join(dir, name)));
  }
  return files;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
