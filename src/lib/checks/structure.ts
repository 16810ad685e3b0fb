/**
 * Checks of the report's structure: that every page and anchor has one source, so no page silently
 * overwrites another (duplicate task numbers, segments, orders, file names that fold to one slug), every
 * section has entries, every outline heading stands before an entry, and no id is used twice on a page.
 * Each problem names both files.
 */
import { numberSlug, slugify } from '../text/fold.ts';
import type { Problem } from './consistency.ts';

/** What the structure checks need of one entry. */
export interface StructureEntry {
  /** Path of the MDX file, for messages. */
  file: string;
  /** Its collection. */
  collection: string;
  /** Position in the original document. */
  order: number;
  /** Q4 task number, for a task. */
  task?: number;
  /** Site path of its page. */
  path: string;
  /** Anchor prefix of its paragraphs. */
  anchorPrefix: string;
  /** Ids its paragraphs get on the full-text page. */
  paragraphIds: string[];
  /** Ids of the charts placed in it (a figure's id is its chart's id). */
  chartIds?: string[];
}

/** What the structure checks need of report.json. */
export interface StructureReport {
  /** Path of report.json, for messages. */
  file: string;
  /** Sections in navigation order. */
  sections: { collection: string; segment: string }[];
  /** Headings without text of their own. */
  outline: { number: string; marker: string; title: string; before: number }[];
}

/** Lowercase kebab-case ASCII: what a file name must be, since the page URL is made from it. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Problems for values that two sources share: `key` of each item → the first source holding it. */
function duplicates<T>(items: T[], key: (item: T) => string | undefined, describe: (item: T, value: string, first: T) => Problem | undefined): Problem[] {
  const seen = new Map<string, T>();
  const problems: Problem[] = [];
  for (const item of items) {
    const value = key(item);
    if (value === undefined) continue;
    const first = seen.get(value);
    const problem = first === undefined ? undefined : describe(item, value, first);
    if (problem) problems.push(problem);
    else seen.set(value, item);
  }
  return problems;
}

/** Sections listed twice, or two sections with one URL segment. */
export function checkSections(report: StructureReport): Problem[] {
  return [
    ...duplicates(report.sections, (s) => s.collection, (s) => ({ file: report.file, message: `sections: collection "${s.collection}" is listed twice` })),
    ...duplicates(report.sections, (s) => s.segment, (s, segment, first) => ({
      file: report.file,
      message: `sections: segment "${segment}" is used by both "${first.collection}" and "${s.collection}"; each section needs its own URL`,
    })),
  ];
}

/** Sections without entries: a page with nothing on it, linked from home. */
export function checkEmptySections(report: StructureReport, entries: StructureEntry[]): Problem[] {
  const used = new Set(entries.map((e) => e.collection));
  return report.sections
    .filter((s) => !used.has(s.collection))
    .map((s) => ({ file: report.file, message: `section "${s.collection}" (/${s.segment}/) has no entries: add .mdx files to ${s.collection}/ or remove the section` }));
}

/** Outline headings whose `before` is no entry's order: they would vanish from the full text. */
export function checkOutline(report: StructureReport, entries: StructureEntry[]): Problem[] {
  const orders = new Set(entries.map((e) => e.order));
  return report.outline
    .filter((h) => !orders.has(h.before))
    .map((h) => ({ file: report.file, message: `outline heading "${h.marker} ${h.title}": before ${h.before} matches no entry's order` }));
}

/** Two entries with one order, one task number or one page path. */
export function checkEntryCollisions(entries: StructureEntry[]): Problem[] {
  return [
    ...duplicates(entries, (e) => String(e.order), (e, order, first) => ({ file: e.file, message: `order ${order} is also used by ${first.file}` })),
    ...duplicates(entries, (e) => (e.task === undefined ? undefined : `${e.collection}:${e.task}`), (e, _, first) => ({
      file: e.file,
      message: `task ${e.task} is also used by ${first.file}; both would be the page ${e.path}`,
    })),
    // Two tasks with one number are reported above; any other shared path (an id equal to a task number) here.
    ...duplicates(entries, (e) => e.path, (e, path, first) =>
      e.task !== undefined && e.task === first.task ? undefined : { file: e.file, message: `page ${path} is also made by ${first.file}` },
    ),
  ];
}

/**
 * File names that are not lowercase ASCII kebab-case (they make non-ASCII or case-folded URLs), and file
 * names that fold to the same slug (one page would overwrite the other). `files` are paths relative to
 * the content root, one per MDX file on disk ("economy/kinh-te.mdx").
 */
