/**
 * The split search index, pure and shared by the build (which writes it) and the browser (which reads
 * only what a query needs). Documents are sharded by report, then by the first `prefixLength` letters
 * of their folded words: shard "ki" of a report holds every document of that report with a word that
 * starts with "ki". A document is in every shard of its words' prefixes (duplicated, so that one shard
 * answers a word on its own). As a record must hold every word of the query, one shard per report is
 * enough: the one of the query word whose shards weigh least. A small manifest names the reports and
 * their shards with their gzip sizes, so the browser picks before it fetches.
 */
import { foldVietnamese } from '../text/fold.ts';
import { createSearchEngine, queryWords, SEARCH_KEYS, SEARCH_PREFIX_LENGTH, tokenize, type FuseClass, type SearchDocument, type SearchEngine } from './engine.ts';

/**
 * A document as a shard serves it: without `folded` (the browser folds `text` again with the same
 * `foldVietnamese`) nor `report` (the shard names it), with its place among its report's documents.
 */
export type ShardDocument = Omit<SearchDocument, 'folded' | 'report'> & {
  /** Its place in its report's documents, from 0: merged shards keep document order and hold it once. */
  i: number;
};

/** What one shard file holds. */
export interface SearchShard {
  /** Report id. */
  report: string;
  /** Folded prefix its documents share a word with ("" when the report is one shard). */
  prefix: string;
  /** The documents, in document order. */
  documents: ShardDocument[];
}

/** A shard as the manifest lists it (its file is `shardFile(report, prefix)`). */
export interface ManifestShard {
  /** Folded prefix ("ki"); a word shorter than the prefix length is its own prefix ("a", "9"). */
  prefix: string;
  /** Size of its file, gzip, in bytes: what fetching it costs. */
  bytes: number;
}

/** A report as the manifest lists it. */
export interface ManifestReport {
  /** Report id (a URL segment). */
  id: string;
  /** Its title, for the report filter. */
  title: string;
  /** Its shards, by prefix. */
  shards: ManifestShard[];
}

/** `search/manifest.json`: the reports and their shards; the first thing a search fetches. */
export interface SearchManifest {
  /** Letters of a folded word that name its shard. */
  prefixLength: number;
  /** The reports, in the site's order. */
  reports: ManifestReport[];
}

/** A report's documents as the index builder needs them. */
export interface SearchReportSource {
  /** Report id (a URL segment, lowercase ASCII). */
  id: string;
  /** Title for the report filter. */
  title: string;
  /** Its search documents (`buildSearchDocuments`). */
  documents: SearchDocument[];
}

/** A built split index: the manifest and every shard file, by site path. */
export interface SplitIndex {
  /** The manifest. */
  manifest: SearchManifest;
  /** Shard files by their site path ("/search/bao-cao/ki.json"), serialised as served. */
  files: Map<string, string>;
}

/** Site path of the manifest, without the deploy base. */
export const SEARCH_MANIFEST_PATH = '/search/manifest.json';

/** Site path of a report's shard, without the deploy base: "/search/bao-cao/ki.json". */
export function shardFile(report: string, prefix: string): string {
  return `/search/${report}/${shardFileName(prefix)}.json`;
}

/** The shard prefix of a folded word: its first `length` characters ("kinh" → "ki"). */
export function wordPrefix(word: string, length = SEARCH_PREFIX_LENGTH): string {
  return Array.from(word).slice(0, length).join('');
}

/**
 * A file-safe name for a prefix: ASCII letters and digits as they are, any other character as "_" and
 * its code point in hex ("3." → "3_2e"); the empty prefix (one shard a report) is "all".
 */
export function shardFileName(prefix: string): string {
  if (prefix === '') return 'all';
  return Array.from(prefix, (c) => (/^[a-z0-9]$/.test(c) ? c : `_${(c.codePointAt(0) ?? 0).toString(16)}`)).join('');
}

/** The shard prefixes of a document: of every folded word it holds, sorted. */
export function documentPrefixes(folded: string, length = SEARCH_PREFIX_LENGTH): string[] {
  return [...new Set(tokenize(folded).map((w) => wordPrefix(w, length)))].sort();
}

/**
 * Split reports' documents into shards and list them in a manifest. `gzipSize` measures a file as
 * served (the build passes zlib; the manifest records it so the browser can choose the lightest shard).
 * Fails, naming the report, on an id that is no URL segment or used twice.
 */
