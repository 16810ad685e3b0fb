/**
 * What a re-import tells its user about the hand work it kept: the indicators of the entries written
 * whose figure is no longer printed as typed in the new text, by the build's own figure check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { IndicatorSchema } from '../../src/schemas/indicator.ts';
import { paragraphPrefix, readEntryText } from '../../src/lib/text/index.ts';
import { indicatorProblems, findNumbers } from '../../src/lib/figures/index.ts';
import { ui } from '../../src/lib/publish/index.ts';
import { splitMdx } from './report-content.ts';

const Frontmatter = z.object({
  number: z.string().optional(),
  task: z.number().optional(),
  indicators: z.array(IndicatorSchema).default([]),
});

/** One line per indicator of `files` (relative to `out`) whose figure the new text no longer prints: "file: indicator "id": why". */
export function vanishedFigures(out: string, files: string[]): string[] {
  const lines: string[] = [];
  for (const file of files) {
    const path = join(out, file);
    const { frontmatter, body } = splitMdx(readFileSync(path, 'utf8'));
    const parsed = Frontmatter.safeParse(frontmatter);
    if (!parsed.success) {
      lines.push(`${path}: indicators could not be read (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}); the build will say more`);
      continue;
    }
    if (parsed.data.indicators.length === 0) continue;
    const prefix = paragraphPrefix(parsed.data, ui.taskAnchorPrefix) ?? file.replace(/\.mdx$/u, '');
    const figures = findNumbers(readEntryText(body, prefix));
    for (const indicator of parsed.data.indicators) {
      for (const message of indicatorProblems(indicator, figures)) lines.push(`${path}: indicator "${indicator.id}": ${message}`);
    }
  }
  return lines;
}
