/**
 * Render the parsed report as MDX entry files and report.json, merging into existing files so
 * hand-curated frontmatter survives a re-import. Pure: callers read and write the files.
 */
import { blockInlines } from './model.ts';
import type { Block, Entry, Footnote, Inline, ListItem, ReportDocument } from './model.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';

/** Where each section number goes: `{ "entries": { "II.1.b": { "collection": "economy", "id": "kinh-te-cua-khau" } } }`. */
export interface ImportMap {
  /** Section number → target collection and file id. */
  entries: Record<string, { collection: string; id: string }>;
}

/** One entry resolved to its output file. */
export interface EntryTarget {
  /** The parsed entry. */
  entry: Entry;
  /** Content collection folder. */
  collection: string;
  /** File id (name without ".mdx"). */
  id: string;
}

/** Frontmatter keys the importer rewrites on every run. Task titles are hand-curated after the first run. */
const OWNED_KEYS = ['title', 'number', 'marker', 'order', 'task', 'appendix', 'afterSignature'] as const;
/**
 * Frontmatter key order for new files, with defaults for the keys the lead curates. A summary is the
 * publisher's words: a new file has none (an empty one would be refused), an existing one is kept.
 */
const CURATED_DEFAULTS: ReadonlyArray<[string, string]> = [
  ['indicators', 'indicators: []'],
  ['charts', 'charts: []'],
  ['relatedTasks', 'relatedTasks: []'],
];
/** Keys of report.json the importer owns; every other key is preserved. */
export const REPORT_OWNED_KEYS = [
  'letterhead',
  'documentType',
  'number',
  'placeDate',
  'title',
  'outline',
  'recipientsLabel',
  'recipients',
  'signature',
] as const;

const PLACEHOLDER = /\uE000(\d+)\uE001/gu;

/** Resolve every entry to its collection and id; an unknown section number is an error naming the map. */
export function resolveTargets(doc: ReportDocument, map: ImportMap, mapName: string): EntryTarget[] {
  return doc.entries.map((entry) => {
    const target = map.entries[entry.number];
    if (!target) {
      throw new Error(`Section "${entry.number}" ("${entry.title}") is not in the import map ${mapName}; add it under "entries".`);
    }
    return { entry, collection: target.collection, id: target.id };
  });
}

