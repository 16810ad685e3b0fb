/** The built split search index read whole (every report's shards merged), for specs that check what it holds. */
import { mergeShards, SEARCH_MANIFEST_PATH, shardFile, type SearchDocument, type SearchManifest, type SearchShard } from '../../src/lib/search/index.ts';

/** Every search document of a built site; `read` returns the body of a site path (a file of the output folder, or a request). */
export async function readSearchDocuments(read: (path: string) => Promise<string> | string): Promise<SearchDocument[]> {
  const manifest = JSON.parse(await read(SEARCH_MANIFEST_PATH)) as SearchManifest;
  const shards: SearchShard[] = [];
  for (const report of manifest.reports) for (const { prefix } of report.shards) shards.push(JSON.parse(await read(shardFile(report.id, prefix))) as SearchShard);
  return mergeShards(shards);
}
