/**
 * The only module that reads content collections. Returns the report, its sections and entries in
 * document order, typed, with paths and anchors worked out — and fails the build, naming file and
 * item, when the content contradicts itself.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentFiles } from './content-files.ts';
import { contentRoot, reportRoots, type ReportRoot } from '../content-root.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Report, Section } from '../schemas/report.ts';
import { chartPlacements } from '../lib/charts/index.ts';
import { formatProblems, checkReport, type ReportCheckEntry, entryBudgetWarning } from '../lib/checks/index.ts';
import { openDataRow, type OpenDataRow, pageNeighbours, entryPath, reportPath, sectionPath, openingLabel, ui } from '../lib/publish/index.ts';
import { footnoteId, paragraphId, paragraphPrefix, readEntryText, type EntryText, cleanDeep, cleanText, cleanTextWarnings, parseJsonText, closedPart, type PartHeading } from '../lib/text/index.ts';
import { draftIndicators, draftWarning, reviewedIndicators, type DraftIndicator, indicatorAnchor, findNumbers, spreadFigures } from '../lib/figures/index.ts';
import { buildSeries, checkFollowUps, checkSeriesCharts, parseFollowUp, seriesAsOf, type Series, type SeriesPoint } from '../lib/series/index.ts';

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

/** Longest meta description made from an entry's opening words when it has no summary. */
const DESCRIPTION_MAX = 160;

/** One entry of the report, ready for pages. */
export interface ReportEntry {
  /** Its id in its report (the file name without `.mdx`). */
  id: string;
  /** Its report's id ('' when the site is one report) and path prefix ('' or "/2021-9-thang"). */
  reportId: string;
  basePath: string;
  collection: SectionCollection;
  section: Section & { path: string };
  /** Its frontmatter, with `title` always set: an untitled task's is its opening words, shortened at a word (`openingLabel`). */
  data: Omit<RawEntry['data'], 'title'> & { title: string };
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
  /** Full name for links and titles: "II.1.b. Kinh tế cửa khẩu", "Nhiệm vụ 3: …"; the title alone when the original prints no heading. */
  name: string;
  /** The heading as printed ("b) Kinh tế cửa khẩu"), or the title when the original prints none. */
  heading: string;
  /** Meta description: the summary, else the opening words of its text (never shown as a summary line). */
  description: string;
  /** The entry before it in reading order (tasks: the previous task). */
  previous?: ReportEntry;
  /** The entry after it in reading order (tasks: the next task). */
  next?: ReportEntry;
  /** The earlier report's task it follows up (`followsUp`), with that report. */
  followsUp?: FollowUp;
  /** For a task: the later reports' entries that follow it up, oldest report first. */
  followedBy: FollowUp[];
}

/** One end of a follow-up: an entry and the report it belongs to. */
export interface FollowUp {
  entry: ReportEntry;
  report: Report;
}

/** A section with its entries in document order. */
export interface ReportSection extends Section {
  path: string;
  entries: ReportEntry[];
}

/** Everything the pages need. */
export interface ReportData {
  /** The report's id: its folder under `reports/`, or '' when the content root is one report. */
  id: string;
  /** Prefix of every path of its pages: '' (one report, at the site root) or "/<id>". */
  basePath: string;
  /** Its folder (the content root itself, or `reports/<id>`), for messages. */
  dir: string;
  report: Report;
  sections: ReportSection[];
  /** All entries in document order. */
  entries: ReportEntry[];
  indicators: LocatedIndicator[];
  /** The report's main points, each checked verbatim against its paragraph. */
  mainPoints: LocatedMainPoint[];
  /** Indicators still marked `draft: true`: in no page, chart or open data, listed in the build's one draft warning. */
  drafts: DraftIndicator[];
}

/** A main point with the paragraph it quotes. */
export interface LocatedMainPoint {
  /** The sentence as printed. */
  quote: string;
  /** Its entry. */
  entry: ReportEntry;
  /** Anchor of the paragraph ("ii-1-b-1"). */
  anchor: string;
  /** Site path of the entry page plus anchor. */
  path: string;
  /** The part (a top-level outline heading) whose closing paragraph it quotes, when it does: a report's own summary. */
  closes?: PartHeading | undefined;
}

/** The hint under every content error. */
const CONTENT_HINT = 'Each line names the file (and line or item) at fault; fix it in the content folder and build again.';

/** Every report of the site. */
export interface SiteData {
  /** Whether the content root holds several reports (`reports/<id>/`, each published under `/<id>/`). */
  multi: boolean;
  /** Every report, newest first (by `date`, then id). */
  reports: ReportData[];
  /** Every indicator with a value as a series across reports (most have one point), oldest report first. */
  series: Series[];
}

let cached: Promise<SiteData> | undefined;

