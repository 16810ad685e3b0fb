/** The search index, built once at build time: documents plus Fuse's serialised index. */
import type { APIRoute } from 'astro';
import Fuse from 'fuse.js';
import { getReportData } from '../data/report';
import { buildSearchDocuments, SEARCH_KEYS, type SearchIndexPayload } from '../lib/search';

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
    indicators.map((i) => ({
      path: i.path,
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
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
