import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { EntrySchema } from './schemas/entry.ts';
import { ReportSchema } from './schemas/report.ts';
import { contentRoot } from './content-root.ts';
import { parseJsonText } from './lib/json-text.ts';
import { assertContentSchemas } from './data/preflight.ts';

// Every schema problem of every file, in one error, before Astro stops at the first file it loads.
assertContentSchemas(contentRoot);

/**
 * The MDX files of one folder of the content root. A folder the report does not have (most reports have
 * no appendix) loads no entries instead of a warning on every build; a section naming it still fails.
 */
const folderLoader = (folder: string): Loader =>
  existsSync(`${contentRoot}/${folder}`) ? glob({ pattern: '*.mdx', base: `${contentRoot}/${folder}` }) : { name: `no-${folder}-folder`, load: async ({ store }) => store.clear() };

const entries = (folder: string) =>
  defineCollection({
    loader: folderLoader(folder),
    schema: EntrySchema.extend({
      /**
       * Q4 tasks that follow from this entry (ids in `q4-tasks`): `"5"`, or `{ task: "5", paragraphs: [2, 4] }`
       * to name the paragraphs the task answers; both become `{ id, collection, paragraphs? }`.
       */
      relatedTasks: z
        .array(z.union([z.object({ task: reference('q4-tasks'), paragraphs: z.array(z.number().int().positive()).min(1) }).strict(), reference('q4-tasks')]))
        .default([])
        .transform((items) => items.map((item) => ('task' in item ? { ...item.task, paragraphs: item.paragraphs } : { ...item, paragraphs: undefined }))),
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
  appendix: entries('appendix'),
};