/** Load, order, check and cache every report of the content root. */
export function getSite(): Promise<SiteData> {
  cached ??= loadSite();
  return cached;
}

/**
 * One report: the one whose id a page's `report` parameter names, or with no id (a page of a
 * one-report site, or the site's own pages) the only report or the newest.
 */
export async function getReportData(id?: string): Promise<ReportData> {
  const { reports } = await getSite();
  const found = id ? reports.find((r) => r.id === id) : reports[0];
  if (!found) throw new AstroError(`content: no report "${id}"`, 'A page asked for a report the content root does not hold.');
  return found;
}

async function loadSite(): Promise<SiteData> {
  let roots: ReportRoot[];
  try {
    roots = reportRoots(contentRoot);
  } catch (error) {
    throw new AstroError(error instanceof Error ? error.message : String(error), CONTENT_HINT);
  }
  const multi = roots.some((r) => r.id !== '');
  const reportEntries = await getCollection('report');
  const reports: ReportData[] = [];
  for (const root of roots) {
    const reportEntry = multi ? reportEntries.find((e) => e.id === root.id) : reportEntries[0];
    reports.push(await load(root, reportEntry?.data));
  }
  const problems = siteProblems(reports);
  if (problems.length > 0) throw new AstroError(`Report content is inconsistent:\n${formatProblems(problems)}`, CONTENT_HINT);
  // One warning for every draft of every report, not one per file.
  const drafts = draftWarning(reports.flatMap((r) => r.drafts));
  if (drafts) console.warn(drafts);
  reports.sort((a, b) => (a.report.date === b.report.date ? b.id.localeCompare(a.id) : a.report.date < b.report.date ? 1 : -1));
  linkFollowUps(reports);
  const series = buildSeries(reports.flatMap(seriesPoints));
  const declared = reports.flatMap((r) => r.indicators.flatMap((i) => (i.seriesChart ? [{ file: i.entry.file, seriesId: i.series ?? i.id }] : [])));
  const chartProblems = checkSeriesCharts(series, declared);
  if (chartProblems.length > 0) throw new AstroError(`Report content is inconsistent:\n${formatProblems(chartProblems)}`, CONTENT_HINT);
  return { multi, reports, series };
}

/** Checks across reports: what one report says of another (`followsUp`). */
function siteProblems(reports: ReportData[]): { file: string; message: string }[] {
  const declared = reports.flatMap((r) => r.entries.flatMap((e) => (e.data.followsUp ? [{ file: e.file, reportId: r.id, followsUp: e.data.followsUp }] : [])));
  return checkFollowUps(declared, reports.map((r) => ({ id: r.id, tasks: r.entries.flatMap((e) => (e.task !== undefined ? [String(e.task)] : [])) })));
}

/** Each `followsUp` joins its entry and the task it names, both ways (the checks have passed). */
function linkFollowUps(reports: ReportData[]): void {
  const byId = new Map(reports.map((r) => [r.id, r]));
  for (const data of [...reports].reverse()) {
    for (const entry of data.entries) {
      const ref = entry.data.followsUp ? parseFollowUp(entry.data.followsUp) : undefined;
      const target = ref ? byId.get(ref.reportId) : undefined;
      const task = target?.entries.find((e) => e.task !== undefined && String(e.task) === ref?.task);
      if (!target || !task) continue;
      entry.followsUp = { entry: task, report: target.report };
      task.followedBy.push({ entry, report: data.report });
    }
  }
}

/** A report's indicators with a value, as points of their series. */
function seriesPoints(data: ReportData): SeriesPoint[] {
  return data.indicators.flatMap((i) =>
    i.value === undefined
      ? []
      : [{ seriesId: i.series ?? i.id, indicatorId: i.id, label: i.label, value: i.value, unit: i.unit, qualifier: i.qualifier, period: i.period, reportId: data.id, reportTitle: data.report.shortTitle, reportDate: data.report.date, file: i.entry.file, path: i.path }],
  );
}

/**
 * An indicator's series as its report saw it (points of reports no newer than it, so a published page
 * never changes when a newer report is added), when it has at least two points.
 */
export function seriesOf(site: SiteData, data: ReportData, indicator: Indicator): Series | undefined {
  const id = indicator.series ?? indicator.id;
  const series = site.series.find((s) => s.id === id);
  const seen = series ? seriesAsOf(series, data.report.date, data.id) : undefined;
  return seen && seen.points.length >= 2 ? seen : undefined;
}

/** A report's `report` route parameter: its id, or undefined for a one-report site (its pages at the root). */
export function reportParam(data: ReportData): string | undefined {
  return data.id || undefined;
}

/** `getStaticPaths` of a page every report has once (its full text, its open data): one route per report. */
export async function reportRoutes(): Promise<{ params: { report: string | undefined } }[]> {
  const { reports } = await getSite();
  return reports.map((d) => ({ params: { report: reportParam(d) } }));
}

