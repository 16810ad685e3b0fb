/**
 * Search over the report, pure and shared by the build and the browser: the documents the index holds,
 * the Fuse keys and options, the ranking that puts exact tone marks first, and the ranges and snippet
 * a result shows. Matching happens on folded text (`foldVietnamese`), so "thach den" finds "Thạch đen".
 */
import type Fuse from 'fuse.js';
import type { FuseIndex, FuseOptionKey, IFuseOptions } from 'fuse.js';
import type { EntryText } from '../text/entry-text.ts';
import { footnoteId } from '../text/anchors.ts';
import { foldVietnamese } from '../text/fold.ts';
import { printedFigure } from '../figures/phrases.ts';
import type { Indicator } from '../../schemas/indicator.ts';

/** What a search document stands for. */
export type SearchKind = 'paragraph' | 'footnote' | 'task' | 'title' | 'indicator';

/** One searchable record: a paragraph, a footnote, a Q4 task, an entry title or an indicator. */
export interface SearchDocument {
  /** What it stands for. */
  kind: SearchKind;
  /** Site path plus anchor, without the deploy base: "/kinh-te/kinh-te-cua-khau/#ii-1-b-2". */
  url: string;
  /** Section label of its entry as the page shows it: "II.1.b", "Nhiệm vụ 3". */
  number: string;
  /** Title of its entry. */
  title: string;
  /** Plain text as printed, NFC, spaces collapsed. */
  text: string;
  /** `text` folded for matching: no marks, đ→d, lowercase. */
  folded: string;
  /** Id of its report, on a site of several (set from the shard it was loaded from). */
  report?: string;
}

/** What the `search-index.json` endpoint serves. */
export interface SearchIndexPayload {
  /** Documents in index order. */
  documents: SearchDocument[];
  /** `Fuse.createIndex(SEARCH_KEYS, documents).toJSON()`. */
  index: ReturnType<FuseIndex<SearchDocument>['toJSON']>;
}

/** An entry as the index needs it. */
export interface SearchSourceEntry {
  /** Site path of its page. */
  path: string;
  /** Section label shown with results ("II.1.b", "Nhiệm vụ 3"). */
  number: string;
  /** Entry title. */
  title: string;
  /** Its text model: paragraphs with their ids, footnotes. */
  text: EntryText;
  /** For a Q4 task: its full label ("Nhiệm vụ 3: Nông nghiệp…"), indexed as a task document. */
  taskLabel?: string;
}

/** An indicator as the index needs it. */
export interface SearchSourceIndicator {
  /** Site path plus anchor of the paragraph or footnote that prints it. */
  path: string;
  /** Section label of its entry. */
  number: string;
  /** Title of its entry. */
  title: string;
  /** Short label. */
  label: string;
  /** Value as printed (absent for a change-only indicator). */
  value?: number | undefined;
  /** Unit as printed. */
  unit: string;
  /** The whole the value is a part of ("115/133"). */
  outOf?: number | undefined;
  /** Change against an earlier period; the figure of a change-only indicator. */
  change?: Indicator['change'];
  /** Period it covers. */
  period: string;
}

/** Plain, NFC text with runs of white space collapsed. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function toDocument(kind: SearchKind, url: string, number: string, title: string, raw: string): SearchDocument {
  const text = clean(raw);
  return { kind, url, number, title, text, folded: foldVietnamese(text) };
}

/**
 * The search documents of a report, in document order: for each entry its title (or task label),
 * paragraphs and footnotes, then every indicator.
 */
export function buildSearchDocuments(entries: SearchSourceEntry[], indicators: SearchSourceIndicator[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const entry of entries) {
    if (entry.taskLabel !== undefined) documents.push(toDocument('task', entry.path, entry.number, entry.title, entry.taskLabel));
    else documents.push(toDocument('title', entry.path, entry.number, entry.title, entry.title));
    for (const paragraph of entry.text.paragraphs) {
      documents.push(toDocument('paragraph', `${entry.path}#${paragraph.id}`, entry.number, entry.title, paragraph.text));
    }
    for (const note of entry.text.footnotes) {
      documents.push(toDocument('footnote', `${entry.path}#${footnoteId(note.label)}`, entry.number, entry.title, `${note.label} ${note.text}`));
    }
  }
  for (const i of indicators) {
    documents.push(toDocument('indicator', i.path, i.number, i.title, `${i.label}: ${printedFigure(i)} (${i.period})`));
  }
  return documents.filter((d) => d.folded.length > 0);
}

