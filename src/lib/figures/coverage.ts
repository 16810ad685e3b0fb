/**
 * Coverage of printed figures by typed data: each figure an entry prints is typed (an indicator's
 * value, whole, plan or change), waived (an `untyped` entry of the frontmatter, with its reason) or
 * untyped. Pure.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import type { Untyped } from '../../schemas/untyped.ts';
import type { EntryText } from '../text/entry-text.ts';
import { claimedFigures } from './match.ts';
import { findNumbers, type PrintedFigure } from './finder.ts';

/** What the coverage check needs of one entry. */
export interface CoverageSource {
  /** Path of the MDX file, for messages. */
  file: string;
  text: EntryText;
  indicators: Indicator[];
  /** Figures the editor decided not to type, with reasons. */
  untyped: Untyped[];
}

/** One printed figure and what accounts for it. */
export interface FigureStatus {
  figure: PrintedFigure;
  status: 'typed' | 'waived' | 'untyped';
  /** Ids of the indicators that type it, or the waiver's reason. */
  by: string[];
}

/** Coverage of one entry. */
export interface EntryCoverage {
  file: string;
  figures: FigureStatus[];
  typed: number;
  waived: number;
  untyped: FigureStatus[];
  /** Waivers that match no printed figure (stale or mistyped). */
  unusedWaivers: Untyped[];
}

/** Whether a waiver's printed text covers a figure: the text is in the figure's sentence and holds its numeral as a whole. */
export function waiverCovers(waiver: Untyped, figure: PrintedFigure): boolean {
  if (!figure.sentence.includes(waiver.text)) return false;
  const at = waiver.text.search(new RegExp(`(?<![\\d.,/])${figure.numeral.replace(/[.]/g, '\\.')}(?![\\d]|[.,]\\d)`, 'u'));
  return at >= 0;
}

/** Coverage of one entry's printed figures by its indicators and waivers. */
export function entryCoverage(source: CoverageSource): EntryCoverage {
  const numbers = findNumbers(source.text);
  const figures = numbers.filter((f) => !f.bare);
  const claims = new Map<PrintedFigure, string[]>();
  for (const indicator of source.indicators) {
    for (const f of claimedFigures(indicator, numbers)) claims.set(f, [...(claims.get(f) ?? []), indicator.id]);
  }
  const used = new Set<Untyped>();
  const statuses: FigureStatus[] = figures.map((figure) => {
    const by = claims.get(figure);
    if (by) return { figure, status: 'typed', by };
    const waiver = source.untyped.find((w) => waiverCovers(w, figure));
    if (waiver) {
      used.add(waiver);
      return { figure, status: 'waived', by: [waiver.reason] };
    }
    return { figure, status: 'untyped', by: [] };
  });
  return {
    file: source.file,
    figures: statuses,
    typed: statuses.filter((s) => s.status === 'typed').length,
    waived: statuses.filter((s) => s.status === 'waived').length,
    untyped: statuses.filter((s) => s.status === 'untyped'),
    unusedWaivers: source.untyped.filter((w) => !used.has(w)),
  };
}

/** Coverage of a whole report: per entry, and the totals. */
export interface ReportCoverage {
  entries: EntryCoverage[];
  total: number;
  typed: number;
  waived: number;
  untyped: number;
  /** Typed share of all printed figures, 0…1 (1 when nothing is printed). */
  share: number;
}

/** Coverage of every entry and of the report. */
export function reportCoverage(sources: CoverageSource[]): ReportCoverage {
  const entries = sources.map(entryCoverage);
  const total = entries.reduce((n, e) => n + e.figures.length, 0);
  const typed = entries.reduce((n, e) => n + e.typed, 0);
  const waived = entries.reduce((n, e) => n + e.waived, 0);
  return { entries, total, typed, waived, untyped: total - typed - waived, share: total === 0 ? 1 : typed / total };
}
