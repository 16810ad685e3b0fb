/**
 * Checks that keep the typed data honest against the report's text. Each returns problems that
 * name the file and the item; the data layer fails the build when any is found.
 */
import type { Chart } from '../../schemas/chart.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { chartPlacements } from '../charts/spec.ts';
import { indicatorProblems, sharedValueProblems, type PeriodContext } from '../figures/match.ts';
import { findNumbers } from '../figures/finder.ts';
import type { EntryText } from '../text/entry-text.ts';

/** What the checks need of a declared chart. */
export type CheckedChart = Pick<Chart, 'id' | 'indicators'> & Partial<Pick<Chart, 'measure' | 'type' | 'labels'>>;

/** What a check needs to know of one entry. */
export interface CheckedEntry {
  /** Path of the MDX file, for messages. */
  file: string;
  /** Collection and id, for resolving references. */
  collection: string;
  id: string;
  /** Raw MDX body. */
  body: string;
  /** The body's text model (paragraphs, footnotes, references). */
  text: EntryText;
  indicators: Indicator[];
  /** Charts declared in frontmatter: id and indicator ids, and when known what they measure, their kind and short labels. */
  charts: CheckedChart[];
  /** The report's default period and the headings the entry is printed under, to check `period` against the text; without them periods are not checked. */
  periods?: Omit<PeriodContext, 'text'> | undefined;
}

/** A problem found by a check. */
export interface Problem {
  file: string;
  message: string;
}

/**
 * Indicators whose figures are not printed as typed: the value with its unit (and whole, and sign: a
 * value is ≥ 0 unless the report prints a minus), the plan as "đạt …% <basis>" and the change with its
 * word ("tăng"/"giảm" by its sign, "bằng" for a ratio) in the value's sentence, and a value that sits on
 * a figure whose words name something else, and (given `periods`) a period the text does not print or a
 * printed one left to the default (see `indicatorProblems`).
 */
export function checkIndicatorValues(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const figures = findNumbers(entry.text);
    for (const indicator of entry.indicators) {
      for (const message of indicatorProblems(indicator, figures, entry.periods && { ...entry.periods, text: entry.text })) problems.push({ file: entry.file, message: `indicator "${indicator.id}": ${message}` });
    }
    for (const shared of sharedValueProblems(entry.indicators, figures)) problems.push({ file: entry.file, message: `indicator "${shared.id}": ${shared.message}` });
  }
  return problems;
}

/** Indicator and chart ids used twice across the site. */
export function checkUniqueIds(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const [kind, id] of [
      ...entry.indicators.map((i) => ['indicator', i.id] as const),
      ...entry.charts.map((c) => ['chart', c.id] as const),
    ]) {
      const key = `${kind}:${id}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push({ file: entry.file, message: `duplicate ${kind} id "${id}" (also in ${first})` });
      else seen.set(key, entry.file);
    }
  }
  return problems;
}

/** Footnotes defined twice, defined but never referenced, referenced but not defined, or missing from 1…n. */
export function checkFootnotes(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const definedIn = new Map<string, string>();
  const referenced = new Set<string>();
  for (const entry of entries) {
    const refs = new Set(entry.text.references);
    for (const { label } of entry.text.footnotes) {
      const first = definedIn.get(label);
      if (first !== undefined) problems.push({ file: entry.file, message: `footnote ${label} is defined twice (also in ${first})` });
      else definedIn.set(label, entry.file);
      if (!refs.has(label)) problems.push({ file: entry.file, message: `footnote ${label} is defined but never referenced` });
    }
    for (const label of refs) {
      referenced.add(label);
      if (!entry.text.footnotes.some((f) => f.label === label)) {
        problems.push({ file: entry.file, message: `footnote ${label} is referenced but not defined in this file` });
      }
    }
  }
  const numbers = [...definedIn.keys()].map(Number).filter(Number.isInteger);
  const max = Math.max(0, ...numbers);
  for (let n = 1; n <= max; n += 1) {
    if (!definedIn.has(String(n))) problems.push({ file: '(all entries)', message: `footnote ${n} is missing from 1…${max}` });
  }
  return problems;
}

/** Charts whose indicators are not in the same entry. */
export function checkChartIndicators(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const ids = new Set(entry.indicators.map((i) => i.id));
    for (const chart of entry.charts) {
      for (const id of chart.indicators) {
        if (!ids.has(id)) problems.push({ file: entry.file, message: `chart "${chart.id}": indicator "${id}" is not in this entry` });
      }
    }
  }
  return problems;
}

/** `<Chart id="…" />` placements in a body that name no chart of the entry's frontmatter. */
export function checkChartPlacements(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const declared = new Set(entry.charts.map((c) => c.id));
    for (const id of chartPlacements(entry.body)) {
      if (!declared.has(id)) problems.push({ file: entry.file, message: `<Chart id="${id}" />: no chart "${id}" in this entry's frontmatter charts` });
    }
  }
  return problems;
}

