/** The search index, built once at build time: documents plus Fuse's serialised index. */
import type { APIRoute } from 'astro';
import Fuse from 'fuse.js';
import { getReportData, TASK_COLLECTION, type ReportEntry } from '../data/report';
import { indicatorRowPath } from '../lib/paths';
import { buildSearchDocuments, SEARCH_KEYS, type SearchIndexPayload } from '../lib/search';
import { ui } from '../lib/ui-text';

const isTask = (e: ReportEntry) => e.collection === TASK_COLLECTION && e.data.task !== undefined;
const label = (e: ReportEntry) => (isTask(e) ? ui.task(e.data.task ?? 0) : e.data.number);

export const GET: APIRoute = async () => {
  const { entries, indicators } = await getReportData();
  const documents = buildSearchDocuments(
    entries.map((e) => ({
      path: e.path,
      number: label(e),
      title: e.data.title,
      anchorPrefix: e.anchorPrefix,
      body: e.raw.body ?? '',
      ...(isTask(e) ? { taskLabel: `${label(e)}: ${e.data.title}` } : {}),
    })),
    // "Số liệu" hits land on the figure's row of the open-data table.
    indicators.map((i) => ({
      path: indicatorRowPath(i.id),
      number: label(i.entry),
      title: i.entry.data.title,
      label: i.label,
      value: i.value,
      unit: i.unit,
      period: i.period,
    })),
  );
  const payload: SearchIndexPayload = { documents, index: Fuse.createIndex(SEARCH_KEYS, documents).toJSON() };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