/**
 * Words of a text for indexing and queries: letters and digits, a number keeps its inner dots and
 * commas ("3.060", "99,4"), so a figure is one word.
 */
export const WORD = /[\p{L}\p{N}_]+(?:[.,]\p{N}+)*/gu;

/** Split text into words (see `WORD`). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Letters a query word and the words it matches always share at their start: a query word matches the
 * words it begins ("ki" finds "kinh", not "nhiki"), and a typo is forgiven after these letters only. The
 * split index (`shards.ts`) names its shards by the same letters, so one shard holds every match.
 */
export const SEARCH_PREFIX_LENGTH = 2;

/** The fields Fuse indexes: the folded text only (its original is shown, never matched). */
export const SEARCH_KEYS: FuseOptionKey<SearchDocument>[] = ['folded'];

/**
 * How far a query word may be from the text, as Fuse's Bitap score (errors ÷ word length): 0.2 lets a
 * word of five letters or more carry one typo, while shorter words must match exactly.
 */
export const SEARCH_THRESHOLD = 0.2;

/**
 * Fuse options. Queries run as logical `$and` queries, one fuzzy leaf per word, so a record must hold
 * every word of the query, anywhere; a word matches inside text, wherever it stands (`ignoreLocation`).
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: SEARCH_KEYS,
  threshold: SEARCH_THRESHOLD,
  ignoreLocation: true,
  includeScore: true,
  shouldSort: true,
};

/** A query folded as the index is: "Đồng Đăng" → "dong dang". */
export function foldQuery(query: string): string {
  return foldVietnamese(query).replace(/\s+/g, ' ').trim();
}

/** The distinct folded words of a query, in order: "Thạch  đen thach" → ["thach", "den"]. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(foldQuery(query)))];
}

/** Words of a query that carry marks or đ, NFC lowercase: "đường sat" → ["đường"]. */
export function markedWords(query: string): string[] {
  return tokenize(query.normalize('NFC').toLowerCase()).filter((w) => foldVietnamese(w) !== w);
}

/** Typos a query word may carry under `SEARCH_THRESHOLD`: 0 below five letters, 1 from five, 2 from ten. */
export function allowedTypos(word: string, threshold = SEARCH_THRESHOLD): number {
  return Math.floor(word.length * threshold + 1e-9);
}

/**
 * Whether `pattern` occurs in `text` with at most `maxEdits` insertions, deletions or substitutions
 * (approximate substring match, the rule Fuse's Bitap applies).
 */
export function fuzzyContains(text: string, pattern: string, maxEdits: number): boolean {
  if (text.includes(pattern)) return true;
  if (maxEdits === 0 || text.length < pattern.length - maxEdits) return false;
  // Row i holds, for each end position j in text, the fewest edits matching pattern[0..i) ending there.
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i += 1) {
    const current = new Array<number>(text.length + 1);
    current[0] = i;
    let best = i;
    for (let j = 1; j <= text.length; j += 1) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      best = Math.min(best, current[j] ?? 0);
    }
    if (best > maxEdits) return false;
    previous = current;
  }
  return Math.min(...previous) <= maxEdits;
}

/** A Fuse result as ranking needs it. */
export interface ScoredDocument<T extends SearchDocument = SearchDocument> {
  /** The document. */
  item: T;
  /** Fuse score: 0 is perfect, 1 no match. */
  score?: number;
}

/** How many neighbouring pairs of query words stand side by side in the folded text ("dong dang"). */
export function adjacentPairs(folded: string, words: string[]): number {
  let count = 0;
  for (let i = 1; i < words.length; i += 1) {
    if (folded.includes(`${words[i - 1]} ${words[i]}`)) count += 1;
  }
  return count;
}