async function load(root: ReportRoot, report: Report | undefined): Promise<ReportData> {
  if (!report) {
    // Astro's file loader logs a JSON syntax error without its place; read the file again to name it.
    if (existsSync(reportFile(root.dir))) {
      try {
        parseJsonText(readFileSync(reportFile(root.dir), 'utf8'), reportFile(root.dir));
      } catch (error) {
        throw new AstroError(error instanceof Error ? error.message : String(error), 'Fix the JSON at that line and column; every key needs a value and a comma before the next.');
      }
    }
    throw new AstroError('content: report.json is missing or empty', `Create ${reportFile(root.dir)} (see the README for its fields).`);
  }
  const basePath = root.id ? `/${root.id}` : '';

  const sections: ReportSection[] = [];
  for (const section of report.sections) {
    const all = (await getCollection(section.collection)) as RawEntry[];
    // Several reports share a collection; an entry's id is "<report>/<file>".
    const own = root.id ? all.filter((r) => r.id.startsWith(`${root.id}/`)) : all;
    const entries = own.map((r) => toEntry(cleanEntry(r), root, section, report.description)).sort((a, b) => a.data.order - b.data.order);
    sections.push({ ...section, path: reportPath(basePath, sectionPath(section.segment)), entries });
  }
  const entries = sections.flatMap((s) => s.entries).sort((a, b) => a.data.order - b.data.order);
  const drafts = draftIndicators(entries.map((e) => ({ file: e.file, indicators: e.raw.data.indicators })));
  linkNeighbours(entries);
  const placeProblems = placementProblems(entries);
  if (placeProblems.length > 0) {
    throw new AstroError(`Report content is inconsistent:\n${formatProblems(placeProblems)}`, CONTENT_HINT);
  }

  const problems = checkReport({
    report: { file: reportFile(root.dir), sections: report.sections, outline: report.outline, mainPoints: report.mainPoints, defaultPeriod: report.defaultPeriod },
    entries: entries.map(toChecked),
    files: contentFiles(root.dir),
    taskCollection: TASK_COLLECTION,
    components: BODY_COMPONENTS,
  });
  if (problems.length > 0) {
    throw new AstroError(`Report content is inconsistent:\n${formatProblems(problems)}`, CONTENT_HINT);
  }

  for (const e of entries) {
    const warning = entryBudgetWarning(e.file, Buffer.byteLength(e.raw.body ?? '', 'utf8'));
    if (warning) console.warn(warning);
  }

  const indicators = entries.flatMap((entry) => entry.data.indicators.map((i) => locate(i, entry, report)));
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const mainPoints = report.mainPoints.flatMap((p) => {
    const entry = byKey.get(p.entry);
    if (!entry) return [];
    const anchor = paragraphId(entry.anchorPrefix, p.paragraph);
    const closes = closedPart(report.outline, entries.map((e) => e.data.order), { order: entry.data.order, paragraph: p.paragraph, paragraphCount: entry.text.paragraphs.length });
    return [{ quote: p.quote, entry, anchor, path: `${entry.path}#${anchor}`, closes }];
  });
  return { id: root.id, basePath, dir: root.dir, report, sections, entries, indicators, mainPoints, drafts };
}

/**
 * The one place entries are read: body and frontmatter in NFC, zero-width characters removed, each
 * removal named in a warning with its file and line (the page's text nodes get the same in `rehype-report`).
 */
function cleanEntry(raw: RawEntry): RawEntry {
  const file = raw.filePath ?? raw.id;
  const path = resolve(file);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : (raw.body ?? '');
  for (const warning of cleanTextWarnings(file, text)) console.warn(warning);
  return { ...raw, data: cleanDeep(raw.data), ...(raw.body === undefined ? {} : { body: cleanText(raw.body) }) };
}

function toEntry(raw: RawEntry, root: ReportRoot, section: Section, reportDescription: string): ReportEntry {
  const id = root.id ? raw.id.slice(root.id.length + 1) : raw.id;
  const basePath = root.id ? `/${root.id}` : '';
  const task = section.collection === TASK_COLLECTION ? raw.data.task : undefined;
  const path = reportPath(basePath, task !== undefined ? entryPath(section.segment, String(task)) : entryPath(section.segment, id));
  const anchorPrefix = paragraphPrefix(raw.data, ui.taskAnchorPrefix) ?? id;
  const file = raw.filePath ?? `${section.collection}/${id}.mdx`;
  const label = task !== undefined ? ui.task(task) : raw.data.number;
  const text = readText(raw.body ?? '', anchorPrefix, file);
  const opening = text.paragraphs[0]?.text ?? '';
  const title = raw.data.title ?? (task !== undefined ? openingLabel(opening) : '');
  return {
    id,
    reportId: root.id,
    basePath,
    collection: section.collection,
    section: { ...section, path: reportPath(basePath, sectionPath(section.segment)) },
    // Drafts (`draft: true`) are left out here, before any check, page or open data sees them.
    data: { ...raw.data, title, indicators: reviewedIndicators(raw.data.indicators) },
    raw,
    path,
    anchorPrefix,
    file,
    text,
    ...(task !== undefined ? { task } : {}),
    label,
    name: task !== undefined ? `${label}: ${title}` : raw.data.marker !== undefined ? `${raw.data.number}. ${title}` : title,
    heading: raw.data.marker !== undefined ? `${raw.data.marker} ${title}` : title,
    description: raw.data.summary ?? (openingLabel(opening, DESCRIPTION_MAX) || reportDescription),
    followedBy: [],
  };
}

