/**
 * The only module that reads content collections. Returns the report, its sections and entries in
 * document order, typed, with paths and anchors worked out — and fails the build, naming file and
 * item, when the content contradicts itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Chart } from '../schemas/chart.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Report, Section } from '../schemas/report.ts';
import { chartPlacements } from '../lib/charts.ts';
import { checkAll, formatProblems, type CheckedEntry } from '../lib/consistency.ts';
import { openDataRow, type OpenDataRow } from '../lib/open-data.ts';
import { footnoteId, paragraphPrefix } from '../lib/anchors.ts';
import { readEntryText, type EntryText } from '../lib/entry-text.ts';
import { indicatorAnchor } from '../lib/figure-match.ts';
import { findNumbers } from '../lib/figures.ts';
import { pageNeighbours } from '../lib/pagination.ts';
import { entryPath, sectionPath } from '../lib/paths.ts';
import { ui } from '../lib/ui-text.ts';

export type SectionCollection = Section['collection'];
export type RawEntry = CollectionEntry<SectionCollection>;

/** The collection that holds Q4 tasks. */
export const TASK_COLLECTION = 'q4-tasks' satisfies SectionCollection;

/** An indicator with where it comes from. */
export interface LocatedIndicator extends Indicator {
  /** Period, with the report's default filled in. */
  period: string;
  /** Anchor of the paragraph or footnote it is printed in. */
  anchor: string;
  /** Site path of its entry page plus anchor. */
  path: string;
  /** Its entry. */
  entry: ReportEntry;
}

/** One entry of the report, ready for pages. */
export interface ReportEntry {
  id: string;
  collection: SectionCollection;
  section: Section & { path: string };
  data: RawEntry['data'];
  raw: RawEntry;
  /** Site path of its page. */
  path: string;
  /** Anchor prefix of its paragraphs ("ii-1-b"). */
  anchorPrefix: string;
  /** Path of the MDX file, for messages. */
  file: string;
  /** Its text, read once: paragraphs with their ids, footnotes, references. */
  text: EntryText;
  /** For a Q4 task: its number (the task's page is `/<section>/<task>/`). */
  task?: number;
  /** Short label: the section number ("II.1.b") or the task's label ("Nhiệm vụ 3"). */
  label: string;
  /** Full name for links and titles: "II.1.b. Kinh tế cửa khẩu", "Nhiệm vụ 3: …". */
  name: string;
  /** The heading as printed ("b) Kinh tế cửa khẩu"), or the title when the original prints none. */
  heading: string;
  /** The entry before it in reading order (tasks: the previous task). */
  previous?: ReportEntry;
  /** The entry after it in reading order (tasks: the next task). */
  next?: ReportEntry;
}

/** A section with its entries in document order. */
export interface ReportSection extends Section {
  path: string;
  entries: ReportEntry[];
}

/** Everything the pages need. */
export interface ReportData {
  report: Report;
  sections: ReportSection[];
  /** All entries in document order. */
  entries: ReportEntry[];
  indicators: LocatedIndicator[];
}

let cached: Promise<ReportData> | undefined;

/** Load, order, check and cache the report. */
export function getReportData(): Promise<ReportData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ReportData> {
  const [reportEntry] = await getCollection('report');
  if (!reportEntry) throw new Error('content: report.json is missing or empty');
  const report = reportEntry.data;

  const sections: ReportSection[] = [];
  for (const section of report.sections) {
    const raw = (await getCollection(section.collection)) as RawEntry[];
    const entries = raw.map((r) => toEntry(r, section)).sort((a, b) => a.data.order - b.data.order);
    sections.push({ ...section, path: sectionPath(section.segment), entries });
  }
  const entries = sections.flatMap((s) => s.entries).sort((a, b) => a.data.order - b.data.order);
  linkNeighbours(entries);

  const problems = checkAll(entries.map(toChecked), TASK_COLLECTION);
  const orders = new Map<number, string>();
  for (const e of entries) {
    const other = orders.get(e.data.order);
    if (other) problems.push({ file: e.file, message: `order ${e.data.order} is also used by ${other}` });
    orders.set(e.data.order, e.file);
  }
  if (problems.length > 0) throw new Error(`Report content is inconsistent:\n${formatProblems(problems)}`);

  const indicators = entries.flatMap((entry) => entry.data.indicators.map((i) => locate(i, entry, report)));
  return { report, sections, entries, indicators };
}