/** How many of the marked words are in the text exactly as typed (case aside). */
export function exactMarkedWords(text: string, marked: string[]): number {
  if (marked.length === 0) return 0;
  const lower = text.toLowerCase();
  return marked.filter((w) => lower.includes(w)).length;
}

/**
 * Final order of results, tuned on the query set: documents holding more of the query's marked words
 * exactly as typed come first ("đường" before "dương"), then those where more query words stand side
 * by side, then Fuse's score. A result pointing to a URL already listed is dropped.
 */
export function rankResults<T extends SearchDocument>(query: string, results: ScoredDocument<T>[]): ScoredDocument<T>[] {
  const marked = markedWords(query);
  const words = tokenize(foldQuery(query));
  const ranked = results
    .map((r, order) => ({ r, order, exact: exactMarkedWords(r.item.text, marked), pairs: adjacentPairs(r.item.folded, words) }))
    .sort((a, b) => b.exact - a.exact || b.pairs - a.pairs || (a.r.score ?? 1) - (b.r.score ?? 1) || a.order - b.order)
    .map((x) => x.r);
  const seen = new Set<string>();
  return ranked.filter((r) => {
    if (seen.has(r.item.url)) return false;
    seen.add(r.item.url);
    return true;
  });
}

/** A word of a text that matches a query word, for <mark>. */
export interface MatchRange {
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** Index of the query word it matches (in `queryWords` order). */
  word: number;
  /** Whether it holds a marked query word exactly as typed ("đường" for "đường", not for "duong"). */
  exact: boolean;
}

/**
 * The words of `text` to mark for the query, in text order, whole words only: for each query word the
 * words that are it (folded: "sách" for "sach", "hộ" for "ho"); if none is, the words it begins ("hội"
 * for "ho", "Bluezone" for "bluezon"); if none, the words within the allowed typos. A query word inside
 * another word ("ho" in "khó") is never marked, although the engine finds the record by it.
 */
export function matchRanges(text: string, query: string): MatchRange[] {
  const terms = queryWords(query);
  if (terms.length === 0) return [];
  const marked = markedWords(query);
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldVietnamese(m[0]), lower: m[0].toLowerCase() }));
  const ranges: MatchRange[] = [];
  terms.forEach((term, t) => {
    let hits = words.filter((w) => w.folded === term);
    if (hits.length === 0) hits = words.filter((w) => w.folded.startsWith(term));
    const typos = allowedTypos(term);
    if (hits.length === 0 && typos > 0) hits = words.filter((w) => fuzzyContains(w.folded, term, typos));
    for (const w of hits) ranges.push({ start: w.start, end: w.end, word: t, exact: marked.some((m) => w.lower.includes(m)) });
  });
  ranges.sort((a, b) => a.start - b.start || a.word - b.word);
  return ranges.filter((r, i) => i === 0 || r.start !== ranges[i - 1]?.start);
}

/** A piece of a snippet: plain text, or a matched word to show in <mark>. */
export interface SnippetPart {
  /** The characters. */
  text: string;
  /** Whether to highlight it. */
  mark: boolean;
}

/** Start of the window of `length` characters holding the most distinct query words, then the most exact ones. */
function bestWindow(ranges: MatchRange[], length: number): number {
  let best = { start: ranges[0]?.start ?? 0, words: -1, exact: -1 };
  for (const first of ranges) {
    const inside = ranges.filter((r) => r.start >= first.start && r.end <= first.start + length);
    const words = new Set(inside.map((r) => r.word)).size;
    const exact = inside.filter((r) => r.exact).length;
    if (words > best.words || (words === best.words && exact > best.exact)) best = { start: first.start, words, exact };
  }
  return best.start;
}

/**
 * A short excerpt of `text` around the matches (the window holding the most query words), cut at
 * spaces, with "…" where text was left out, as parts to render as text nodes and <mark> elements.
 */