export function buildSplitIndex(reports: SearchReportSource[], gzipSize: (body: string) => number, prefixLength = SEARCH_PREFIX_LENGTH): SplitIndex {
  const files = new Map<string, string>();
  const seen = new Set<string>();
  const manifest: SearchManifest = { prefixLength, reports: [] };
  for (const report of reports) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(report.id)) throw new Error(`search index: report id "${report.id}" (${report.title}) must be lowercase ASCII kebab-case, as it names a folder of the index`);
    if (seen.has(report.id)) throw new Error(`search index: report id "${report.id}" is used by two reports`);
    seen.add(report.id);
    const byPrefix = new Map<string, ShardDocument[]>();
    for (const [i, { folded, report: _report, ...rest }] of report.documents.entries()) {
      const doc: ShardDocument = { ...rest, i };
      for (const prefix of prefixLength === 0 ? [''] : documentPrefixes(folded, prefixLength)) {
        const list = byPrefix.get(prefix);
        if (list) list.push(doc);
        else byPrefix.set(prefix, [doc]);
      }
    }
    const shards: ManifestShard[] = [];
    for (const prefix of [...byPrefix.keys()].sort()) {
      const documents = byPrefix.get(prefix) ?? [];
      const body = JSON.stringify({ report: report.id, prefix, documents } satisfies SearchShard);
      files.set(shardFile(report.id, prefix), body);
      shards.push({ prefix, bytes: gzipSize(body) });
    }
    manifest.reports.push({ id: report.id, title: report.title, shards });
  }
  return { manifest, files };
}

/** The shards of one report that a query word needs: the shard of its prefix, or for a word shorter than the prefix every shard it begins. */
export function shardsForWord(report: ManifestReport, word: string, prefixLength: number): ManifestShard[] {
  const prefix = wordPrefix(word, prefixLength);
  if (Array.from(word).length >= prefixLength) return report.shards.filter((s) => s.prefix === prefix);
  return report.shards.filter((s) => s.prefix.startsWith(word));
}

/** The shards a query needs in one report, and the query word that chose them. */
export interface ShardChoice {
  /** Report id. */
  report: string;
  /** The query word whose shards weigh least; every result holds a match for it. */
  word: string;
  /** Its shards (none: the report holds no word with that prefix, so no result). */
  shards: ManifestShard[];
}

/**
 * For each report searched, the lightest set of shards that holds every possible result of the query:
 * a result must match every query word, so the shards of any one word will do; the word whose shards
 * weigh least (gzip, from the manifest) is chosen. A query without words needs none.
 */
export function chooseShards(manifest: SearchManifest, query: string, reportIds?: readonly string[]): ShardChoice[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const reports = reportIds ? manifest.reports.filter((r) => reportIds.includes(r.id)) : manifest.reports;
  return reports.map((report) => {
    let best: ShardChoice | undefined;
    let bestBytes = Number.POSITIVE_INFINITY;
    for (const word of words) {
      const shards = shardsForWord(report, word, manifest.prefixLength);
      const bytes = shards.reduce((sum, s) => sum + s.bytes, 0);
      if (bytes < bestBytes) {
        best = { report: report.id, word, shards };
        bestBytes = bytes;
      }
    }
    return best as ShardChoice;
  });
}

/**
 * The documents of loaded shards as the engine takes them: folded again, tagged with their report,
 * each URL once (a document stands in several shards of its report), reports in the order of their first shard, documents in document order.
 */
export function mergeShards(shards: readonly SearchShard[]): SearchDocument[] {
  const byReport = new Map<string, Map<number, ShardDocument>>();
  for (const shard of shards) {
    const docs = byReport.get(shard.report) ?? new Map<number, ShardDocument>();
    byReport.set(shard.report, docs);
    for (const doc of shard.documents) docs.set(doc.i, doc);
  }
  return [...byReport].flatMap(([report, docs]) =>
    [...docs.values()]
      .sort((a, b) => a.i - b.i)
      .map(({ i: _i, ...doc }) => ({ ...doc, report, folded: foldVietnamese(doc.text) })),
  );
}

/**
 * An engine over loaded shards: their documents merged (`mergeShards`) and indexed by Fuse on the spot
 * (the field-length norms are all the engine reads from the index, and computing them costs less than
 * downloading them). Fuse scores a document on its own text only, so results over the shards a query
 * chose are the results over the whole index.
 */
export function createShardEngine(FuseCtor: FuseClass, shards: readonly SearchShard[]): SearchEngine {
  const documents = mergeShards(shards);
  return createSearchEngine(FuseCtor, { documents, index: FuseCtor.createIndex(SEARCH_KEYS, documents).toJSON() });
}