/**
 * Entries the pages could not name or place: no title on an entry that is not a task (or a task with
 * neither title nor text), and an entry printed after the signature whose order comes before an entry
 * printed above it.
 */
function placementProblems(entries: ReportEntry[]): { file: string; message: string }[] {
  const problems: { file: string; message: string }[] = [];
  for (const e of entries.filter((e) => e.data.title === '')) {
    problems.push({
      file: e.file,
      message: e.task !== undefined ? 'title: a task without a title needs text to be named by; add a title or its text' : 'title: missing; only a task (with `task: N`) may leave it out',
    });
  }
  const body = entries.filter((e) => e.data.afterSignature !== true);
  for (const e of entries.filter((e) => e.data.afterSignature === true)) {
    const later = body.find((b) => b.data.order > e.data.order);
    if (later) problems.push({ file: e.file, message: `afterSignature: order ${e.data.order} comes before ${later.file} (order ${later.data.order}), which is printed above the signature; give it an order after every such entry` });
  }
  return problems;
}

/** The text model of a body; a body the MDX grammar cannot read fails naming the file and the place. */
function readText(body: string, prefix: string, file: string): EntryText {
  try {
    return readEntryText(body, prefix);
  } catch (error) {
    throw new AstroError(`${file}: the text cannot be read as MDX: ${error instanceof Error ? error.message : String(error)}`, CONTENT_HINT);
  }
}

/** Path of a report's report.json, for messages. */
function reportFile(dir: string): string {
  return join(dir, 'report.json');
}


/** Lines of an entry's file above its body (the frontmatter), so body problems can give file lines. */
function bodyLineOffset(entry: ReportEntry, body: string): number {
  const path = resolve(entry.file);
  if (!existsSync(path)) return 0;
  // The body was cleaned on read (`cleanEntry`), which keeps its lines: find it in the cleaned file.
  const text = cleanText(readFileSync(path, 'utf8')).replace(/\r\n?/g, '\n');
  const start = text.lastIndexOf(body.replace(/\r\n?/g, '\n'));
  return start < 0 ? 0 : text.slice(0, start).split('\n').length - 1;
}

/** Components a body may place (those of components/mdx). */
const BODY_COMPONENTS: ReadonlySet<string> = new Set(['Chart']);

/** Each entry learns its previous and next page (see `pageNeighbours`). */
function linkNeighbours(entries: ReportEntry[]): void {
  for (const [entry, { previous, next }] of pageNeighbours(entries)) {
    if (previous) entry.previous = previous;
    if (next) entry.next = next;
  }
}

/** What the report checks need of an entry. */
function toChecked(entry: ReportEntry): ReportCheckEntry {
  const body = entry.raw.body ?? '';
  return {
    file: entry.file,
    collection: entry.collection,
    id: entry.id,
    order: entry.data.order,
    title: entry.data.title,
    task: entry.task,
    path: entry.path,
    anchorPrefix: entry.anchorPrefix,
    body,
    bodyLineOffset: bodyLineOffset(entry, body),
    text: entry.text,
    indicators: entry.data.indicators,
    charts: entry.data.charts.map((c) => ({ id: c.id, indicators: c.indicators, measure: c.measure, type: c.type, ...(c.labels ? { labels: c.labels } : {}) })),
    relations: entry.data.relatedTasks,
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

/** The home page's few headline figures: the sections' headline indicators taken in turn, at most `max`. */
export function homeFigures(data: ReportData, max = 4): LocatedIndicator[] {
  const headline = headlineIndicators(data);
  return spreadFigures(data.sections.map((s) => headline.filter((i) => i.entry.collection === s.collection)), max);
}

/** Every indicator as an open-data row, in document order; `url` turns a site path into the URL a download carries. */
export function openDataRows(data: ReportData, url: (path: string) => string): OpenDataRow[] {
  return data.indicators.map((i) =>
    openDataRow({ indicator: i, period: i.period, sectionNumber: i.entry.data.number, sectionTitle: i.entry.data.title, url: url(i.path) }),
  );
}