/** Quote a YAML scalar in double quotes, escaping `\`, `"` and control characters. */
export function yamlString(value: string): string {
  const escaped = value
    .replace(/\\/gu, '\\\\')
    .replace(/"/gu, '\\"')
    .replace(/\n/gu, '\\n')
    .replace(/\t/gu, '\\t');
  return `"${escaped}"`;
}

/**
 * Escape a paragraph's text for MDX: `{ } < >`, backslashes and other markdown punctuation that
 * would change meaning, literal `*` that is not emphasis, and a leading "N. ", "N) ", "- ", "+ ", "#".
 */
export function escapeMdxText(text: string): string {
  return escapeAsterisks(text.replace(/[\\{}<>[\]_`~]/gu, (ch) => `\\${ch}`))
    .replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3')
    .replace(/^([-+])(\s)/u, '\\$1$2')
    .replace(/^#/u, '\\#');
}

/**
 * Keep `*` and `**` that open or close emphasis; escape the rest. A run like "*** X**" (bold around
 * a literal bullet) becomes "**\* X**".
 */
function escapeAsterisks(text: string): string {
  const runs = [...text.matchAll(/\*+/gu)].map((m) => ({ start: m.index, length: m[0].length }));
  let out = '';
  let last = 0;
  runs.forEach((run, k) => {
    const prev = text[run.start - 1];
    const next = text[run.start + run.length];
    const canOpen = next !== undefined && !/\s/u.test(next);
    const canClose = prev !== undefined && !/\s/u.test(prev);
    out += text.slice(last, run.start);
    last = run.start + run.length;
    if (canOpen || canClose) {
      out += '*'.repeat(run.length);
      return;
    }
    const closer = runs.slice(k + 1).find((r) => {
      const before = text[r.start - 1];
      return before !== undefined && !/\s/u.test(before) && r.length < run.length;
    });
    const kept = closer ? closer.length : 0;
    out += '*'.repeat(kept) + '\\*'.repeat(run.length - kept);
  });
  return out + text.slice(last);
}

/** Render a paragraph's inlines as MDX: escaped text, footnote references as glued `[^n]`. */
export function renderInlines(inlines: Inline[]): string {
  const joined = inlines.map((i) => (typeof i === 'string' ? i : `\uE000${i.footnote}\uE001`)).join('');
  return escapeMdxText(joined).replace(PLACEHOLDER, (_, n: string) => `[^${n}]`);
}

/** Footnote numbers an entry references, in order of first reference (list items and table cells included). */
export function footnotesOf(entry: Entry): number[] {
  const seen = new Set<number>();
  for (const run of entry.blocks.flatMap(blockInlines)) {
    for (const i of run) if (typeof i !== 'string') seen.add(i.footnote);
  }
  return [...seen];
}

/** Render list items as Markdown: `- item`, nested items indented `  - item`. */
function renderItems(items: ListItem[], indent: string): string[] {
  return items.flatMap((item) => [`${indent}- ${renderInlines(item.inlines)}`, ...renderItems(item.items, `${indent}  `)]);
}

/** Render a table cell: escaped like a paragraph, and `|` escaped so it does not split the cell. */
function renderCell(cell: Inline[]): string {
  return renderInlines(cell).replace(/\|/gu, '\\|');
}

/** Render one block as MDX: a paragraph, a Markdown list, or a GFM table (header, `| --- |` row, rows). */
export function renderBlock(block: Block): string {
  if (block.type === 'paragraph') return renderInlines(block.inlines);
  if (block.type === 'list') return renderItems(block.items, '').join('\n');
  const row = (cells: Inline[][]): string => `| ${cells.map(renderCell).join(' | ')} |`;
  return [row(block.header), `| ${block.header.map(() => '---').join(' | ')} |`, ...block.rows.map(row)].join('\n');
}

/**
 * MDX blocks an author added to a body (`import …` lines, components such as `<Chart id="…" />`),
 * each with the number of imported blocks (paragraphs, lists, tables) before it, so a re-import can put
 * them back.
 */
export function authoredBlocks(body: string): Array<{ after: number; block: string }> {
  const found: Array<{ after: number; block: string }> = [];
  let imported = 0;
  for (const block of body.split(/\n{2,}/u).map((b) => b.trim()).filter(Boolean)) {
    if (/^(?:import\s|export\s|<[A-Za-z])/u.test(block)) found.push({ after: imported, block });
    else if (!block.startsWith('[^')) imported += 1;
  }
  return found;
}

/**
 * The MDX body of an entry: its blocks (with `authored` blocks put back after the block they
 * followed), then the definitions of the footnotes it references.
 */
export function renderEntryBody(
  entry: Entry,
  footnotes: Footnote[],
  authored: Array<{ after: number; block: string }> = [],
): string {
  const byNumber = new Map(footnotes.map((f) => [f.n, f]));
  const parts: string[] = [];
  const placeAfter = (k: number): void => {
    for (const a of authored) if (Math.min(a.after, entry.blocks.length) === k) parts.push(a.block);
  };
  placeAfter(0);
  entry.blocks.forEach((block, k) => {
    parts.push(renderBlock(block));
    placeAfter(k + 1);
  });
  const defs = footnotesOf(entry).map((n) => {
    const f = byNumber.get(n);
    if (!f) throw new Error(`Footnote ${n} referenced in "${entry.number}" has no definition`);
    return `[^${n}]: ${escapeMdxText(f.text)}`;
  });
  return [...parts, ...defs].join('\n\n') + '\n';
}

/** Split frontmatter into top-level key blocks (a `key:` line plus its indented continuation). */
export function frontmatterBlocks(frontmatter: string): Map<string, string> {
  const result = new Map<string, string>();
  let key: string | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    if (key !== undefined) result.set(key, lines.join('\n'));
  };
  for (const line of frontmatter.split('\n')) {
    const m = /^([A-Za-z_][\w-]*):/u.exec(line);
    if (m) {
      flush();
      key = m[1]!;
      lines = [line];
    } else if (key !== undefined) {
      lines.push(line);
    }
  }
  flush();
  for (const [k, block] of result) result.set(k, block.replace(/\n+$/u, ''));
  return result;
}

/**
 * The frontmatter key blocks of a rendered entry. A new file gets the importer's keys, then the curated
 * defaults. Over an existing file every key keeps its place (a person's order survives a re-import): the
 * importer's keys are replaced where they stand, dropped when the text no longer has them, and a missing
 * key is inserted after the key that precedes it in the canonical order.
 */
function mergeFrontmatter(owned: Map<string, string>, kept: Map<string, string>): string[] {
  const defaults = new Map(CURATED_DEFAULTS);
  if (kept.size === 0) return [...owned.values(), ...defaults.values()];
  const ownedKeys = new Set<string>(OWNED_KEYS);
  const result: Array<[string, string]> = [];
  for (const [key, block] of kept) {
    if (!ownedKeys.has(key)) result.push([key, block]);
    else if (owned.has(key)) result.push([key, owned.get(key)!]);
  }
  const canonical = [...OWNED_KEYS, ...defaults.keys()];
  canonical.forEach((key, k) => {
    const block = owned.get(key) ?? (defaults.has(key) ? defaults.get(key) : undefined);
    if (block === undefined || result.some(([have]) => have === key)) return;
    const before = canonical.slice(0, k).reverse().find((prev) => result.some(([have]) => have === prev));
    const at = before === undefined ? 0 : result.findIndex(([have]) => have === before) + 1;
    result.splice(at, 0, [key, block]);
  });
  return result.map(([, block]) => block);
}

/**
 * Render an entry's MDX file. With `existing` (the current file), keeps its curated frontmatter
 * (summary, indicators, charts, relatedTasks, a task's title, any other key) in its place and the
 * components an author placed in the body, and replaces the rest.
 */
export function renderEntryFile(entry: Entry, footnotes: Footnote[], existing?: string): string {
  const parts = existing === undefined ? undefined : splitFrontmatter(existing);
  const kept = frontmatterBlocks(parts?.frontmatter ?? '');
  const owned = new Map<string, string>();
  owned.set('title', entry.task !== undefined && kept.has('title') ? kept.get('title')! : `title: ${yamlString(entry.title)}`);
  owned.set('number', `number: ${yamlString(entry.number)}`);
  if (entry.marker !== undefined) owned.set('marker', `marker: ${yamlString(entry.marker)}`);
  owned.set('order', `order: ${entry.order}`);
  if (entry.task !== undefined) owned.set('task', `task: ${entry.task}`);
  if (entry.appendix) owned.set('appendix', 'appendix: true');
  if (entry.afterSignature) owned.set('afterSignature', 'afterSignature: true');

  const lines = mergeFrontmatter(owned, kept);
  return `---\n${lines.join('\n')}\n---\n\n${renderEntryBody(entry, footnotes, authoredBlocks(parts?.body ?? ''))}`;
}

/**
 * Render report.json: the importer's keys replaced, every other key of `existing` kept in place. A key
 * the text no longer has (a `letterhead`) is dropped.
 */
export function renderReportJson(doc: ReportDocument, existing?: string): string {
  const owned: Record<(typeof REPORT_OWNED_KEYS)[number], unknown> = {
    letterhead: doc.letterhead,
    documentType: doc.documentType,
    number: doc.number,
    placeDate: doc.placeDate,
    title: doc.title,
    outline: doc.outline.map(({ number, marker, title, level, before }) => ({ number, marker, title, level, before })),
    recipientsLabel: doc.recipientsLabel,
    recipients: doc.recipients,
    signature: doc.signature,
  };
  const base: Record<string, unknown> = existing === undefined ? {} : (JSON.parse(existing) as Record<string, unknown>);
  const merged: Record<string, unknown> = { ...base, ...owned };
  return `${JSON.stringify(merged, null, 2)}\n`;
}
