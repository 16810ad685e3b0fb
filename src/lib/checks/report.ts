/**
 * Every check the build makes across a report, in one list of problems, each naming the file (and the
 * line or item) at fault: the structure (pages, ids, sections, outline, file names), raw HTML and
 * unnamed charts in bodies, indicators, footnotes and charts against the text, main points, and
 * relations to the Q4 tasks. Pure: the data layer gathers what it needs and fails the build when the
 * list is not empty.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { chartPlacements } from '../charts/spec.ts';
import { checkAll, type CheckedChart, type Problem } from './consistency.ts';
import { headingsOver } from '../text/contents.ts';
import { parseEntryBody, type EntryText } from '../text/entry-text.ts';
import { checkMainPoints, type MainPointRef } from '../text/main-points.ts';
import { chartsWithoutId, checkRawHtml } from './raw-html.ts';
import { checkTaskRelations, type TaskRelation } from './relations.ts';
import { checkStructure, type StructureReport } from './structure.ts';

/** What the checks need of one entry. */
export interface ReportCheckEntry {
  /** Path of the MDX file, for messages. */
  file: string;
  collection: string;
  id: string;
  /** Position in the original document. */
  order: number;
  /** Its heading as printed, when it has one (a period may be printed there). */
  title?: string | undefined;
  /** Q4 task number, for a task. */
  task?: number | undefined;
  /** Site path of its page. */
  path: string;
  /** Anchor prefix of its paragraphs. */
  anchorPrefix: string;
  /** Raw MDX body. */
  body: string;
  /** Lines of the file above the body (the frontmatter), so body problems can give file lines. */
  bodyLineOffset: number;
  /** The body's text model. */
  text: EntryText;
  indicators: Indicator[];
  charts: CheckedChart[];
  /** Its `relatedTasks`, as the schema normalises them. */
  relations: TaskRelation[];
}

/** What the checks need of the whole report. */
export interface ReportCheckInput {
  /** report.json: its path, sections, outline (with levels), main points and default period. */
  report: Omit<StructureReport, 'outline'> & {
    outline: (StructureReport['outline'][number] & { level: number })[];
    mainPoints: readonly MainPointRef[];
    defaultPeriod: string;
  };
  /** Every entry, in document order. */
  entries: ReportCheckEntry[];
  /** Every file of the content root as it is on disk, relative to it ("economy/kinh-te.mdx", "source/report.txt"). */
  files: string[];
  /** The collection that holds the Q4 tasks. */
  taskCollection: string;
  /** Components a body may place (`<Chart />`). */
  components: ReadonlySet<string>;
}

/** An empty body, raw HTML and `<Chart />` without an id in an entry body, each named by file and line. */
function bodyProblems(entry: ReportCheckEntry, components: ReadonlySet<string>): Problem[] {
  if (entry.body.trim() === '') return [{ file: entry.file, message: 'has no text below its frontmatter: its page would be empty; paste the section\'s text (or remove the file)' }];
  const tree = parseEntryBody(entry.body);
  const at = (line: number) => `${entry.file}:${line + entry.bodyLineOffset}`;
  return [
    ...checkRawHtml(tree, components).map((p) => ({ file: at(p.line), message: p.message })),
    ...chartsWithoutId(tree).map((line) => ({ file: at(line), message: '<Chart /> needs an id: <Chart id="…" /> naming a chart of this entry\'s frontmatter' })),
  ];
}

/** Every problem of the report, structure first, then bodies, data against text, main points and relations. */
export function checkReport({ report, entries, files, taskCollection, components }: ReportCheckInput): Problem[] {
  const paragraphs = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e.text.paragraphs]));
  return [
    ...checkStructure(
      report,
      entries.map((e) => ({
        file: e.file,
        collection: e.collection,
        order: e.order,
        ...(e.task !== undefined ? { task: e.task } : {}),
        path: e.path,
        anchorPrefix: e.anchorPrefix,
        paragraphIds: e.text.paragraphs.map((p) => p.id),
        chartIds: chartPlacements(e.body),
      })),
      files,
    ),
    ...entries.flatMap((e) => bodyProblems(e, components)),
    ...checkAll(
      entries.map((e) => ({
        ...e,
        periods: { defaultPeriod: report.defaultPeriod, headings: [...(e.title ? [e.title] : []), ...headingsOver(report.outline, e.order).map((h) => h.title)] },
      })),
    ),
    ...checkMainPoints(report.mainPoints, paragraphs).map((p) => ({ file: report.file, message: p.message })),
    ...checkTaskRelations(
      entries.map((e) => ({ file: e.file, id: e.id, collection: e.collection, task: e.task, paragraphCount: e.text.paragraphs.length, relations: e.relations })),
      taskCollection,
    ),
  ];
}
