/**
 * Matching typed indicators to printed figures: which printed figure is an indicator's value, and
 * which percents of the same sentence are its plan and its change. The coverage check and the stricter
 * figure check (value as printed, plan and change printed beside it with the right word) both read it.
 * Pure.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { QUALIFIERS, type Qualifier } from '../../schemas/qualifier.ts';
import type { EntryText } from '../text/entry-text.ts';
import { foldVietnamese } from '../text/fold.ts';
import { printedPeriod } from './proposer.ts';
import { contentWords, type ComparisonWord, type PrintedFigure } from './finder.ts';

/** The figures an indicator may be printed in: its footnote's, or all of its entry's. */
export function figuresInScope(indicator: Pick<Indicator, 'footnote'>, figures: PrintedFigure[]): PrintedFigure[] {
  return indicator.footnote === undefined ? figures : figures.filter((f) => f.footnote === String(indicator.footnote));
}

/** Whether a figure's following words begin with a typed unit: "triệu USD, đạt…" begins with "triệu USD". */
export function unitMatches(figure: PrintedFigure, unit: string): boolean {
  if (unit === '%') return figure.unit === '%';
  if (figure.bare) return foldVietnamese(figure.lead).toLowerCase().includes(foldVietnamese(unit).toLowerCase());
  if (figure.unit === '') return foldVietnamese(figure.block).toLowerCase().includes(foldVietnamese(unit).toLowerCase());
  if (figure.unit === '%') return false;
  const after = foldVietnamese(figure.after).toLowerCase();
  const want = foldVietnamese(unit).toLowerCase();
  return after === want || after.startsWith(`${want} `) || after.startsWith(`${want},`) || after.startsWith(want) && !/\p{L}/u.test(after.charAt(want.length));
}

/** The comparison word before a figure in its clause: "đạt", "tăng", "giảm", "bằng", or "" (see `PrintedFigure.comparison`). */
export function comparisonWord(figure: PrintedFigure): ComparisonWord {
  return figure.comparison;
}

/** Whether a percent figure is followed by its plan basis: "99,4% kế hoạch" for basis "kế hoạch". */
function basisFollows(figure: PrintedFigure, basis: string): boolean {
  const after = foldVietnamese(figure.after).toLowerCase();
  const want = foldVietnamese(basis).toLowerCase();
  const first = want.split(' ')[0] ?? want;
  return after.startsWith(want) || after.split(/\s+/).slice(0, 6).includes(first);
}

/**
 * Where an indicator's value is printed: the figures of its scope with that number and unit, and the
 * same whole — a part printed "212.197/524.521" is the value only of an indicator with `outOf: 524521`.
 */
export function valueFigures(indicator: Indicator, figures: PrintedFigure[]): PrintedFigure[] {
  if (indicator.value === undefined) return [];
  const value = indicator.value;
  return figuresInScope(indicator, figures).filter((f) => Math.abs(f.number) === Math.abs(value) && unitMatches(f, indicator.unit) && f.outOf === indicator.outOf);
}

/** Lowercased words of a text, punctuation dropped. */
const words = (text: string) => text.toLowerCase().split(/\s+/u).map((w) => w.replace(/[^\p{L}]/gu, '')).filter(Boolean);

