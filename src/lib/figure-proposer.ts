/**
 * Proposals for untyped figures: the report genre's phrasing read into indicators, ready to paste.
 * "X ước đạt 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ" → value, unit, plan and
 * change; "tăng 6,2%" alone → a change-only indicator; "tăng 10 vụ" after a value → its amount;
 * "115/133 mã vùng" → outOf; "bằng 97,2%" → a ratio. Pure; reads the figure finder's output.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { slugify } from './fold.ts';
import { printedQualifier } from './figure-match.ts';
import { findNumbers, type PrintedFigure } from './figures.ts';

/** One proposed indicator, with the figure it sits on. */
export interface Proposal {
  indicator: Indicator;
  /** The figure of its value (or, for a change only, of its change). */
  figure: PrintedFigure;
}

/** Words that start a plan basis after "đạt …%". */
const PLAN_BASIS = /^(kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)(?:[^,;.()]*)/u;
/** Connectors stripped from the start of a label. */
const LEAD_NOISE = /^(?:[-–,;:.()\s]+|(?:trong đó|trong|đó|ước|đạt|là|được|có|đã|và|với|cho|thực hiện)(?=\s|$))+/iu;
/** Words stripped from the end of a label. */
const TAIL_NOISE = /(?:[-–,;:.()\s]+|(?<=\s|^)(?:ước|đạt|là|được|khoảng|trên|gần|hơn|với|có|của|cho|về|đã|thực hiện))+$/iu;

/** The basis of a change from the words after its percent: "so với cùng kỳ" → "cùng kỳ", "so với 31/12/2020" → "31/12/2020". */
export function changeBasis(after: string): string {
  const m = after.match(/^(?:%\s*)?(?:so\s+với|so|với)\s+([^,;()]+?)(?=[,;()]|\.(?:\s|$)|$)/u);
  return m?.[1]?.trim() ?? 'cùng kỳ';
}

/** The basis of a plan from the words after its percent: "kế hoạch Trung ương giao, …" → "kế hoạch Trung ương giao". */
export function planBasis(after: string): string | undefined {
  const m = after.match(PLAN_BASIS);
  if (!m) return undefined;
  return m[0].replace(/\s+(?:tăng|giảm|bằng|so với)\b.*$/u, '').trim();
}

/** The period a clause prints, if any: "tính đến ngày 30/9/2021", "đến ngày 31/8/2021", "từ 16/12/2020 đến 14/9/2021". */
export function printedPeriod(text: string): string | undefined {
  const m = text.match(/(?:tính\s+)?(?:từ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+)?đến\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}/iu);
  return m?.[0].replace(/^./u, (c) => c.toLowerCase());
}

