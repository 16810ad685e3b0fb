/**
 * Search benchmark: `npm run bench:search` (after `npm run build`). Reads the index the build served
 * (`<ASTRO_OUT_DIR or dist>/search-index.json`), so it measures exactly what browsers download, and a
 * synthetic corpus ten times larger made from it. Prints a table and writes bench/search-results.json.
 * Figures, not a test: it exits 0 whatever they are, and says which targets they miss.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { createSearchEngine, SEARCH_KEYS, tokenize, type SearchDocument, type SearchEngine, type SearchIndexPayload } from '../src/lib/search/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist';
const indexFile = join(isAbsolute(outDir) ? outDir : join(root, outDir), 'search-index.json');
const queryFile = join(root, 'e2e/fixtures/search-queries.json');
const resultFile = join(root, 'bench/search-results.json');

/** Rounds of the whole query set timed after one warm-up round. */
const ROUNDS = 20;
/** Fresh loads timed for the parse figure. */
const LOADS = 10;
/** Targets from the search issue. */
const TARGETS = { gzipKB: 100, p95Ms: 5, p95Ms10x: 50 };

interface QueryCase {
  query: string;
  expect: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Deterministic PRNG (mulberry32), so the synthetic corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ten times the corpus: the real documents, plus nine copies of each whose words are shuffled (same
 * vocabulary and lengths, different phrases), as another nine reports of the same kind would add.
 */
function syntheticPayload(documents: SearchDocument[], factor: number): SearchIndexPayload {
  const next = random(2021);
  const docs: SearchDocument[] = [...documents];
  for (let copy = 1; copy < factor; copy += 1) {
    for (const d of documents) {
      const words = d.text.split(' ');
      for (let i = words.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [words[i], words[j]] = [words[j] as string, words[i] as string];
      }
      const text = words.join(' ');
      const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().normalize('NFC');
      docs.push({ ...d, url: `/ban-sao-${copy}${d.url}`, text, folded });
    }
  }
  return { documents: docs, index: Fuse.createIndex(SEARCH_KEYS, docs).toJSON() };
}

/** Median time of loading a served JSON into an engine (JSON.parse + vocabulary + parsed records). */
function parseTime(json: string): { ms: number; engine: SearchEngine } {
  const times: number[] = [];
  let engine: SearchEngine | undefined;
  for (let i = 0; i < LOADS; i += 1) {
    const t = performance.now();
    engine = createSearchEngine(Fuse, JSON.parse(json) as SearchIndexPayload);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: percentile(times, 50), engine: engine as SearchEngine };
}

/** Latency of every query of the set, ROUNDS times, after a warm-up round. */
function latency(engine: SearchEngine, queries: QueryCase[]): { p50: number; p95: number; max: number; samples: number } {
  for (const q of queries) engine.search(q.query);
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const q of queries) {
      const t = performance.now();
      engine.search(q.query);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? Number.NaN, samples: times.length };
}

/** Queries whose first five results land on no element holding the expected text. */
function missedAt5(engine: SearchEngine, documents: SearchDocument[], queries: QueryCase[]): QueryCase[] {
  // Where a URL lands: the paragraph or footnote it names, the page's title, or for a figure its row of
  // the open data (/du-lieu/#id), which shows what its record holds — as the e2e recall test reads it.
  const landing = new Map<string, string>();
  for (const d of documents) landing.set(d.url, `${landing.get(d.url) ?? ''} ${d.text}`);
  return queries.filter((q) => {
    const expected = q.expect.normalize('NFC').toLowerCase();
    return !engine.search(q.query, 5).some((h) => (landing.get(h.document.url) ?? '').toLowerCase().includes(expected));
  });
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

if (!existsSync(indexFile)) {
  console.error(`No built index at ${indexFile}. Build first: npm run build (or set ASTRO_OUT_DIR).`);
  process.exit(1);
}
const json = readFileSync(indexFile, 'utf8');
const queries = (JSON.parse(readFileSync(queryFile, 'utf8')) as { queries: QueryCase[] }).queries;
const payload = JSON.parse(json) as SearchIndexPayload;

const real = parseTime(json);
const realLatency = latency(real.engine, queries);
const bigJson = JSON.stringify(syntheticPayload(payload.documents, 10));
const big = parseTime(bigJson);
const missed5 = missedAt5(real.engine, payload.documents, queries);
const bigLatency = latency(big.engine, queries);

const result = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  source: relative(root, indexFile),
  queries: queries.length,
  rounds: ROUNDS,
  vocabulary: new Set(payload.documents.flatMap((d) => tokenize(d.folded))).size,
  corpus: {
    documents: payload.documents.length,
    rawKB: round(Buffer.byteLength(json) / 1024, 1),
    gzipKB: round(gzipSync(json).length / 1024, 1),
    parseMs: round(real.ms),
    p50Ms: round(realLatency.p50, 3),
    p95Ms: round(realLatency.p95, 3),
    maxMs: round(realLatency.max, 3),
    recallAt5: round(1 - missed5.length / queries.length, 3),
    missedAt5: missed5.map((q) => q.query),
  },
  corpus10x: {
    documents: big.engine.size,
    rawKB: round(Buffer.byteLength(bigJson) / 1024, 1),
    gzipKB: round(gzipSync(bigJson).length / 1024, 1),
    parseMs: round(big.ms),
    p50Ms: round(bigLatency.p50, 3),
    p95Ms: round(bigLatency.p95, 3),
    maxMs: round(bigLatency.max, 3),
  },
  targets: TARGETS,
};

const rows: [string, string, string, string][] = [
  ['figure', 'corpus', '10× corpus', 'target'],
  ['documents', String(result.corpus.documents), String(result.corpus10x.documents), ''],
  ['index raw (KB)', String(result.corpus.rawKB), String(result.corpus10x.rawKB), ''],
  ['index gzip (KB)', String(result.corpus.gzipKB), String(result.corpus10x.gzipKB), `≤ ${TARGETS.gzipKB} (corpus)`],
  ['parse + load (ms, median)', String(result.corpus.parseMs), String(result.corpus10x.parseMs), ''],
  ['query p50 (ms)', String(result.corpus.p50Ms), String(result.corpus10x.p50Ms), ''],
  ['query p95 (ms)', String(result.corpus.p95Ms), String(result.corpus10x.p95Ms), `≤ ${TARGETS.p95Ms} / ≤ ${TARGETS.p95Ms10x}`],
  ['query max (ms)', String(result.corpus.maxMs), String(result.corpus10x.maxMs), ''],
  ['recall@5 (engine)', String(result.corpus.recallAt5), '', '≥ 0.95 (through the UI: e2e)'],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
console.log(`Search benchmark ${result.date} — ${result.node}, ${result.cpu}`);
console.log(`${queries.length} queries × ${ROUNDS} rounds; index ${indexFile}`);
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
const missed = [
  result.corpus.gzipKB > TARGETS.gzipKB && `index gzip ${result.corpus.gzipKB} KB > ${TARGETS.gzipKB} KB`,
  result.corpus.p95Ms > TARGETS.p95Ms && `p95 ${result.corpus.p95Ms} ms > ${TARGETS.p95Ms} ms`,
  result.corpus10x.p95Ms > TARGETS.p95Ms10x && `10× p95 ${result.corpus10x.p95Ms} ms > ${TARGETS.p95Ms10x} ms`,
].filter(Boolean);
if (missed5.length > 0) console.log(`Not in the first five: ${missed5.map((q) => `"${q.query}"`).join(', ')}`);
console.log(missed.length === 0 ? 'All targets met.' : `Targets missed: ${missed.join('; ')}`);
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Written ${resultFile}`);
