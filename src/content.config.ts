import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { EntrySchema } from './schemas/entry.ts';
import { ReportSchema } from './schemas/report.ts';
import { contentRoot } from './content-root.ts';
import { parseJsonText } from './lib/json-text.ts';

const entries = (folder: string) =>
  defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentRoot}/${folder}` }),
    schema: EntrySchema.extend({
      /** Q4 tasks that follow from this entry's results (ids in `q4-tasks`). */
      relatedTasks: reference('q4-tasks').array().default([]),
    }),
  });

export const collections = {
  report: defineCollection({
    loader: file(`${contentRoot}/report.json`, { parser: (text) => ({ report: parseJsonText(text, `${contentRoot}/report.json`) as Record<string, unknown> }) }),
    schema: ReportSchema,
  }),
  directives: entries('directives'),
  economy: entries('economy'),
  'culture-society': entries('culture-society'),
  security: entries('security'),
  assessment: entries('assessment'),
  'q4-tasks': entries('q4-tasks'),
};
