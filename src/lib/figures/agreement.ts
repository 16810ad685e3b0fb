/**
 * How well the proposer agrees with hand-typed indicators: for each typed indicator, the proposal that
 * sits on the same printed figure, and whether it has the same value, unit, plan and change. Pure.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import type { EntryText } from '../text/entry-text.ts';
import { changeFigures, figuresInScope, valueFigures } from './match.ts';
import { proposeIndicators, type Proposal } from './proposer.ts';
import { findNumbers } from './finder.ts';

/** Agreement on one field, as counts. */
export interface Agreement {
  /** Typed indicators compared. */
  total: number;
  /** Typed indicators with a proposal on the same figure. */
  found: number;
  /** Same value (or both change-only). */
  value: number;
  /** Same unit. */
  unit: number;
  /** Same plan percent (or both without a plan). */
  plan: number;
  /** Same period (or both without a printed one). */
  period: number;
  /** Same change: percent, ratio and amount with their signs (or both without one). */
  change: number;
  /** Same value, unit, plan and change at once (period is counted on its own). */
  all: number;
  /** Same label, word for word (for the note, not the target). */
  label: number;
  /** Typed indicators the proposer got wrong on any of the four, for reading. */
  misses: { id: string; typed: Indicator; proposed?: Indicator }[];
}

const sameNumber = (a: number | undefined, b: number | undefined) => a === b;

/** The proposal that sits on a typed indicator's printed figure. */
function proposalFor(indicator: Indicator, proposals: Proposal[], text: EntryText): Proposal | undefined {
  const figures = findNumbers(text);
  const anchors = indicator.value !== undefined ? valueFigures(indicator, figures) : changeFigures(indicator, figuresInScope(indicator, figures));
  const keys = new Set(anchors.map((f) => `${f.anchor}#${f.sentence}#${f.lead}#${f.numeral}`));
  const key = (p: Proposal) => `${p.figure.anchor}#${p.figure.sentence}#${p.figure.lead}#${p.figure.numeral}`;
  // One value against two plan bases is two proposals in the value's sentence; the typed one pairs with the proposal of its own basis.
  const sameBasis = indicator.plan === undefined ? undefined : proposals.find((p) => p.indicator.plan?.basis === indicator.plan?.basis && p.indicator.value === indicator.value && [...keys].some((k) => k.startsWith(`${p.figure.anchor}#${p.figure.sentence}#`)));
  return sameBasis
    ?? proposals.find((p) => keys.has(key(p)))
    ?? proposals.find((p) => p.indicator.change !== undefined && indicator.value === undefined && keys.size > 0 && anchors.some((f) => f.sentence === p.figure.sentence && p.indicator.change?.percent === indicator.change?.percent));
}

/** Agreement of the proposer, run on each entry's text alone, with the entry's hand-typed indicators. */
export function measureAgreement(entries: { text: EntryText; indicators: Indicator[] }[]): Agreement {
  const result: Agreement = { total: 0, found: 0, value: 0, unit: 0, period: 0, plan: 0, change: 0, all: 0, label: 0, misses: [] };
  for (const entry of entries) {
    const proposals = proposeIndicators(entry.text);
    // Drafts are the proposer's own output, not an answer key.
    for (const typed of entry.indicators.filter((i) => i.draft !== true)) {
      result.total += 1;
      const proposal = proposalFor(typed, proposals, entry.text);
      const p = proposal?.indicator;
      if (p) result.found += 1;
      const value = p !== undefined && sameNumber(p.value, typed.value) && sameNumber(p.outOf, typed.outOf);
      const unit = p !== undefined && p.unit === typed.unit;
      const period = p !== undefined && p.period === typed.period;
      const plan = p !== undefined && sameNumber(p.plan?.percent, typed.plan?.percent);
      const change = p !== undefined && sameNumber(p.change?.percent, typed.change?.percent) && sameNumber(p.change?.ratio, typed.change?.ratio) && sameNumber(p.change?.amount, typed.change?.amount);
      if (value) result.value += 1;
      if (unit) result.unit += 1;
      if (period) result.period += 1;
      if (plan) result.plan += 1;
      if (change) result.change += 1;
      if (value && unit && plan && change) result.all += 1;
      if (!(value && unit && plan && change && period)) result.misses.push({ id: typed.id, typed, ...(p ? { proposed: p } : {}) });
      if (p && p.label === typed.label) result.label += 1;
    }
  }
  return result;
}

/** Agreement as a line of shares: "value 97,0% · unit 93,9% · period 80,1% · plan 99,4% · change 95,7% · all four 88,4% (165 indicators)". */
export function formatAgreement(a: Agreement): string {
  const pct = (n: number) => `${a.total === 0 ? 100 : Math.round((n / a.total) * 1000) / 10}%`;
  return `value ${pct(a.value)} · unit ${pct(a.unit)} · period ${pct(a.period)} · plan ${pct(a.plan)} · change ${pct(a.change)} · all four ${pct(a.all)} · label word for word ${pct(a.label)} (${a.total} indicators, ${a.found} with a proposal on the same figure)`;
}

/** The fields agreement is measured on, in the order they are printed, with their names in tables. */
export const agreementFields = [
  ['value', 'value'],
  ['unit', 'unit'],
  ['period', 'period'],
  ['plan', 'plan'],
  ['change', 'change'],
  ['all', 'all four (value, unit, plan, change)'],
  ['label', 'label word for word'],
] as const satisfies readonly (readonly [keyof Agreement, string])[];

/** Agreement per field as a share of the indicators compared, in percent to one decimal (100 when none were). */
export function agreementShares(a: Agreement): Record<(typeof agreementFields)[number][0], number> {
  const pct = (n: number) => (a.total === 0 ? 100 : Math.round((n / a.total) * 1000) / 10);
  return { value: pct(a.value), unit: pct(a.unit), period: pct(a.period), plan: pct(a.plan), change: pct(a.change), all: pct(a.all), label: pct(a.label) };
}

/**
 * Agreement of several sets side by side as a Markdown table, a row per field and a column per set
 * ("Bundled report", "Held-out reports"), then the indicators compared and those with a proposal on their
 * figure. A set's `target` (percent) marks its five target fields below it with "(below target)".
 */
export function agreementTable(sets: { name: string; agreement: Agreement; target?: number }[]): string {
  const head = ['Field', ...sets.map((s) => s.name)];
  const targetFields = new Set(['value', 'unit', 'period', 'plan', 'change']);
  const cell = (share: number, field: string, target: number | undefined) => `${share.toFixed(1)} %${target !== undefined && targetFields.has(field) && share < target ? ' (below target)' : ''}`;
  const rows = [
    ...agreementFields.map(([field, name]) => [name, ...sets.map((s) => cell(agreementShares(s.agreement)[field], field, s.target))]),
    ['indicators compared', ...sets.map((s) => String(s.agreement.total))],
    ['with a proposal on their figure', ...sets.map((s) => String(s.agreement.found))],
  ];
  return [head, head.map((_, i) => (i === 0 ? '---' : '---:')), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