/** Whether `qualifier` is the last words printed before a figure in its clause: "đóng góp trên" ends with "trên". */
export function qualifierPrinted(figure: PrintedFigure, qualifier: string): boolean {
  const tail = words(figure.lead.split(/[,;:(]/u).pop() ?? '');
  const want = words(qualifier);
  return want.length > 0 && want.length <= tail.length && want.every((w, n) => tail[tail.length - want.length + n] === w);
}

/** The qualifier printed right before a figure ("trên 26 tỷ đồng" → "trên"), the longest one printed; undefined when none is. */
export function printedQualifier(figure: PrintedFigure): Qualifier | undefined {
  return QUALIFIERS.find((q) => qualifierPrinted(figure, q));
}

/** A change's printed figure in a set of figures: the signed percent, ratio or amount with its word. */
export function changeFigures(indicator: Indicator, figures: PrintedFigure[]): PrintedFigure[] {
  const change = indicator.change;
  if (!change) return [];
  const out: PrintedFigure[] = [];
  const signWord = (n: number) => (n > 0 ? 'tăng' : n < 0 ? 'giảm' : '');
  if (change.percent !== undefined) {
    const p = change.percent;
    out.push(...figures.filter((f) => f.unit === '%' && Math.abs(f.number) === Math.abs(p) && comparisonWord(f) === signWord(p)));
  }
  if (change.ratio !== undefined) {
    const r = change.ratio;
    out.push(...figures.filter((f) => f.unit === '%' && f.number === r && comparisonWord(f) === 'bằng'));
  }
  if (change.amount !== undefined) {
    const a = change.amount;
    out.push(...figures.filter((f) => Math.abs(f.number) === Math.abs(a) && unitMatches(f, indicator.unit) && comparisonWord(f) === signWord(a)));
  }
  return out;
}

/** A plan's printed figure among figures: the percent after "đạt", followed by its basis. */
export function planFigures(indicator: Indicator, figures: PrintedFigure[]): PrintedFigure[] {
  const plan = indicator.plan;
  if (!plan) return [];
  return figures.filter((f) => f.unit === '%' && f.number === plan.percent && comparisonWord(f) === 'đạt' && basisFollows(f, plan.basis));
}

/** The sentences an indicator is printed in: those of its value, or (change only) of its change. */
export function indicatorSentences(indicator: Indicator, figures: PrintedFigure[]): PrintedFigure[][] {
  const scope = figuresInScope(indicator, figures);
  const anchors = indicator.value !== undefined ? valueFigures(indicator, figures) : changeFigures(indicator, scope);
  const sentences = [...new Set(anchors.map((f) => `${f.anchor}\u0000${f.sentence}`))];
  return sentences.map((key) => scope.filter((f) => `${f.anchor}\u0000${f.sentence}` === key));
}

/** Anchor of the paragraph or footnote an indicator is printed in (its value's, or its change's), when found. */
export function indicatorAnchor(indicator: Indicator, figures: PrintedFigure[]): string | undefined {
  return indicatorSentences(indicator, figures)[0]?.[0]?.anchor;
}

/** Every printed figure an indicator accounts for: its value (and whole), and its plan and change in the value's sentence. */
export function claimedFigures(indicator: Indicator, figures: PrintedFigure[]): PrintedFigure[] {
  const out = new Set<PrintedFigure>(valueFigures(indicator, figures));
  for (const sentence of indicatorSentences(indicator, figures)) {
    for (const f of [...planFigures(indicator, sentence), ...changeFigures(indicator, sentence)]) out.add(f);
  }
  return [...out];
}

/** How well a label names what a figure counts: the share of the label's words in the figure's lead and clause (0…1). */
export function labelScore(label: string, figure: PrintedFigure): number {
  const words = new Set(contentWords(label));
  if (words.size === 0) return 0;
  const near = new Set(contentWords(`${figure.lead} ${figure.unit}`));
  let hits = 0;
  for (const w of words) if (near.has(w)) hits += 1;
  return hits / words.size;
}

/** What the period check needs beyond an entry's figures. */
export interface PeriodContext {
  /** report.json's `defaultPeriod`: what an indicator without `period` is published under. */
  defaultPeriod: string;
  /** The headings the entry is printed under: its own title and the outline headings above it. */
  headings: readonly string[];
  /** The entry's text model, for the sentence that calls a footnote. */
  text: EntryText;
}

/** A text as lowercase words (letters, digits and "/" of dates), one space apart, for comparing periods: "Quý IV năm 2021" → "quý iv năm 2021". */
function periodWords(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}/]+/gu, ' ').trim();
}