/** Charts whose data cannot be drawn honestly: mixed units, a missing plan or change, a doughnut of percents, labels that do not match. */
export function checkChartData(entries: Pick<CheckedEntry, 'file' | 'indicators' | 'charts'>[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const byId = new Map(entry.indicators.map((i) => [i.id, i]));
    for (const chart of entry.charts) {
      const say = (message: string) => problems.push({ file: entry.file, message: `chart "${chart.id}": ${message}` });
      const indicators = chart.indicators.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
      const measure = chart.measure ?? 'value';
      if (measure === 'value') {
        const units = [...new Set(indicators.map((i) => i.unit))];
        if (units.length > 1) {
          const list = units.map((u) => `"${u}" (${indicators.filter((i) => i.unit === u).map((i) => i.id).join(', ')})`).join(', ');
          say(`measure "value" needs one unit, but its indicators use ${list}`);
        }
        for (const i of indicators.filter((i) => i.value === undefined)) say(`measure "value" needs a value on every indicator; "${i.id}" prints only a change`);
      }
      if (measure === 'plan') {
        for (const i of indicators.filter((i) => i.plan === undefined)) say(`measure "plan" needs a plan on every indicator; "${i.id}" has none`);
      }
      if (measure === 'change') {
        for (const i of indicators.filter((i) => i.change === undefined)) say(`measure "change" needs a change on every indicator; "${i.id}" has none`);
        for (const i of indicators.filter((i) => i.change && i.change.percent === undefined && i.change.ratio === undefined)) say(`measure "change" draws percents or ratios; "${i.id}" has only an amount`);
        const kinds = new Set(indicators.flatMap((i) => (i.change?.percent !== undefined ? ['percent'] : i.change?.ratio !== undefined ? ['ratio'] : [])));
        if (kinds.size > 1) say('measure "change" mixes percent changes and ratios; split them into two charts');
      }
      if (chart.type === 'doughnut') {
        if (measure !== 'value') say(`a doughnut shows parts of a whole, so its measure must be "value", not "${measure}"`);
        for (const i of indicators.filter((i) => (i.value ?? 0) <= 0)) say(`a doughnut needs positive values; "${i.id}" is ${i.value ?? 'change-only'}`);
      }
      if (chart.labels !== undefined && chart.labels.length !== chart.indicators.length) {
        say(`labels has ${chart.labels.length} items but indicators has ${chart.indicators.length}`);
      }
    }
  }
  return problems;
}

/** Every check of this module, in one list (relations to tasks: `relations.ts`). */
export function checkAll(entries: CheckedEntry[]): Problem[] {
  return [
    ...checkUniqueIds(entries),
    ...checkIndicatorValues(entries),
    ...checkFootnotes(entries),
    ...checkChartIndicators(entries),
    ...checkChartPlacements(entries),
    ...checkChartData(entries),
  ];
}

/** One error message listing every problem, file first. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.message}`).join('\n');
}
