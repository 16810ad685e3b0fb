/**
 * The bench's own corpus of many reports: copies of one report's search documents under new report ids,
 * the first as printed and the others with each document's words shuffled (same vocabulary and lengths,
 * other phrases), as further reports of the same province would add.
 */
import { foldVietnamese } from '../../src/lib/text/index.ts';
import type { SearchDocument, SearchReportSource } from '../../src/lib/search/index.ts';

/** Deterministic PRNG (mulberry32), so the corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` reports ("bao-cao-01" …) made from one report's documents, published under /<id>/. */
export function syntheticReports(documents: readonly SearchDocument[], title: string, count: number, seed = 2021): SearchReportSource[] {
  const next = random(seed);
  const reports: SearchReportSource[] = [];
  for (let copy = 0; copy < count; copy += 1) {
    const id = `bao-cao-${String(copy + 1).padStart(2, '0')}`;
    const docs = documents.map((d): SearchDocument => {
      const words = d.text.split(' ');
      if (copy > 0) {
        for (let i = words.length - 1; i > 0; i -= 1) {
          const j = Math.floor(next() * (i + 1));
          [words[i], words[j]] = [words[j] as string, words[i] as string];
        }
      }
      const text = words.join(' ');
      return { ...d, url: `/${id}${d.url}`, text, folded: foldVietnamese(text), report: id };
    });
    reports.push({ id, title: `${title} (bản ${copy + 1})`, documents: docs });
  }
  return reports;
}
