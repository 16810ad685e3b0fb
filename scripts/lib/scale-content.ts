/**
 * Scale benchmark input: a synthetic report `factor` times the size of a real one, made by copying
 * every entry with new ids, orders, numbers, task numbers, footnote numbers, indicator and chart ids,
 * so that it passes the same consistency checks as the original.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/lib/text/index.ts';

/** Frontmatter fields the copy rewrites; everything else is kept as it is. */
interface Frontmatter {
  title?: string;
  number?: string;
  order?: number;
  task?: number;
  indicators?: { id: string; footnote?: number }[];
  charts?: { id: string; indicators?: string[] }[];
  /** A task id, or a task with the paragraphs that relate to it. */
  relatedTasks?: (string | { task: string; paragraphs?: number[] })[];
  [key: string]: unknown;
}

/** One MDX entry split into frontmatter and body. */
interface EntryFile {
  folder: string;
  id: string;
  data: Frontmatter;
  body: string;
}

function readEntry(folder: string, file: string): EntryFile {
  const text = readFileSync(join(folder, file), 'utf8');
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error(`${join(folder, file)}: no frontmatter`);
  return { folder, id: file.replace(/\.mdx$/, ''), data: parse(parts.frontmatter) as Frontmatter, body: parts.body };
}

/** The copy number `copy` (2, 3, …) of an entry: every identifier moved out of the original's way. */
function copyEntry(entry: EntryFile, copy: number, shift: { order: number; footnote: number; task: number }): EntryFile {
  const suffix = `-r${copy}`;
  const times = copy - 1;
  const renameChart = (id: string) => `${id}${suffix}`;
  const data: Frontmatter = { ...entry.data };
  if (data.title !== undefined) data.title = `${data.title} (${copy})`;
  if (data.number !== undefined) data.number = `${data.number}.r${copy}`;
  if (data.order !== undefined) data.order += times * shift.order;
  if (data.task !== undefined) data.task += times * shift.task;
  data.indicators = (data.indicators ?? []).map((i) => ({
    ...i,
    id: `${i.id}${suffix}`,
    ...(i.footnote !== undefined ? { footnote: i.footnote + times * shift.footnote } : {}),
  }));
  data.charts = (data.charts ?? []).map((c) => ({ ...c, id: renameChart(c.id), indicators: (c.indicators ?? []).map((i) => `${i}${suffix}`) }));
  data.relatedTasks = (data.relatedTasks ?? []).map((t) => (typeof t === 'string' ? `${t}${suffix}` : { ...t, task: `${t.task}${suffix}` }));
  const body = entry.body
    .replace(/\[\^(\d+)\]/g, (_, n: string) => `[^${Number(n) + times * shift.footnote}]`)
    .replace(/(<Chart\b[^>]*?\bid=["'])([^"']*)(["'])/g, (_, a: string, id: string, b: string) => `${a}${renameChart(id)}${b}`);
  return { folder: entry.folder, id: `${entry.id}${suffix}`, data, body };
}

/**
 * Copy the content root `from` to `to`, then add `factor - 1` copies of every entry of every section.
 * Returns the number of entries written in all.
 */
export function replicateContent(from: string, to: string, factor: number): number {
  cpSync(from, to, { recursive: true });
  const report = JSON.parse(readFileSync(join(to, 'report.json'), 'utf8')) as { sections: { collection: string }[] };
  const entries = report.sections.flatMap(({ collection }) => {
    const folder = join(to, collection);
    return readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => readEntry(folder, f));
  });
  const footnotes = entries.flatMap((e) => [...e.body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])));
  const shift = {
    order: Math.max(0, ...entries.map((e) => e.data.order ?? 0)),
    footnote: Math.max(0, ...footnotes),
    task: Math.max(0, ...entries.map((e) => e.data.task ?? 0)),
  };
  let written = entries.length;
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const entry of entries) {
      const c = copyEntry(entry, copy, shift);
      writeFileSync(join(c.folder, `${c.id}.mdx`), `---\n${stringify(c.data, { lineWidth: 0 })}---\n${c.body}`);
      written += 1;
    }
  }
  return written;
}
