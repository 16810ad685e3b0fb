/**
 * Import a plain-text report into MDX entries and report.json.
 *
 *   npm run import -- <report.txt> [--out <dir>] [--map <map.json>]
 *
 * Defaults: --out content, --map <out>/import-map.json. Existing files keep their curated
 * frontmatter and report.json keys; the body and the importer's own fields are replaced.
 *
 * Nothing is lost silently: the input must be UTF-8 (UTF-16, Windows-1258 and stray bytes are named),
 * the map is checked against the parsed text before anything is written (every section mapped once, no
 * two sections to one file, no unknown section or collection), and after writing every sentence of the
 * input must be found in the files written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SectionSchema } from '../src/schemas/report.ts';
import { decodeUtf8Text } from '../src/lib/import/text/encoding.ts';
import { checkImportMap, ImportMapError, readImportMap } from '../src/lib/import/map.ts';
import { renderEntryFile, renderReportJson, resolveTargets } from '../src/lib/import/mdx.ts';
import { parseReport } from '../src/lib/import/text/parse.ts';
import { lostSentences } from '../src/lib/import/verify.ts';

/** Sentences shown when the output lost some; the count is always given. */
const SHOWN = 10;

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'content' }, map: { type: 'string' } },
  });
  const input = positionals[0];
  if (!input || positionals.length > 1) {
    throw new Error('Usage: npm run import -- <report.txt> [--out <dir>] [--map <map.json>]');
  }
  const out = values.out;
  const mapPath = values.map ?? join(out, 'import-map.json');
  if (!existsSync(mapPath)) throw new Error(`${mapPath}: the import map does not exist (pass --map <map.json>)`);
  const source = decodeUtf8Text(readFileSync(input), input);
  const doc = parseReport(source, input);
  const map = readImportMap(decodeUtf8Text(readFileSync(mapPath), mapPath), mapPath);
  const problems = checkImportMap(doc, map, mapPath, SectionSchema.shape.collection.options);
  if (problems.length > 0) throw new ImportMapError(problems);
  const targets = resolveTargets(doc, map, mapPath);

  const written = new Set<string>();
  for (const { entry, collection, id } of targets) {
    const dir = join(out, collection);
    const path = join(dir, `${id}.mdx`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, renderEntryFile(entry, doc.footnotes, readIfExists(path)));
    written.add(path);
  }
  const reportPath = join(out, 'report.json');
  writeFileSync(reportPath, renderReportJson(doc, readIfExists(reportPath)));

  const lost = lostSentences(source, [...written].map((path) => ({ path, text: readFileSync(path, 'utf8') })), readFileSync(reportPath, 'utf8'));
  if (lost.length > 0) {
    throw new Error(
      `${input}: ${lost.length} sentence(s) of the input are not in the files written to ${out}/:\n` +
        lost.slice(0, SHOWN).map((s) => `  "${s}"`).join('\n') +
        (lost.length > SHOWN ? `\n  … and ${lost.length - SHOWN} more` : ''),
    );
  }
  console.log(`Imported ${input}: ${targets.length} entries, ${doc.footnotes.length} footnotes → ${out}/`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
