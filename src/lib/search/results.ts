/**
 * How search results read: hits grouped under their entry, and the query's words highlighted where
 * they stand together rather than wherever one of them occurs.
 */
import type { MatchRange } from './engine.ts';

/** Hits of one entry, under its number and title. */
export interface HitGroup<T> {
  /** Section label of the entry: "II.1.b", "Nhiệm vụ 3". */
  number: string;
  /** Title of the entry. */
  title: string;
  /** Id of its report, on a site of several (undefined on a one-report site). */
  report: string | undefined;
  /** Its hits, best first. */
  hits: T[];
}

/** Group ranked hits by entry (of its report); groups come in the order of their best hit, hits keep their rank. */
export function groupHits<T extends { document: { number: string; title: string; report?: string | undefined } }>(hits: readonly T[]): HitGroup<T>[] {
  const groups = new Map<string, HitGroup<T>>();
  for (const hit of hits) {
    const { number, title, report } = hit.document;
    // Two reports may have an entry of the same number and title; their hits stay apart.
    const key = `${report ?? ''}\u0000${number}\u0000${title}`;
    const group = groups.get(key);
    if (group) group.hits.push(hit);
    else groups.set(key, { number, title, report, hits: [hit] });
  }
  return [...groups.values()];
}

/** Whether only spaces and punctuation stand between two ranges of `text`. */
const adjacent = (text: string, a: MatchRange, b: MatchRange) => !/[\p{L}\p{N}]/u.test(text.slice(a.end, b.start));

/**
 * The ranges to highlight: the runs of neighbouring matches, each query word at most once, that hold the most distinct query words
 * (every such run, so a phrase is marked wherever it stands). When no two query words ever stand
 * side by side, the shortest stretch holding the most distinct words. A one-word query keeps every match.
 */
export function standingTogether(text: string, ranges: readonly MatchRange[]): MatchRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const distinct = (list: readonly MatchRange[]) => new Set(list.map((r) => r.word)).size;
  if (sorted.length === 0 || distinct(sorted) === 1) return sorted;
  const runs: MatchRange[][] = [];
  for (const r of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    // A run is a phrase: neighbours only, each query word once ("cửa khẩu của" ends before the second "của").
    if (run && last && adjacent(text, last, r) && !run.some((m) => m.word === r.word)) run.push(r);
    else runs.push([r]);
  }
  const best = Math.max(...runs.map(distinct));
  if (best > 1) return runs.filter((run) => distinct(run) === best).flat();
  // No two words side by side: the shortest stretch with the most distinct words.
  const most = distinct(sorted);
  let window: MatchRange[] = sorted.slice(0, 1);
  let span = Number.POSITIVE_INFINITY;
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i; j < sorted.length; j += 1) {
      const part = sorted.slice(i, j + 1);
      const first = sorted[i];
      const last = sorted[j];
      if (!first || !last || distinct(part) < most) continue;
      if (last.end - first.start < span) {
        span = last.end - first.start;
        window = part;
      }
      break;
    }
  }
  return window;
}

/** sessionStorage key under which a clicked result leaves its query for the page it opens. */
export const LANDING_QUERY_KEY = 'report-search-landing';