function toEntry(raw: RawEntry, section: Section): ReportEntry {
  const id = raw.id;
  const task = section.collection === TASK_COLLECTION ? raw.data.task : undefined;
  const path = task !== undefined ? entryPath(section.segment, String(task)) : entryPath(section.segment, id);
  const anchorPrefix = paragraphPrefix(raw.data, ui.taskAnchorPrefix) ?? id;
  const file = raw.filePath ?? `${section.collection}/${id}.mdx`;
  const label = task !== undefined ? ui.task(task) : raw.data.number;
  return {
    id,
    collection: section.collection,
    section: { ...section, path: sectionPath(section.segment) },
    data: raw.data,
    raw,
    path,
    anchorPrefix,
    file,
    text: readText(raw.body ?? '', anchorPrefix, file),
    ...(task !== undefined ? { task } : {}),
    label,
    name: task !== undefined ? `${label}: ${raw.data.title}` : `${raw.data.number}. ${raw.data.title}`,
    heading: raw.data.marker !== undefined ? `${raw.data.marker} ${raw.data.title}` : raw.data.title,
  };
}

/** The text model of a body; a body the MDX grammar cannot read fails naming the file and the place. */
function readText(body: string, prefix: string, file: string): EntryText {
  try {
    return readEntryText(body, prefix);
  } catch (error) {
    throw new Error(`${file}: the text cannot be read as MDX: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Each entry learns its previous and next page (see `pageNeighbours`). */
function linkNeighbours(entries: ReportEntry[]): void {
  for (const [entry, { previous, next }] of pageNeighbours(entries)) {
    if (previous) entry.previous = previous;
    if (next) entry.next = next;
  }
}

function toChecked(entry: ReportEntry): CheckedEntry {
  return {
    file: entry.file,
    collection: entry.collection,
    id: entry.id,
    body: entry.raw.body ?? '',
    text: entry.text,
    indicators: entry.data.indicators,
    charts: entry.data.charts.map((c) => ({ id: c.id, indicators: c.indicators, measure: c.measure, type: c.type, ...(c.labels ? { labels: c.labels } : {}) })),
    relatedTasks: entry.data.relatedTasks.map((r) => r.id),
  };
}

function locate(indicator: Indicator, entry: ReportEntry, report: Report): LocatedIndicator {
  // The consistency check has already made sure the indicator is printed where it says.
  const anchor = indicatorAnchor(indicator, findNumbers(entry.text)) ?? footnoteId(String(indicator.footnote));
  return { ...indicator, period: indicator.period ?? report.defaultPeriod, anchor, path: `${entry.path}#${anchor}`, entry };
}

/** Entries related to a task (the entries whose `relatedTasks` name it). */
export function resultsForTask(data: ReportData, task: ReportEntry): ReportEntry[] {
  return data.entries.filter((e) => e.data.relatedTasks.some((r) => r.id === task.id));
}

/** Task entries an entry names in `relatedTasks`, in document order. */
export function tasksForEntry(data: ReportData, entry: ReportEntry): ReportEntry[] {
  const ids = new Set(entry.data.relatedTasks.map((r) => r.id));
  return data.entries.filter((e) => e.collection === TASK_COLLECTION && ids.has(e.id));
}

/** A chart placed in an entry body, numbered in document order across the site ("Hình N"). */
export interface ReportFigure {
  /** Position among all placed charts, from 1: entries in document order, placements in body order. */
  number: number;
  chart: Chart;
  entry: ReportEntry;
  /** The chart's indicators, in the chart's order. */
  indicators: LocatedIndicator[];
}

const figureCache = new WeakMap<ReportData, ReportFigure[]>();

/** Every chart placed with `<Chart id="…" />`, numbered in document order. */
export function reportFigures(data: ReportData): ReportFigure[] {
  let figures = figureCache.get(data);
  if (!figures) {
    const located = new Map(data.indicators.map((i) => [i.id, i]));
    figures = data.entries.flatMap((entry) =>
      chartPlacements(entry.raw.body ?? '').flatMap((id) => {
        const chart = entry.data.charts.find((c) => c.id === id);
        return chart ? [{ chart, entry, indicators: chart.indicators.flatMap((i) => located.get(i) ?? []) }] : [];
      }),
    ).map((f, n) => ({ ...f, number: n + 1 }));
    figureCache.set(data, figures);
  }
  return figures;
}

/** Headline indicators of the whole report, in document order. */
export function headlineIndicators(data: ReportData): LocatedIndicator[] {
  return data.indicators.filter((i) => i.headline);
}

/** Every indicator as an open-data row, in document order; `url` turns a site path into an absolute URL. */
export function openDataRows(data: ReportData, url: (path: string) => string): OpenDataRow[] {
  return data.indicators.map((i) =>
    openDataRow({ indicator: i, period: i.period, sectionNumber: i.entry.data.number, sectionTitle: i.entry.data.title, url: url(i.path) }),
  );
}
