/** The search index, built once at build time: documents plus Fuse's serialised index. */
import type { APIRoute } from 'astro';
import Fuse from 'fuse.js';
import { gzipSync } from 'node:zlib';
import { searchIndexBudgetWarning } from '../lib/budgets';
import { getReportData } from '../data/report';
import { indicatorRowPath } from '../lib/paths';
import { buildSearchDocuments, SEARCH_KEYS, type SearchIndexPayload } from '../lib/search/index.ts';

export const GET: APIRoute = async () => {
  const { entries, indicators } = await getReportData();
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
      path: indicatorRowPath(i.id),
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
  const payload: SearchIndexPayload = { documents, index: Fuse.createIndex(SEARCH_KEYS, documents).toJSON() };
  const body = JSON.stringify(payload);
  const warning = searchIndexBudgetWarning(gzipSync(body).length);
  if (warning) console.warn(warning);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