/** Whether `text` prints the words of `period`, in order and next to each other ("(đợt 1) năm 2021" prints "đợt 1 năm 2021"). */
export function printsPeriod(text: string, period: string): boolean {
  const want = periodWords(period);
  return want !== '' && ` ${periodWords(text)} `.includes(` ${want} `);
}

/** Whether two periods name the same span: the words of one are among the words of the other ("quý I" and "Quý I 2030"). */
function samePeriod(a: string, b: string): boolean {
  return printsPeriod(a, b) || printsPeriod(b, a);
}

/** The sentences (to their full stop) of an entry's paragraphs that call footnote `label`, in plain words. */
function footnoteCallers(text: EntryText, label: string): string[] {
  const mark = `[^${label}]`;
  return text.paragraphs
    .flatMap((p) => p.markup.split(/(?<=[.!?…])\s+/u))
    .filter((s) => s.includes(mark))
    .map((s) => s.replace(/\[\^[^\]]+\]/gu, ''));
}

/**
 * The period a figure's own words print, if any: in its clause ("tháng 9", "quý III", "đến ngày
 * 30/9/2021", a clause opening "Năm 2019, …" or "trong năm 2019") or opening its sentence ("Tính từ đầu
 * năm đến ngày 24/9/2021 đăng ký …", which covers every clause of it).
 */
export function figurePeriod(figure: Pick<PrintedFigure, 'clause' | 'sentence'>): string | undefined {
  const year = figure.clause.match(/(?:^[\s\-–+•]*|(?<!\p{L})(?:trong|cả|riêng)\s+)(năm\s+(?:19|20)\d\d)(?![\d/\-–])/iu)?.[1];
  const opening = figure.sentence.replace(/^[\s\-–+•]*(?:tính\s+|lũy\s+kế\s+|lũy\s+kể\s+)?/iu, '');
  const fromYearStart = opening.match(/^từ\s+đầu\s+năm\s+/iu)?.[0] ?? '';
  const opened = printedPeriod(opening.slice(fromYearStart.length, fromYearStart.length + 80));
  const opens = opened !== undefined && opening.slice(fromYearStart.length).toLowerCase().startsWith(opened.toLowerCase()) ? `${fromYearStart.toLowerCase()}${opened}` : undefined;
  return printedPeriod(figure.clause) ?? (year === undefined ? undefined : year.replace(/^./u, (c) => c.toLowerCase())) ?? opens;
}

/** A text cut to `max` characters at a word, for quoting in a message. */
function quote(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)).trim()} …`;
}

/**
 * Problems of an indicator's `period` against the text, in words. A period it sets must be printed
 * where its value is: in the value's sentence, opening the paragraph or footnote it is printed in
 * ("Lũy kế từ đầu năm, …"), in the sentence that calls its footnote ("… (đợt 1) năm 2021[^23]"), or
 * in a heading the entry is printed under ("NHIỆM VỤ … QUÝ IV NĂM 2021"). Without one it is published
 * under the report's default period, so its clause must not print another ("tháng 9", "quý III",
 * "năm 2019", "đến ngày 30/9/2021").
 */
export function periodProblems(indicator: Indicator, sentences: PrintedFigure[][], anchors: PrintedFigure[], context: PeriodContext): string[] {
  if (anchors.length === 0) return [];
  const period = indicator.period;
  if (period === undefined) {
    const printed = anchors.map((f) => ({ f, period: figurePeriod(f) }));
    if (printed.some((p) => p.period !== undefined && samePeriod(p.period, context.defaultPeriod))) return [];
    const other = printed.find((p) => p.period !== undefined);
    if (!other?.period) return [];
    return [
      `period: sets none, so it is published under the report's default period "${context.defaultPeriod}", but the text prints "${other.period}" for it ("${quote(other.f.clause)}"); set period: "${other.period}" as printed`,
    ];
  }
  const blocks = [...new Map(anchors.map((f) => [f.anchor, f])).values()];
  const places = [
    ...sentences.map((s) => s[0]?.sentence ?? ''),
    ...context.headings,
    ...anchors.flatMap((f) => (f.footnote === undefined ? [] : footnoteCallers(context.text, f.footnote))),
  ];
  const opensBlock = blocks.some((f) => periodWords(f.block.replace(/^\s*tính\s+/iu, '')).startsWith(`${periodWords(period)} `));
  if (opensBlock || places.some((text) => printsPeriod(text, period))) return [];
  const first = anchors[0];
  const suggestion = first ? figurePeriod(first) : undefined;
  const where = first?.footnote !== undefined ? `footnote ${first.footnote} nor the sentence that calls it` : 'the sentence of its value';
  return [
    `period "${period}" is not printed in ${where} ("${quote(first?.sentence ?? '')}"), nor opening its paragraph, nor in a heading above the entry; ` +
      (suggestion !== undefined ? `write it as printed (period: "${suggestion}")` : `write the period as the text prints it, or remove period so that the report's default "${context.defaultPeriod}" applies`),
  ];
}