/** A label from the words before a figure: the last clause piece, connectors stripped, first letter capital. */
export function labelFrom(lead: string, fallback: string): string {
  const pieces = lead.split(/[,;:()]/u).map((p) => p.replace(LEAD_NOISE, '').replace(TAIL_NOISE, '').trim());
  const piece = [...pieces].reverse().find((p) => p.split(/\s+/).length >= 2) ?? pieces.reverse().find((p) => p.length > 0) ?? '';
  const label = piece.length > 0 ? piece : fallback;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Signed number of a figure from its comparison word: "giảm 7%" → -7. */
function signed(figure: PrintedFigure): number {
  const n = Math.abs(figure.number);
  return figure.comparison === 'giảm' ? -n : n;
}

/** Proposals for the figures of one block (paragraph or footnote), sentence by sentence. */
function proposeBlock(figures: PrintedFigure[]): Proposal[] {
  const out: Proposal[] = [];
  let current: Proposal | undefined;
  let sentence = '';
  for (const f of figures) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      current = undefined;
    }
    const start = (indicator: Omit<Indicator, 'id' | 'headline'>) => {
      const label = indicator.label;
      const full: Indicator = { id: slugify(label), ...indicator, headline: false };
      const period = printedPeriod(f.clause) ?? printedPeriod(f.lead);
      if (period) full.period = period;
      if (f.footnote !== undefined) full.footnote = Number(f.footnote);
      current = { indicator: full, figure: f };
      out.push(current);
    };
    const label = labelFrom(f.lead, f.unit);
    if (f.unit === '%') {
      const basis = f.comparison === 'đạt' ? planBasis(f.after.replace(/^%\s*/u, '')) : undefined;
      const target = current?.indicator;
      if (target && basis !== undefined && !target.plan) target.plan = { percent: f.number, basis };
      else if (target && (f.comparison === 'tăng' || f.comparison === 'giảm') && target.change?.percent === undefined && target.change?.ratio === undefined) {
        target.change = { ...(target.change ?? {}), percent: signed(f), basis: target.change?.basis ?? changeBasis(f.after) };
      } else if (target && f.comparison === 'bằng' && !target.change) target.change = { ratio: f.number, basis: changeBasis(f.after) };
      else if (f.comparison === 'tăng' || f.comparison === 'giảm') start({ label, unit: '%', change: { percent: signed(f), basis: changeBasis(f.after) } });
      else start({ label, ...qualified(f), value: f.number, unit: '%' });
      continue;
    }
    const target = current?.indicator;
    if ((f.comparison === 'tăng' || f.comparison === 'giảm') && target && target.value !== undefined && target.unit === f.unit && target.change?.amount === undefined) {
      target.change = { ...(target.change ?? {}), amount: signed(f), basis: target.change?.basis ?? changeBasis(f.after.slice(f.unit.length).trim()) };
      continue;
    }
    if (f.comparison === 'tăng' || f.comparison === 'giảm') {
      start({ label, unit: f.unit, change: { amount: signed(f), basis: changeBasis(f.after.slice(f.unit.length).trim()) } });
      continue;
    }
    const indicator: Omit<Indicator, 'id' | 'headline'> = { label, ...qualified(f), value: f.number, unit: f.unit };
    if (f.outOf !== undefined) indicator.outOf = f.outOf;
    start(indicator);
  }
  return out;
}

/** The qualifier printed before a figure ("trên 26 tỷ đồng"), as an indicator field; nothing for an exact figure. */
function qualified(f: PrintedFigure): Pick<Indicator, 'qualifier'> {
  const qualifier = printedQualifier(f);
  return qualifier === undefined ? {} : { qualifier };
}

/** Proposals for every figure of an entry's text, in document order. */
export function proposeIndicators(text: Parameters<typeof findNumbers>[0]): Proposal[] {
  const figures = findNumbers(text).filter((f) => !f.bare);
  const blocks = [...new Set(figures.map((f) => f.anchor))];
  return blocks.flatMap((anchor) => proposeBlock(figures.filter((f) => f.anchor === anchor)));
}

/** Proposals as YAML list items for an entry's `indicators:`, in the content files' style (ids made unique against `taken`). */
export function proposalsYaml(proposals: Proposal[], taken: Set<string> = new Set()): string {
  const q = (text: string) => JSON.stringify(text);
  const flow = (o: Record<string, string | number | undefined>) =>
    `{ ${Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${typeof v === 'string' ? q(v) : v}`).join(', ')} }`;
  return proposals
    .map(({ indicator: i }) => {
      let id = i.id || 'chi-so';
      for (let n = 2; taken.has(id); n += 1) id = `${i.id}-${n}`;
      taken.add(id);
      const lines = [`  - id: ${q(id)}`, `    label: ${q(i.label)}`];
      if (i.qualifier !== undefined) lines.push(`    qualifier: ${q(i.qualifier)}`);
      if (i.value !== undefined) lines.push(`    value: ${i.value}`);
      if (i.outOf !== undefined) lines.push(`    outOf: ${i.outOf}`);
      lines.push(`    unit: ${q(i.unit)}`);
      if (i.period !== undefined) lines.push(`    period: ${q(i.period)}`);
      if (i.plan) lines.push(`    plan: ${flow({ percent: i.plan.percent, basis: i.plan.basis })}`);
      if (i.change) lines.push(`    change: ${flow({ percent: i.change.percent, ratio: i.change.ratio, amount: i.change.amount, basis: i.change.basis })}`);
      if (i.footnote !== undefined) lines.push(`    footnote: ${i.footnote}`);
      return lines.join('\n');
    })
    .join('\n');
}
