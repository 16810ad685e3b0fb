/**
 * Before Astro loads any entry: read report.json and every entry's frontmatter of the content root and
 * check them all against their schemas, so the build fails once listing every problem (missing keys,
 * unknown fields, wrong types) in every file, instead of stopping at the first file Astro loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { EntrySchema } from '../schemas/entry.ts';
import { ReportSchema, SectionSchema } from '../schemas/report.ts';
import { schemaProblems, type SchemaInput } from '../lib/checks/index.ts';
import { splitFrontmatter } from '../lib/text/index.ts';

/** Entry frontmatter as checked here; `relatedTasks` references are resolved (and checked) by the data layer. */
const PreflightEntrySchema = EntrySchema.extend({ relatedTasks: z.unknown().optional() }).superRefine((entry, ctx) => {
  if (entry.title === undefined && entry.task === undefined) ctx.addIssue({ code: 'custom', path: ['title'], message: 'missing; only a task (with `task: N`) may leave it out' });
});

/** Every schema problem of the content root `root`, one line each naming file and field. */
export function contentSchemaProblems(root: string): string[] {
  const inputs: SchemaInput[] = [];
  const problems: string[] = [];
  const reportFile = join(root, 'report.json');
  if (existsSync(reportFile)) {
    try {
      inputs.push({ file: reportFile, data: JSON.parse(readFileSync(reportFile, 'utf8')), schema: ReportSchema });
    } catch {
      // Invalid JSON is named with its line and column by the data layer.
    }
  }
  for (const collection of SectionSchema.shape.collection.options) {
    const dir = join(root, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const file = join(dir, name);
      const parts = splitFrontmatter(readFileSync(file, 'utf8'));
      if (!parts) {
        problems.push(`${relative(process.cwd(), file)}: has no frontmatter (a "---" block with title, number and order at the top)`);
        continue;
      }
      try {
        inputs.push({ file, data: parse(parts.frontmatter) ?? {}, schema: PreflightEntrySchema });
      } catch (error) {
        problems.push(`${relative(process.cwd(), file)}: the frontmatter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  }
  return [...problems, ...schemaProblems(inputs.map((input) => ({ ...input, file: relative(process.cwd(), input.file) })))];
}

/** Fail the build with every schema problem of `root` at once, or do nothing. */
export function assertContentSchemas(root: string): void {
  const problems = contentSchemaProblems(root);
  if (problems.length === 0) return;
  throw new AstroError(
    `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    'Each line names the file and the field; fix them all, then build again (see the README for every field).',
  );
}
