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
import { bodyParagraphs, footnoteDefinitions, plainText } from '../lib/entry-text.ts';
import { valueOccursIn } from '../lib/format.ts';
import { paragraphPrefix } from '../lib/markdown/rehype-report.ts';
import { checkTaskRelations } from '../lib/relations.ts';
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

  const problems = checkAll(entries.map(toChecked), TASK_COLLECTION);
  const orders = new Map<number, string>();
  for (const e of entries) {
    const other = orders.get(e.data.order);
    if (other) problems.push({ file: e.file, message: `order ${e.data.order} is also used by ${other}` });
    orders.set(e.data.order, e.file);
  }
  const seen = new Set(problems.map((p) => `${p.file}: ${p.message}`));
  problems.push(...checkTaskRelations(entries.map(toRelationCheck), TASK_COLLECTION).filter((p) => !seen.has(`${p.file}: ${p.message}`)));
  if (problems.length > 0) throw new Error(`Report content is inconsistent:\n${formatProblems(problems)}`);

  const indicators = entries.flatMap((entry) => entry.data.indicators.map((i) => locate(i, entry, report)));
  return { report, sections, entries, indicators };
}

function toEntry(raw: RawEntry, section: Section): ReportEntry {
  const id = raw.id;
  const path = section.collection === TASK_COLLECTION && raw.data.task !== undefined ? entryPath(section.segment, String(raw.data.task)) : entryPath(section.segment, id);
  return {
    id,
    collection: section.collection,
    section: { ...section, path: sectionPath(section.segment) },
    data: raw.data,
    raw,
    path,
    anchorPrefix: paragraphPrefix(raw.data, ui.taskAnchorPrefix) ?? id,
    file: raw.filePath ?? `${section.collection}/${id}.mdx`,
  };
}

function toChecked(entry: ReportEntry): CheckedEntry {
  return {
    file: entry.file,
    collection: entry.collection,
    id: entry.id,
    body: entry.raw.body ?? '',
    indicators: entry.data.indicators,
    charts: entry.data.charts.map((c) => ({ id: c.id, indicators: c.indicators, measure: c.measure, type: c.type, ...(c.labels ? { labels: c.labels } : {}) })),
    relatedTasks: entry.data.relatedTasks.map((r) => r.id),
  };
}

function toRelationCheck(entry: ReportEntry) {
  return {
    file: entry.file,
    id: entry.id,
    collection: entry.collection,
    task: entry.data.task,
    paragraphCount: bodyParagraphs(entry.raw.body ?? '').length,
    relations: entry.data.relatedTasks,
  };
}

function locate(indicator: Indicator, entry: ReportEntry, report: Report): LocatedIndicator {
  const body = entry.raw.body ?? '';
  let anchor = `fn-${indicator.footnote}`;
  if (indicator.footnote === undefined) {
    const index = bodyParagraphs(body).findIndex((p) => valueOccursIn(indicator.value, plainText(p)));
    const note = footnoteDefinitions(body).find((f) => valueOccursIn(indicator.value, plainText(f.text)));
    // The consistency check has already made sure the value is printed in one of the two.
    anchor = index >= 0 ? `${entry.anchorPrefix}-${index + 1}` : `fn-${note?.label ?? ''}`;
  }
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

/** Previous and next entries in document order. */
export function neighbours(data: ReportData, entry: ReportEntry): { previous?: ReportEntry; next?: ReportEntry } {
  const i = data.entries.findIndex((e) => e === entry);
  const result: { previous?: ReportEntry; next?: ReportEntry } = {};
  const previous = data.entries[i - 1];
  const next = data.entries[i + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
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
