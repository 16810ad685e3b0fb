/**
 * Proposals for untyped figures: the report genre's phrasing read into indicators, ready to paste.
 * "X ước đạt 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ" → value, unit, plan and
 * change; "tăng 6,2%" alone → a change-only indicator; "tăng 10 vụ" after a value → its amount;
 * "115/133 mã vùng" → outOf; "bằng 97,2%" → a ratio. Pure; reads the figure finder's output.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { tableCellClause } from '../text/entry-text.ts';
import { slugify } from '../text/fold.ts';
import { printedQualifier } from './match.ts';
import { findNumbers, type PrintedFigure } from './finder.ts';

/** One proposed indicator, with the figure it sits on. */
export interface Proposal {
  indicator: Indicator;
  /** The figure of its value (or, for a change only, of its change). */
  figure: PrintedFigure;
}

/** Words that start a plan basis after "đạt …%". */
const PLAN_BASIS = /^(kế hoạch|KH|dự toán|chỉ tiêu|mục tiêu)(?:[^,;.()]*)/u;
/** Connectors stripped from the start of a label. */
const LEAD_NOISE = /^(?:[-–+•,;:.()\s]+|(?:trong đó|trong|đó|ước|đạt|là|được|có|đã|và|với|cho|thực hiện)(?=\s|$))+/iu;
/** Words stripped from the end of a label. */
const TAIL_NOISE = /(?:[-–,;:.()\s]+|(?<=\s|^)(?:ước|đạt|là|được|khoảng|trên|gần|hơn|với|có|của|cho|về|đã|thực hiện|tăng|giảm|còn|lên|xuống|mức))+$/iu;

/** The basis of a change from the words after its percent: "so với cùng kỳ" → "cùng kỳ", "so với 31/12/2020" → "31/12/2020". */
export function changeBasis(after: string): string {
  // X runs to the next clause boundary: a comma or full stop not inside a number, ";", ":", a bracket, or
  // "và/do/nhờ" starting the next clause ("so với tháng trước và tăng 9,6%" → "tháng trước").
  const m = after.match(/^(?:%\s*)?(?:so\s+với|so|với)?\s*((?:[^,;:.()]|[.,](?=\d))+?)(?=,(?!\d)|\.(?!\d)|[;:()]|\s+(?:và|do|nhờ|trong đó)\s|$)/u);
  const basis = m?.[1]?.trim() ?? '';
  if (/^(?:so\s+với|so|với)\s/u.test(after.replace(/^%\s*/u, '')) || /^cùng kỳ/u.test(basis)) return basis || 'cùng kỳ';
  return 'cùng kỳ';
}

/** The basis of a plan from the words after its percent: "kế hoạch Trung ương giao, …" → "kế hoạch Trung ương giao". */
export function planBasis(after: string): string | undefined {
  const m = after.match(PLAN_BASIS);
  if (!m) return undefined;
  return m[0].replace(/\s+(?:tăng|giảm|bằng|so với)\b.*$/u, '').trim();
}

/** The period a clause prints, if any: "tính đến ngày 30/9/2021", "đến ngày 31/8/2021", "từ 16/12/2020 đến 14/9/2021". */
export function printedPeriod(text: string): string | undefined {
  const m =
    text.match(/(?:tính\s+)?(?:từ\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+)?đến\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}/iu) ??
    text.match(/(?<![\p{L}])năm học\s+(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d/iu) ??
    text.match(/(?<![\p{L}])quý\s+[IV]+(?![\p{L}])(?:\s+năm\s+(?:19|20)\d\d)?/iu) ??
    text.match(/(?<!\d\s?)tháng\s+\d{1,2}(?![\d\/])(?:\s+năm\s+(?:19|20)\d\d)?/iu);
  return m?.[0].replace(/^./u, (c) => c.toLowerCase());
}

/** Why a figure is not proposed as an indicator (an age, a dose number, an ordinal count), or undefined for a figure to type. */
export function notAFigure(f: Pick<PrintedFigure, 'unit' | 'number' | 'lead' | 'outOf'>): string | undefined {
  const unit = f.unit.toLowerCase();
  if (unit === 'tuổi') return 'độ tuổi, không phải số liệu';
  if ((unit === 'mũi' || unit === 'liều') && Number.isInteger(f.number) && f.number <= 4) return 'số mũi tiêm trong định nghĩa chỉ tiêu, không phải số liệu';
  if (/(?:^|\s)(?:đợt|mũi|vòng|lần|giai đoạn|khóa|khoá)\s*$/iu.test(f.lead)) return 'số thứ tự, không phải số liệu';
  return undefined;
}

