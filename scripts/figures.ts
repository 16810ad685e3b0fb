/**
 * `npm run figures`: coverage of the report's printed figures by typed indicators, per entry and for the
 * report, and every untyped figure with its file, paragraph id and clause.
 *   --strict              exit 1 when a figure is neither typed nor waived (or a waiver matches nothing)
 *                         or an indicator is still a draft (`draft: true`), naming each
 *   --propose <entry>     print ready-to-paste YAML for the entry's untyped figures ("economy/ngan-sach",
 *                         "ngan-sach" or the file path)
 *   --write               with --propose: write them into the entry's frontmatter `indicators:` instead,
 *                         each with its clause as a comment and `draft: true` (the rest of the file as it was)
 *   --content <dir>       content root (default REPORT_CONTENT_DIR or content/)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entryCoverage, reportCoverage, proposalsYaml, proposeIndicators, FrontmatterError, writeDrafts, draftIndicators, draftRefusals } from '../src/lib/figures/index.ts';
import { readContent } from './lib/report-content.ts';
import { reportRoots } from '../src/content-root.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const contentDir = resolve(option('--content') ?? process.env['REPORT_CONTENT_DIR'] ?? 'content');
const strict = args.includes('--strict');
const propose = option('--propose');
const write = args.includes('--write');

if (write && propose === undefined) {
  console.error('--write needs --propose <entry>: the entry whose frontmatter the proposals are written into');
  process.exit(2);
}
// --write edits one file: it must be there and its frontmatter must parse before anything is read or written.
if (write && propose !== undefined && /\.mdx$/u.test(propose)) {
  if (!existsSync(propose)) {
    console.error(`--propose ${propose} --write: no such file; nothing was written`);
    process.exit(2);
  }
  try {
    writeDrafts(readFileSync(propose, 'utf8'), propose, [], new Set());
  } catch (error) {
    console.error(`--propose ${propose} --write: ${error instanceof Error ? error.message : String(error)}; nothing was written`);
    process.exit(2);
  }
}
const percent = (share: number) => `${(Math.round(share * 1000) / 10).toLocaleString('vi-VN')}%`;

let entries;
try {
  // A root of several reports (reports/<id>/) is checked report by report; each line names its file.
  entries = reportRoots(contentDir).flatMap((r) => readContent(r.dir));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (propose !== undefined) {
  const entry = entries.find((e) => e.key === propose || e.id === propose || e.file === propose || resolve(e.file) === resolve(propose));
  if (!entry) {
    console.error(`--propose ${propose}: no such entry (try one of: ${entries.map((e) => e.key).join(', ')})`);
    process.exit(2);
  }
  const untyped = new Set(entryCoverage(entry).untyped.map((s) => `${s.figure.anchor}#${s.figure.index}`));
  const proposals = proposeIndicators(entry.text).filter((p) => untyped.has(`${p.figure.anchor}#${p.figure.index}`));
  const taken = new Set(entries.flatMap((e) => e.indicators.map((i) => i.id)));
  if (write) {
    try {
      const written = writeDrafts(entry.source, entry.file, proposals.map((p) => ({ indicator: p.indicator, clause: p.figure.clause })), taken);
      if (written.ids.length > 0) writeFileSync(entry.file, written.source);
      console.log(`${entry.file}: ${written.ids.length} draft indicator(s) written under "indicators:" (draft: true)${written.ids.length > 0 ? ` — ${written.ids.join(', ')}. Check each against the comment above it, then delete its "draft: true"; until then the build leaves it out and figures --strict refuses it.` : '.'}`);
      process.exit(0);
    } catch (error) {
      console.error(`--propose ${propose} --write: ${error instanceof Error ? error.message : String(error)}; nothing was written`);
      process.exit(error instanceof FrontmatterError ? 2 : 1);
    }
  }
  console.log(`# ${entry.file}: ${proposals.length} proposals for untyped figures — check each against the text before pasting under "indicators:"`);
  if (proposals.length > 0) console.log(proposalsYaml(proposals, taken));
  process.exit(0);
}

const coverage = reportCoverage(entries);
console.log('| Entry | Figures | Typed | Waived | Untyped | Coverage |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const e of coverage.entries) {
  const total = e.figures.length;
  console.log(`| ${e.file} | ${total} | ${e.typed} | ${e.waived} | ${e.untyped.length} | ${percent(total === 0 ? 1 : e.typed / total)} |`);
}
console.log(`\nReport: ${coverage.total} printed figures, ${coverage.typed} typed (${percent(coverage.share)}), ${coverage.waived} waived, ${coverage.untyped} untyped.`);

const untyped = coverage.entries.flatMap((e) => e.untyped.map((s) => ({ file: e.file, s })));
if (untyped.length > 0) {
  console.log('\nUntyped figures (type them, or waive them under `untyped:` with a reason):');
  for (const { file, s } of untyped) console.log(`${file} #${s.figure.anchor}: "${s.figure.text}" — ${s.figure.clause}`);
}
const unused = coverage.entries.flatMap((e) => e.unusedWaivers.map((w) => ({ file: e.file, w })));
if (unused.length > 0) {
  console.log('\nWaivers that match no printed figure:');
  for (const { file, w } of unused) console.log(`${file}: untyped "${w.text}" is not a printed figure of this entry`);
}
const drafts = draftIndicators(entries);
if (drafts.length > 0) {
  console.log('\nDraft indicators (written by --propose … --write; check each, then delete its "draft: true"):');
  for (const line of draftRefusals(drafts)) console.log(line);
}
if (strict && (untyped.length > 0 || unused.length > 0 || drafts.length > 0)) {
  console.error(`\nfigures --strict: ${untyped.length} untyped figure(s), ${unused.length} unused waiver(s), ${drafts.length} draft indicator(s)`);
  process.exit(1);
}
