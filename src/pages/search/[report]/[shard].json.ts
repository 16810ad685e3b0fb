/** One shard of the split search index: a report's documents holding a word of one folded prefix (lib/search/shards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/search';

export const getStaticPaths = (async () => {
  const { files } = await getSearchIndex();
  return [...files].map(([file, body]) => {
    const [, , report = '', name = ''] = file.split('/');
    return { params: { report, shard: name.replace(/\.json$/, '') }, props: { body } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