/** "gấp 2,5 lần": a level as a multiple of the earlier period. */
function multipleOf(f: PrintedFigure): boolean {
  // In brackets ("(tăng gấp 30 lần so với …)") it is an aside typed as its own value in "lần".
  return f.unit === 'lần' && /(?:^|\s)gấp\s*$/iu.test(f.lead) && !/\(\s*(?:tăng\s+)?gấp\s*$/iu.test(f.lead);
}

/** Words ending a subject: the verb after it ("các điểm du lịch đón", "đã tiêm được"). */
const SUBJECT_VERBS = /\s+(?:đón|xảy ra|bắt giữ|tiêm được|tiêm|giải quyết|tuyển chọn|khai thác|tổ chức|ban hành|triển khai|hoàn thành|tăng|giảm|đạt|có|là|cho)(?:\s.*)?$/iu;

/** One label candidate, cleaned: connectors and bullets stripped from both ends. */
function cleanPiece(p: string): string {
  return p.replace(LEAD_NOISE, '').replace(TAIL_NOISE, '').trim();
}

/** Whether a candidate is a noun phrase worth a label: two words or more, not starting with a number. */
const nounPhrase = (p: string) => p.split(/\s+/u).filter(Boolean).length >= 2 && !/^[\d(]/u.test(p);

/**
 * A label from the words before a figure: the last clause piece that is a noun phrase (two words or more,
 * not a number), connectors and bullets stripped; else `subject` (the sentence's subject); else `fallback`.
 */
export function labelFrom(lead: string, fallback: string, subject?: string): string {
  const pieces = lead.split(/[;:()]|,(?!\s*\p{Ll}+\s+\p{Ll})|,(?=\s*(?:trong đó|tăng|giảm|bằng|đạt)(?:\s|$))/u).map(cleanPiece);
  // A fallback that is a noun phrase (the unit and the words after it: "người đã tiêm đủ 2 mũi") beats a one-word piece ("Xã", "Chiếm").
  const piece = [...pieces].reverse().find(nounPhrase) ?? (subject !== undefined && nounPhrase(subject) ? subject : undefined) ?? (nounPhrase(fallback) ? fallback : undefined) ?? [...pieces].reverse().find((p) => p.length > 0) ?? '';
  const period = printedPeriod(piece);
  const trimmed = period !== undefined && nounPhrase(cleanPiece(piece.replace(new RegExp(`\\s*${period.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'iu'), ''))) ? cleanPiece(piece.replace(new RegExp(`\\s*${period.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'iu'), '')) : piece;
  const label = trimmed.length > 0 ? trimmed : fallback;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * What a figure counts when nothing before it names it: its unit and the words after it, to the clause's end
 * and at most eight words ("27.905 người đã tiêm đủ 2 mũi." → "người đã tiêm đủ 2 mũi"); the unit alone
 * when nothing follows it.
 */
export function phraseAfter(f: Pick<PrintedFigure, 'unit' | 'after'>): string {
  if (f.unit === '%' || f.unit === '') return f.unit;
  const rest = f.after.startsWith(f.unit) ? f.after.slice(f.unit.length) : '';
  const words = (rest.match(/^(?:[^,;:.()[\]]|[.,](?=\d))*/u)?.[0] ?? '').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || /^(?:và|so|tăng|giảm|bằng|đạt|trong|của|với)$/iu.test(words[0] ?? '')) return f.unit;
  return cleanPiece([f.unit, ...words.slice(0, 8)].join(' '));
}

/** The quantity a unit measures, to name a one-word label by: "ha" → "Diện tích", "tấn" → "Sản lượng", "tỷ đồng" → "Giá trị"; "Số" for a count. */
function quantityOf(unit: string): string {
  const last = unit.split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (/^(?:ha|m²|km²|m2|km2)$/u.test(last)) return 'Diện tích';
  if (/^(?:tấn|tạ|kg|tạ\/ha|tấn\/ha)$/u.test(last)) return 'Sản lượng';
  if (/^(?:đồng|usd)$/u.test(last)) return 'Giá trị';
  if (unit === '%') return 'Tỷ lệ';
  return 'Số';
}

/** A label of one word made a noun phrase by the quantity its unit measures: "Lúa" in ha → "Diện tích lúa", "Xã" → "Số xã". */
export function nounLabel(label: string, unit: string): string {
  if (label.trim().split(/\s+/u).filter(Boolean).length >= 2) return label;
  const word = label.trim() === '' ? unit : label.trim();
  return `${quantityOf(unit)} ${word.charAt(0).toLowerCase()}${word.slice(1)}`.trim();
}

/** The subject of a sentence: its first words up to a comma, verb or number ("Tỷ lệ hộ nghèo giảm còn 9,8%…" → "Tỷ lệ hộ nghèo"). */
export function sentenceSubject(sentence: string): string {
  const head = sentence.replace(/^(?:[-+–•]\s*|(?:tháng|quý)\s+[\dIVX]+,\s*|năm học\s+\d{4}\s?[-–]\s?\d{4},\s*|tính đến ngày\s+[\d/]+,\s*)+/iu, '').split(/[,;:(]|\s\d/u)[0] ?? '';
  return cleanPiece(head.replace(SUBJECT_VERBS, '').replace(/\s+(?:ước|bình quân)$/u, ''));
}

/** A valid ASCII kebab-case id from a label ("chi-so" when the label has no letter or digit). */
export function labelId(label: string): string {
  const id = slugify(label).replace(/^-+|-+$/g, '');
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : 'chi-so';
}

/** Signed number of a figure from its comparison word: "giảm 7%" → -7. */
function signed(figure: PrintedFigure): number {
  const n = Math.abs(figure.number);
  return figure.comparison === 'giảm' ? -n : n;
}

/** The headers a table cell's figure is printed under: its row's ("Tổng diện tích gieo trồng") and its column's ("Kế hoạch năm"). */
export interface CellHeaders {
  row: string;
  column: string;
}

/**
 * A table cell's label: its row header, then its column header without a unit in brackets ("Tổng diện tích
 * gieo trồng" + "Thực hiện 10 tháng" → "Tổng diện tích gieo trồng thực hiện 10 tháng"); either alone when
 * the other is empty.
 */
export function cellLabel({ row, column }: CellHeaders): string {
  // Headers are names, not clauses: only punctuation is trimmed ("Thực hiện 10 tháng" keeps its verb).
  const trim = (text: string) => text.replace(/^[-–+•,;:.()\s]+|[-–,;:.()\s]+$/gu, '');
  const head = trim(row);
  const col = trim(column.replace(/\s*\([^()]*\)\s*$/u, ''));
  const label = head === '' ? col : col === '' ? head : `${head} ${col.charAt(0).toLowerCase()}${col.slice(1)}`;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Proposals for the figures of one block (paragraph, table or footnote), sentence by sentence; `cellOf` names a table figure's headers. */
function proposeBlock(figures: PrintedFigure[], cellOf: (f: PrintedFigure) => CellHeaders | undefined = () => undefined): Proposal[] {
  const out: Proposal[] = [];
  // Percent levels started from a plan column ("So dự toán (%)") with no value in their row: not the row's level, so no change of theirs.
  const planLevels = new Set<Indicator>();
  let current: Proposal | undefined;
  let sentence = '';
  for (const f of figures) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      current = undefined;
    }
    if (notAFigure(f) !== undefined) continue;
    const start = (indicator: Omit<Indicator, 'id' | 'headline'>) => {
      const label = indicator.label;
      const full: Indicator = { id: labelId(label), ...indicator, headline: false };
      // A period opening the sentence ("Tháng 10, …", "Tính đến ngày 31/10/2021, …; trong đó …") covers all its clauses.
      const opening = f.sentence.match(/^\s*(?:tính\s+)?(?:đến\s+ngày|tháng|quý|năm học)\s[^,;]{0,30},/iu)?.[0];
      const period = printedPeriod(f.clause) ?? printedPeriod(f.lead) ?? (opening === undefined ? undefined : printedPeriod(opening));
      if (period) full.period = period;
      if (f.footnote !== undefined) full.footnote = Number(f.footnote);
      current = { indicator: full, figure: f };
      out.push(current);
    };
    const cell = cellOf(f);
    const subject = current?.indicator.label ?? sentenceSubject(f.sentence);
    const label = nounLabel(cell !== undefined && cellLabel(cell) !== '' ? cellLabel(cell) : labelFrom(f.lead, phraseAfter(f), subject), f.unit);
    if (multipleOf(f) && current && !current.indicator.change) {
      current.indicator.change = { ratio: Math.round(f.number * 100 * 1000) / 1000, basis: changeBasis(f.after.slice(f.unit.length).trim()) };
      continue;
    }
    // A table's percent column: "So kế hoạch (%)", "So dự toán (%)" is a plan; "So cùng kỳ (%)" a ratio.
    const column = f.unit === '%' && f.comparison !== 'tăng' && f.comparison !== 'giảm' ? f.clause.match(/(?:^|,\s*)So\s+(kế hoạch|dự toán|cùng kỳ)[^:,;]*\(%\):\s*[-−]?[\d.,]+\s?%/iu)?.[1]?.toLowerCase() : undefined;
    if (column === 'cùng kỳ') {
      if (current && !current.indicator.change && !planLevels.has(current.indicator)) current.indicator.change = { ratio: f.number, basis: 'cùng kỳ' };
      else start({ label: cell === undefined ? label : cellLabel({ row: cell.row, column: '' }) || label, unit: '%', change: { ratio: f.number, basis: 'cùng kỳ' } });
      continue;
    }
    if (f.unit === '%') {
      const basis = column ?? (f.comparison === 'đạt' ? planBasis(f.after.replace(/^%\s*/u, '')) : undefined);
      const target = current?.indicator;
      if (target && basis !== undefined && !target.plan) target.plan = { percent: f.number, basis };
      else if (target && basis !== undefined && target.plan && target.value !== undefined) {
        // A second plan basis of the same value ("đạt 65,2% kế hoạch Trung ương giao, đạt 78,5% kế hoạch tỉnh giao"): one more indicator.
        const { change: _change, plan: _plan, id: _id, headline: _headline, ...rest } = target;
        const second: Indicator = { ...rest, id: labelId(`${target.label} so với ${basis}`), label: `${target.label} so với ${basis}`, plan: { percent: f.number, basis }, headline: false };
        out.push({ indicator: second, figure: f });
      }
      else if (target && (f.comparison === 'tăng' || f.comparison === 'giảm') && target.change?.percent === undefined && target.change?.ratio === undefined) {
        target.change = { ...(target.change ?? {}), percent: signed(f), basis: target.change?.basis ?? changeBasis(f.after) };
      } else if (target && f.comparison === 'bằng' && !target.change) target.change = { ratio: f.number, basis: changeBasis(f.after) };
      else if (f.comparison === 'tăng' || f.comparison === 'giảm') start({ label, unit: '%', change: { percent: signed(f), basis: changeBasis(f.after) } });
      else if (column !== undefined && cell !== undefined) {
        // "So dự toán (%)" in a row without a value: the share of the plan is the figure ("Thu ngân sách so với dự toán").
        start({ label: `${cellLabel({ row: cell.row, column: '' }) || label} so với ${column}`, value: f.number, unit: '%' });
        if (current) planLevels.add(current.indicator);
      } else start({ label, ...qualified(f), value: f.number, unit: '%' });
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
  const cellOf = (f: PrintedFigure): CellHeaders | undefined => {
    const table = text.tables.find((t) => t.id === f.anchor);
    const cell = table?.cells.find((c) => f.clause.startsWith(`${tableCellClause(c.rowHeader, c.columnHeader, '')}`) && c.rowHeader !== '' && c.columnHeader !== '');
    return cell === undefined ? undefined : { row: cell.rowHeader, column: cell.columnHeader };
  };
  return blocks.flatMap((anchor) => proposeBlock(figures.filter((f) => f.anchor === anchor), cellOf));
}

/** An indicator as the lines of one YAML list item in the content files' style ("- id: …", then "  label: …"), with `id` as given. */
export function indicatorYamlLines(i: Indicator, id: string): string[] {
  const q = (text: string) => JSON.stringify(text);
  const flow = (o: Record<string, string | number | undefined>) =>
    `{ ${Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${typeof v === 'string' ? q(v) : v}`).join(', ')} }`;
  const lines = [`- id: ${q(id)}`, `  label: ${q(i.label)}`];
  if (i.qualifier !== undefined) lines.push(`  qualifier: ${q(i.qualifier)}`);
  if (i.value !== undefined) lines.push(`  value: ${i.value}`);
  if (i.outOf !== undefined) lines.push(`  outOf: ${i.outOf}`);
  lines.push(`  unit: ${q(i.unit)}`);
  if (i.period !== undefined) lines.push(`  period: ${q(i.period)}`);
  if (i.plan) lines.push(`  plan: ${flow({ percent: i.plan.percent, basis: i.plan.basis })}`);
  if (i.change) lines.push(`  change: ${flow({ percent: i.change.percent, ratio: i.change.ratio, amount: i.change.amount, basis: i.change.basis })}`);
  if (i.footnote !== undefined) lines.push(`  footnote: ${i.footnote}`);
  if (i.draft) lines.push('  draft: true');
  return lines;
}

/** `id`, or `id-2`, `id-3`… — the first not in `taken`, which it joins. */
export function uniqueId(id: string, taken: Set<string>): string {
  const base = id || 'chi-so';
  let unique = base;
  for (let n = 2; taken.has(unique); n += 1) unique = `${base}-${n}`;
  taken.add(unique);
  return unique;
}

/** Proposals as YAML list items for an entry's `indicators:`, in the content files' style (ids made unique against `taken`). */
export function proposalsYaml(proposals: Proposal[], taken: Set<string> = new Set()): string {
  return proposals.map(({ indicator: i }) => indicatorYamlLines(i, uniqueId(i.id, taken)).map((line) => `  ${line}`).join('\n')).join('\n');
}
