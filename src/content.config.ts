import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { EntrySchema } from './schemas/entry.ts';
import { ReportSchema } from './schemas/report.ts';
import { contentRoot, reportRoots } from './content-root.ts';
import { parseJsonText } from './lib/text/index.ts';
import { assertContentSchemas } from './data/preflight.ts';

/** The reports of the content root: one (today's layout) or several under `reports/<id>/`. */
const roots = reportRoots(contentRoot);
const multi = roots.some((r) => r.id !== '');

// Every schema problem of every file, in one error, before Astro stops at the first file it loads.
for (const root of roots) assertContentSchemas(root.dir);

/**
 * The MDX files of one folder of the content root. A folder the report does not have (most reports have
 * no appendix) loads no entries instead of a warning on every build; a section naming it still fails.
 */
const folderLoader = (folder: string): Loader => {
  if (!multi) return existsSync(`${contentRoot}/${folder}`) ? glob({ pattern: '*.mdx', base: `${contentRoot}/${folder}` }) : emptyLoader(folder);
  // Several reports: one collection per folder across them, each entry's id "<report>/<file>" (the data layer splits it).
  if (!roots.some((r) => existsSync(`${r.dir}/${folder}`))) return emptyLoader(folder);
  return glob({ pattern: `*/${folder}/*.mdx`, base: `${contentRoot}/reports`, generateId: ({ entry }) => `${entry.split('/')[0]}/${entry.split('/').at(-1)!.replace(/\.mdx$/u, '')}` });
};

/** A collection with no entries, for a folder no report has. */
const emptyLoader = (folder: string): Loader => ({ name: `no-${folder}-folder`, load: async ({ store }) => store.clear() });

/** Several reports: every report.json, each an entry with the report's id. */
const reportsLoader: Loader = {
  name: 'reports',
  load: async ({ store, parseData }) => {
    store.clear();
    for (const root of roots) {
      const file = `${root.dir}/report.json`;
      const data = await parseData({ id: root.id, data: parseJsonText(readFileSync(file, 'utf8'), file) as Record<string, unknown> });
      store.set({ id: root.id, data });
    }
  },
};

/**
 * A Q4 task named by `relatedTasks`. One report: a reference Astro checks. Several: the task's id in the
 * entry's own report (the collection holds every report's tasks), which the data layer checks.
 */
const singleTaskRef = reference('q4-tasks');
// Without a `collection` key: Astro checks every `{ id, collection }` in stored data against the store, and
// a task's store id is "<report>/<task>" when there are several reports.
const taskRef = multi ? (z.string().transform((id) => ({ id })) as unknown as typeof singleTaskRef) : singleTaskRef;

const entries = (folder: string) =>
  defineCollection({
    loader: folderLoader(folder),
    schema: EntrySchema.extend({
      /**
       * Q4 tasks that follow from this entry (ids in `q4-tasks`): `"5"`, or `{ task: "5", paragraphs: [2, 4] }`
       * to name the paragraphs the task answers; both become `{ id, collection, paragraphs? }`.
       */
      relatedTasks: z
        .array(z.union([z.object({ task: taskRef, paragraphs: z.array(z.number().int().positive()).min(1) }).strict(), taskRef]))
        .default([])
        .transform((items) => items.map((item) => ('task' in item ? { ...item.task, paragraphs: item.paragraphs } : { ...item, paragraphs: undefined }))),
    }),
  });

export const collections = {
  report: defineCollection({
    loader: multi ? reportsLoader : file(`${contentRoot}/report.json`, { parser: (text) => ({ report: parseJsonText(text, `${contentRoot}/report.json`) as Record<string, unknown> }) }),
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