export function checkFileNames(files: string[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    const folder = file.slice(0, slash + 1);
    const name = file.slice(slash + 1).replace(/\.mdx$/u, '');
    const slug = slugify(name);
    if (!SLUG.test(name)) {
      problems.push({ file, message: `file name "${name}" must be lowercase ASCII kebab-case, since the page URL is made from it: rename it to ${slug || 'a-name'}.mdx` });
    }
    const key = `${folder}${slug}`;
    const first = bySlug.get(key);
    if (first !== undefined) problems.push({ file, message: `file name folds to the same page "${slug}" as ${first}` });
    else bySlug.set(key, file);
  }
  return problems;
}

/**
 * Ids used twice on the full-text page, which holds every entry: outline heading ids, task section ids,
 * paragraph ids and figure (chart) ids. Two entries with one section number, or a task and an outline heading, collide here.
 */
export function checkPageIds(report: StructureReport, entries: StructureEntry[]): Problem[] {
  const owners: Array<{ id: string; file: string; what: string }> = [
    ...report.outline.map((h) => ({ id: numberSlug(h.number), file: report.file, what: `outline heading "${h.number}"` })),
    ...entries.flatMap((e) => [
      ...(e.task !== undefined ? [{ id: e.anchorPrefix, file: e.file, what: 'its task section' }] : []),
      ...e.paragraphIds.map((id) => ({ id, file: e.file, what: 'a paragraph' })),
      ...(e.chartIds ?? []).map((id) => ({ id, file: e.file, what: `chart "${id}"` })),
    ]),
  ];
  // One line per pair of files: two entries with one number share every paragraph id.
  const pairs = new Set<string>();
  return duplicates(owners, (o) => o.id, (o, id, first) => {
    const pair = `${first.file} ${o.file}`;
    if (pairs.has(pair)) return undefined;
    pairs.add(pair);
    return { file: o.file, message: `id "${id}" of ${o.what} is also the id of ${first.what} in ${first.file}; the full text would have two id="${id}"` };
  });
}

/** Extensions of files that look like entries but that the site would not read as one. */
const ENTRY_LIKE = /\.(?:mdx|md|markdown|mdown)$/iu;

/**
 * Files that look like entries but would vanish without a word: an entry in a folder that is no section
 * of report.json, in a subfolder of a section's folder, or with another extension than `.mdx`. `files`
 * are every file of the content root, relative to it ("economy/kinh-te.mdx").
 */
export function checkStrayFiles(report: StructureReport, files: string[]): Problem[] {
  const sections = new Set(report.sections.map((s) => s.collection));
  const problems: Problem[] = [];
  for (const file of files) {
    if (!ENTRY_LIKE.test(file)) continue;
    const parts = file.split('/');
    const [folder] = parts;
    const name = parts.at(-1)!;
    if (parts.length === 1) {
      problems.push({ file, message: `an entry at the top of the content folder is not read; move it into a section's folder (${[...sections].join(', ')})` });
    } else if (!sections.has(folder!)) {
      problems.push({ file, message: `${folder}/ is not a section of report.json (${[...sections].join(', ')}), so this entry would not be published; move it, or add the section` });
    } else if (parts.length > 2) {
      problems.push({ file, message: `entries in subfolders are not read; move it to ${folder}/${name.replace(ENTRY_LIKE, '.mdx')}` });
    } else if (!name.endsWith('.mdx')) {
      problems.push({ file, message: `only .mdx files are read as entries; rename it to ${name.replace(ENTRY_LIKE, '.mdx')}` });
    }
  }
  return problems;
}

/** Entry orders that skip a number (1, 2, 4): an entry between them is missing from the content. */
export function checkOrderGaps(entries: StructureEntry[]): Problem[] {
  const sorted = [...entries].sort((a, b) => a.order - b.order);
  const problems: Problem[] = [];
  let expected = 1;
  for (const entry of sorted) {
    if (entry.order > expected) {
      const missing = entry.order - 1 === expected ? `${expected}` : `${expected}–${entry.order - 1}`;
      const place = expected === 1 ? `order ${entry.order} is the first` : `order ${entry.order} follows order ${expected - 1}`;
      problems.push({ file: entry.file, message: `${place}: no entry has order ${missing}, so one is missing (or the orders need renumbering)` });
    }
    expected = Math.max(expected, entry.order + 1);
  }
  return problems;
}

/** Every structure check, in one list; `files` are every file of the content root, relative to it. */
export function checkStructure(report: StructureReport, entries: StructureEntry[], files: string[]): Problem[] {
  const sections = new Set(report.sections.map((s) => s.collection));
  const entryFiles = files.filter((f) => f.endsWith('.mdx') && f.split('/').length === 2 && sections.has(f.split('/')[0]!));
  return [
    ...checkSections(report),
    ...checkStrayFiles(report, files),
    ...checkOrderGaps(entries),
    ...checkFileNames(entryFiles),
    ...checkEmptySections(report, entries),
    ...checkOutline(report, entries),
    ...checkEntryCollisions(entries),
    ...checkPageIds(report, entries),
  ];
}
