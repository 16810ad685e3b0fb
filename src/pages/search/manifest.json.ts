/** The split search index's manifest: the reports and their shards with their gzip sizes (lib/search/shards.ts). */
import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/search';

export const GET: APIRoute = async () => {
  const { manifest } = await getSearchIndex();
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