/**
 * Problems of one indicator against the figures of its entry, in words: the value not printed (with its
 * unit, sign and whole), the plan or change not printed in its sentence with the right word, a value
 * whose words match another printed figure of the same unit far better than its own, and (given the
 * entry's `context`) a period the text does not print or a printed period left to the default
 * (`periodProblems`).
 */
export function indicatorProblems(indicator: Indicator, figures: PrintedFigure[], context?: PeriodContext): string[] {
  const problems: string[] = [];
  const scope = figuresInScope(indicator, figures);
  const where = indicator.footnote !== undefined ? `footnote ${indicator.footnote}` : 'its text or footnotes';
  const sentences = indicatorSentences(indicator, figures);
  // Where the indicator is printed: its value's figures, or (change only) its change's.
  const anchors = indicator.value !== undefined ? valueFigures(indicator, figures) : changeFigures(indicator, scope);
  if (indicator.value !== undefined) {
    const found = anchors;
    if (found.length === 0) {
      const loose = scope.filter((f) => Math.abs(f.number) === Math.abs(indicator.value ?? NaN));
      if (loose.length > 0 && !loose.some((f) => unitMatches(f, indicator.unit))) {
        problems.push(`value ${indicator.value} is printed in ${where}, but not with unit "${indicator.unit}" (printed: "${loose[0]?.text}")`);
      } else if (loose.length > 0 && indicator.outOf !== undefined) {
        problems.push(`value ${indicator.value} is printed in ${where}, but not as a part of ${indicator.outOf}`);
      } else if (loose.length > 0 && loose.some((f) => f.outOf !== undefined)) {
        const part = loose.find((f) => f.outOf !== undefined);
        problems.push(`value ${indicator.value} is printed as a part of a whole ("${part?.text}"); add outOf: ${part?.outOf}`);
      } else if (loose.length === 0) {
        problems.push(`value ${indicator.value} is not printed in ${where}`);
      }
      return problems;
    }
    if (indicator.value < 0 && !found.some((f) => f.negative)) {
      problems.push(`value ${indicator.value} is negative, but the report prints "${found[0]?.numeral}" without a minus; a fall belongs in "change" (e.g. change: { percent: -7 })`);
    }
    if (indicator.value >= 0 && found.every((f) => f.negative)) {
      problems.push(`value ${indicator.value}: the report prints it with a minus ("${found[0]?.text}")`);
    }
    if (indicator.qualifier !== undefined && !found.some((f) => qualifierPrinted(f, indicator.qualifier ?? ''))) {
      problems.push(`qualifier "${indicator.qualifier}" is not printed before the value in ${where} (printed: "${found[0]?.lead.split(/\s+/u).slice(-3).join(' ')} ${found[0]?.text}")`);
    }
    const printed = found.map(printedQualifier);
    if (indicator.qualifier === undefined && printed.every((q) => q !== undefined)) {
      problems.push(`value ${indicator.value} is printed as "${printed[0]} ${found[0]?.text}": add qualifier: "${printed[0]}" so that it is shown as printed`);
    }
    const own = Math.max(...found.map((f) => labelScore(indicator.label, f)));
    const rival = scope
      .filter((f) => !found.includes(f) && f.unit !== '%' && unitMatches(f, indicator.unit))
      .map((f) => ({ f, score: labelScore(indicator.label, f) }))
      .sort((a, b) => b.score - a.score)[0];
    if (rival && own === 0 && rival.score >= 0.75) {
      problems.push(`value ${indicator.value} is printed as "${found[0]?.text}", whose words do not name "${indicator.label}"; the report prints "${rival.f.text}" for it`);
    }
  } else if (sentences.length === 0) {
    problems.push(`change is not printed in ${where} with its word (${changeWords(indicator)})`);
    return problems;
  }
  if (indicator.plan && !sentences.some((s) => planFigures(indicator, s).length > 0)) {
    problems.push(`plan ${indicator.plan.percent}% is not printed as "đạt ${indicator.plan.percent}% ${indicator.plan.basis}" in the sentence of its value`);
  }
  if (indicator.change && indicator.value !== undefined && !sentences.some((s) => changeFigures(indicator, s).length > 0)) {
    problems.push(`change is not printed in the sentence of its value with its word (${changeWords(indicator)})`);
  }
  if (context) problems.push(...periodProblems(indicator, sentences, anchors, context));
  return problems;
}

