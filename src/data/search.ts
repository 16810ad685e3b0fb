/**
 * The split search index of the site, computed once per build: each report's search documents (from
 * its entries and indicators), sharded by `lib/search/shards.ts`. The search endpoints serve it.
 */
import { gzipSync } from 'node:zlib';
import { searchShardBudgetWarning } from '../lib/checks/index.ts';
import { indicatorRowPath } from '../lib/publish/index.ts';
import { buildSearchDocuments, buildSplitIndex, shardFile, type SearchReportSource, type SplitIndex } from '../lib/search/index.ts';
import { getSite, type ReportData } from './report';

/**
 * Id of the report in the index of a one-report content root (its folder under search/). A content
 * root of several reports gives each its own id, the URL segment it is published under.
 */
export const SINGLE_REPORT_ID = 'bao-cao';

/** One report's search documents, under its id and short title. */
export function searchReportSource(id: string, data: ReportData): SearchReportSource {
  const { report, entries, indicators } = data;
  const documents = buildSearchDocuments(
    entries.map((e) => ({
      path: e.path,
      number: e.label,
      title: e.data.title,
      text: e.text,
      ...(e.task !== undefined ? { taskLabel: e.name } : {}),
    })),
    // "Số liệu" hits land on the figure's row of the open-data table.
    indicators.map((i) => ({
      path: indicatorRowPath(i.id, data.basePath),
      number: i.entry.label,
      title: i.entry.data.title,
      label: i.label,
      value: i.value,
      unit: i.unit,
      outOf: i.outOf,
      change: i.change,
      period: i.period,
    })),
  );
  return { id, title: report.shortTitle, documents };
}

let built: Promise<SplitIndex> | undefined;

/** The site's split index, every report under its id (built once; warns when its heaviest shard is over budget). */
export function getSearchIndex(): Promise<SplitIndex> {
  built ??= getSite().then((site) => {
    const sources = site.reports.map((data) => searchReportSource(data.id || SINGLE_REPORT_ID, data));
    const index = buildSplitIndex(sources, (body) => gzipSync(body).length);
    const heaviest = index.manifest.reports
      .flatMap((r) => r.shards.map((s) => ({ file: shardFile(r.id, s.prefix), bytes: s.bytes })))
      .reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
    const warning = searchShardBudgetWarning(heaviest.file.slice(1), heaviest.bytes);
    if (warning) console.warn(warning);
    return index;
  });
  return built;
}
