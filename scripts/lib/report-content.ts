/**
 * Reads a content root the way the site does, for command-line tools: report.json's sections, each
 * collection's MDX entries with their frontmatter (indicators and `untyped` waivers parsed by the site's
 * schemas) and their text model.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { IndicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { UntypedSchema, type Untyped } from '../../src/schemas/untyped.ts';
import { paragraphPrefix, readEntryText, splitFrontmatter, type EntryText } from '../../src/lib/text/index.ts';
import { ui } from '../../src/lib/publish/index.ts';

/** One entry as the tools see it. */
export interface ContentEntry {
  /** Path of the MDX file relative to the working directory. */
  file: string;
  /** "collection/id". */
  key: string;
  /** The file name without ".mdx". */
  id: string;
  number: string;
  text: EntryText;
  indicators: Indicator[];
  untyped: Untyped[];
  /** The whole file, frontmatter and body. */
  source: string;
}

const Frontmatter = z.object({
  number: z.string(),
  task: z.number().optional(),
  indicators: z.array(IndicatorSchema).default([]),
  untyped: z.array(UntypedSchema).default([]),
});

/** Split an MDX file into its frontmatter object and body. */
export function splitMdx(source: string): { frontmatter: unknown; body: string } {
  const parts = splitFrontmatter(source);
  if (!parts) return { frontmatter: {}, body: source };
  return { frontmatter: parse(parts.frontmatter) ?? {}, body: parts.body };
}

/** Every entry of a content root, in report.json's section order and file-name order; bad frontmatter fails naming the file and field. */
export function readContent(contentDir: string): ContentEntry[] {
  const report = JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')) as { sections: { collection: string }[] };
  const out: ContentEntry[] = [];
  for (const { collection } of report.sections) {
    const dir = join(contentDir, collection);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      const source = readFileSync(path, 'utf8');
      const { frontmatter, body } = splitMdx(source);
      const parsed = Frontmatter.safeParse(frontmatter);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${file}: ${issues}`);
      }
      const prefix = paragraphPrefix(parsed.data, ui.taskAnchorPrefix) ?? name.replace(/\.mdx$/, '');
      out.push({
        file,
        key: `${collection}/${name.replace(/\.mdx$/, '')}`,
        id: name.replace(/\.mdx$/, ''),
        number: parsed.data.number,
        text: readEntryText(body, prefix),
        indicators: parsed.data.indicators,
        untyped: parsed.data.untyped,
        source,
      });
    }
  }
  return out;
}