/**
 * Values typed more often than the report prints them: a figure printed once is the value of one
 * indicator (or of one per plan it is compared with), so a value moved onto another indicator's figure
 * is caught. One message per figure.
 */
export function sharedValueProblems(indicators: Indicator[], figures: PrintedFigure[]): { id: string; message: string }[] {
  const byKey = new Map<string, { indicators: Indicator[]; printed: number; text: string }>();
  for (const indicator of indicators) {
    const found = valueFigures(indicator, figures);
    if (found.length === 0) continue;
    const key = found.map((f) => `${f.anchor}#${f.index}`).join('|');
    const group = byKey.get(key) ?? { indicators: [], printed: found.length, text: found[0]?.text ?? '' };
    group.indicators.push(indicator);
    byKey.set(key, group);
  }
  const problems: { id: string; message: string }[] = [];
  for (const group of byKey.values()) {
    if (group.indicators.length <= group.printed) continue;
    // One value against two plans ("đạt 65,8% kế hoạch Trung ương giao, đạt 67% kế hoạch địa phương giao chi tiết") is two indicators.
    const plans = group.indicators.map((i) => i.plan?.percent);
    if (plans.every((p) => p !== undefined) && new Set(plans).size === plans.length) continue;
    const [first, ...others] = group.indicators;
    if (!first) continue;
    problems.push({
      id: others.map((i) => i.id).join(', '),
      message: `value ${first.value} ("${group.text}") is printed ${group.printed === 1 ? 'once' : `${group.printed} times`} but typed by ${group.indicators.length} indicators (${group.indicators.map((i) => i.id).join(', ')}); each printed figure is the value of one indicator`,
    });
  }
  return problems;
}

/** What the printed change should read, for messages: "tăng 15%", "giảm 7%", "bằng 97,2%", "tăng 10 vụ". */
function changeWords(indicator: Indicator): string {
  const c = indicator.change;
  if (!c) return '';
  const word = (n: number) => (n > 0 ? 'tăng' : 'giảm');
  const parts: string[] = [];
  if (c.percent !== undefined) parts.push(`"${word(c.percent)} ${Math.abs(c.percent)}%"`);
  if (c.ratio !== undefined) parts.push(`"bằng ${c.ratio}%"`);
  if (c.amount !== undefined) parts.push(`"${word(c.amount)} ${Math.abs(c.amount)} ${indicator.unit}"`);
  return parts.join(' and ');
}
