/**
 * Import a plain-text report into MDX entries and report.json.
 *
 *   npm run import -- <report.txt> [--out <dir>] [--map <map.json>]
 *
 * Defaults: --out content, --map <out>/import-map.json. Existing files keep their curated
 * frontmatter and report.json keys; the body and the importer's own fields are replaced.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/lib/import/parse.ts';
import { renderEntryFile, renderReportJson, resolveTargets } from '../src/lib/import/mdx.ts';
import type { ImportMap } from '../src/lib/import/mdx.ts';

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
  const doc = parseReport(readFileSync(input, 'utf8'), input);
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as ImportMap;
  const targets = resolveTargets(doc, map, mapPath);

  for (const { entry, collection, id } of targets) {
    const dir = join(out, collection);
    const path = join(dir, `${id}.mdx`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, renderEntryFile(entry, doc.footnotes, readIfExists(path)));
  }
  const reportPath = join(out, 'report.json');
  writeFileSync(reportPath, renderReportJson(doc, readIfExists(reportPath)));

  console.log(`Imported ${input}: ${targets.length} entries, ${doc.footnotes.length} footnotes → ${out}/`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