export function snippet(text: string, ranges: MatchRange[], maxLength = 180): SnippetPart[] {
  let start = 0;
  let end = text.length;
  if (text.length > maxLength) {
    const lead = Math.floor(maxLength / 5);
    const first = ranges.length > 0 ? bestWindow(ranges, maxLength - lead) : 0;
    start = Math.max(0, Math.min(first - lead, text.length - maxLength));
    end = Math.min(text.length, start + maxLength);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < first) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = start;
  for (const { start: s, end: e } of ranges) {
    if (e <= at || s >= end) continue;
    const from = Math.max(s, at);
    const to = Math.min(e, end);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** The Fuse class, passed in so that this module has no run-time dependency on it (the browser loads it late). */
export type FuseClass = typeof Fuse;

/** One ranked result. */
export interface SearchHit {
  /** The document found. */
  document: SearchDocument;
  /** Fuse's score (0 best). */
  score: number;
}

/** A loaded index, ready to answer queries. */
export interface SearchEngine {
  /** Number of documents. */
  size: number;
  /** Results for a query, best first, at most `limit`; none for a query without words. */
  search(query: string, limit?: number): SearchHit[];
}

/**
 * Load a served index into an engine. Each query runs in two steps. First the vocabulary (every folded
 * word of the documents, with the documents holding it) finds, for each query word, the words it
 * begins or, when none does, the words of its first letters (`SEARCH_PREFIX_LENGTH`) holding it within
 * its allowed typos; the candidates are the documents
 * holding a match for every query word. Then Fuse scores each candidate on its matching words, under
 * the field-length norm of its prebuilt index record: as matches never cross words, that is the score
 * its whole text would get, at a fraction of the cost. `rankResults` gives the final order.
 */
export function createSearchEngine(FuseCtor: FuseClass, payload: SearchIndexPayload): SearchEngine {
  const { documents } = payload;
  const norms = payload.index.records.map((r) => {
    const field = r.$?.[0];
    return field && !Array.isArray(field) ? field.n : 1;
  });
  const postings = new Map<string, number[]>();
  documents.forEach((doc, i) => {
    for (const word of new Set(tokenize(doc.folded))) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  const vocabulary = [...postings.keys()];
  const cache = new Map<string, string[]>();

  /** Vocabulary words that `term` begins; if none, those of its first letters holding it within its allowed typos. */
  const matchingWords = (term: string): string[] => {
    const cached = cache.get(term);
    if (cached) return cached;
    let words = vocabulary.filter((word) => word.startsWith(term));
    const typos = allowedTypos(term);
    const prefix = Array.from(term).slice(0, SEARCH_PREFIX_LENGTH).join('');
    if (words.length === 0 && typos > 0) words = vocabulary.filter((word) => word.startsWith(prefix) && fuzzyContains(word, term, typos));
    if (cache.size > 500) cache.clear();
    cache.set(term, words);
    return words;
  };

  return {
    size: documents.length,
    search(query: string, limit = 50): SearchHit[] {
      const terms = queryWords(query);
      if (terms.length === 0) return [];
      // For each document, which query words it matches and through which of its words.
      const matched = new Map<number, { terms: number; words: string[] }>();
      terms.forEach((term, t) => {
        for (const word of matchingWords(term)) {
          for (const i of postings.get(word) ?? []) {
            const m = matched.get(i) ?? { terms: 0, words: [] };
            m.terms |= 1 << t;
            m.words.push(word);
            matched.set(i, m);
          }
        }
      });
      const all = terms.length >= 31 ? -1 : (1 << terms.length) - 1;
      const candidates = [...matched].filter(([, m]) => (m.terms & all) === all).sort((a, b) => a[0] - b[0]);
      if (candidates.length === 0) return [];
      const subset = candidates.map(([i]) => documents[i] as SearchDocument);
      const index = FuseCtor.parseIndex<SearchDocument>({
        keys: payload.index.keys,
        records: candidates.map(([i, m], j) => ({ i: j, $: { 0: { v: [...new Set(m.words)].join(' '), n: norms[i] ?? 1 } } })),
      });
      const fuse = new FuseCtor(subset, SEARCH_OPTIONS, index);
      const results = fuse.search({ $and: terms.map((t) => ({ folded: t })) });
      return rankResults(query, results)
        .slice(0, limit)
        .map((r) => ({ document: r.item, score: r.score ?? 1 }));
    },
  };
}
