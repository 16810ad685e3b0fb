/**
 * The figure finder: every figure an entry prints — a number with a unit word or a percent, in its
 * paragraphs, table cells and footnotes — with the sentence and clause it lives in. Dates, years, legal-document
 * numbers, ordinals, section numbers, footnote marks and bare numbers are left out, each with its kind.
 * Pure; reads the entry's text model (`readEntryText`), never the body again.
 */
import { footnoteId } from '../text/anchors.ts';
import { tableCellClause, type EntryText, type TextTable, type TextTableCell } from '../text/entry-text.ts';
import { foldVietnamese } from '../text/fold.ts';

/** Why a number is not a figure. */
export type LeftOutKind = 'date' | 'year' | 'document' | 'ordinal' | 'section' | 'footnote' | 'scale' | 'name' | 'bare';

/** A number the finder saw and left out, with its reason. */
export interface LeftOut {
  /** The token as printed: "30/9/2021", "68/NQ-CP". */
  text: string;
  kind: LeftOutKind;
}

/** One figure as printed. */
export interface PrintedFigure {
  /** The figure as printed, number and unit: "3.060 triệu USD", "99,4%", "115/133 mã vùng trồng". */
  text: string;
  /** The number's value: "3.060" → 3060, "-1,64" → -1.64. */
  number: number;
  /** The numeral as printed: "3.060". */
  numeral: string;
  /** Whether it is printed with a minus sign. */
  negative: boolean;
  /** Unit as printed, up to the end of its noun phrase: "triệu USD", "%", "đối tượng". */
  unit: string;
  /** The words that follow the number up to the clause's end, for matching a typed unit: "triệu USD, đạt…" → "triệu USD". */
  after: string;
  /** The whole of a part, as printed: "115/133" → 133. */
  outOf?: number;
  /** Anchor of its paragraph ("ii-1-b-2") or footnote ("fn-14"). */
  anchor: string;
  /** Footnote label when it is printed in a footnote. */
  footnote?: string;
  /** The whole text of its paragraph or footnote. */
  block: string;
  /** The full sentence (to its full stop) it is printed in. */
  sentence: string;
  /** The clause it is printed in: the sentence piece between ";" or ":" marks. */
  clause: string;
  /** The words before it since the previous figure of its sentence (or the sentence start): what it counts. */
  lead: string;
  /** A number with no unit word after it ("…dự thi: 9002."): not counted as a figure, but a typed value may sit on it when its sentence names the unit. */
  bare?: boolean;
  /** The comparison word before it in its clause ("đạt", "tăng", "giảm", "bằng"), carried over a bare list ("giảm 05 vụ, 07 người chết"); "" when none. */
  comparison: ComparisonWord;
  /** Position of the figure among its block's figures, from 0. */
  index: number;
}

/** A numeral as printed: "3.060", "1.094,1", "05"; and a percent with an English decimal point ("40.37%"), which a dot before one or two digits cannot be a thousands mark of. */
const NUMERAL = String.raw`\d+\.\d{1,2}(?=\s?%)|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A number token: optional minus, numeral, optional "/whole", optional percent. */
const NUMBER_TOKEN = new RegExp(String.raw`(?<![\p{L}\p{N}.,/\-−])([-−]\s?)?(${NUMERAL})(?:\/(${NUMERAL}))?(?![\p{N}]|[.,]\p{N}|\/|-\d|-\p{L})(\s?%)?`, 'gu');
/** Words that end a unit: the report's function words. */
const STOP_WORDS = new Set(
  'và với so của là đến tại trong theo cho được đã ở từ trên dưới về để thì mà này đó hoặc hay cùng bằng đạt tăng giảm gồm có còn nay những các một như khi sau trước đang sẽ vào ra do bị nên nhưng hơn gần khoảng'.split(' '),
);
/** Words before a number that make it a date part. */
const DATE_LEAD = /(?:^|\s)(?:ngày|tháng|quý|từ ngày|đến ngày)\s*$/iu;
/** Words before a number that make it a legal-document or item number. */
const DOCUMENT_LEAD = /(?:^|\s)(?:số|Số|hiệu)\s*$/u;
/** Words before a number that make it an ordinal. */
const ORDINAL_LEAD = /(?:^|\s)(?:thứ|lần thứ|khóa|khoá|kỳ họp thứ)\s*$/iu;
/** Words before a number that make it a section number. */
const SECTION_LEAD = /(?:^|\s)(?:mục|tiểu mục|phần|khoản|điều|điểm|chương|phụ lục)\s*$/iu;
/** Multipliers that belong to a unit: "nghìn tấn", "tỷ đồng". */
const MULTIPLIERS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'trăm', 'vạn']);
/** Units of measure that end a unit after a multiplier or alone: "triệu USD", "ha". */
const MEASURES = new Set('đồng USD tấn tạ ha m m² m³ m3 km km² kg g lít Kwh kWh KWh MW lượt người liều con viên tỷ'.split(' '));
/** Count nouns of more than one word ("368 đối tượng", "115 mã vùng trồng"); any other unit is one word ("10 vụ"). */
const COMPOUND_UNITS = (
  'đối tượng|hồ sơ|doanh nghiệp|tổ chức|học sinh|thí sinh|đại biểu|trường hợp|khách hàng|dự án|quyết định|nhiệm vụ|sản phẩm|văn kiện|' +
  'công trình|mặt hàng|chi nhánh|kế hoạch|giấy phép|tài khoản|cửa hàng|cửa khẩu|đơn hàng|tờ khai|bệnh viện|liên hiệp|mã vùng trồng|mã vùng|' +
  'hộ kinh doanh|hộ gia đình|thanh niên|bị can|chuỗi giá trị|chuỗi cung ứng|cơ sở|nhà máy|đề tài|mã số|văn bản|lao động|bác sĩ|y bác sĩ|' +
  'cán bộ|công dân|phương tiện|điểm trường|vùng trồng|giấy chứng nhận|thủ tục|mỏ đất|đơn vị|trường học|người dân|hợp tác xã|lượt khách|lượt người|' +
  'lượt phương tiện|lượt xe|điểm phần trăm|chỉ tiêu|huy chương|vận động viên|căn nhà|căn hộ|lượt truy cập|suất ăn'
)
  .split('|')
  .map((u) => u.split(' '))
  .sort((a, b) => b.length - a.length);
/** Units of time after a number: a duration, an anniversary or a period, not a figure ("5 năm", "190 năm thành lập"). */
const TIME_UNITS = new Set(['năm', 'tháng', 'tuần', 'ngày', 'giờ', 'phút']);

/** The words that compare a figure: plan completion, rise, fall, ratio. */
export type ComparisonWord = 'đạt' | 'tăng' | 'giảm' | 'bằng' | '';

/**
 * The comparison word of a lead's last clause piece — right before the number, or up to `reach` words
 * back ("đạt tỷ lệ 35%") — or undefined when the piece holds no word to carry a list on.
 */
export function leadComparison(lead: string, reach = 4): ComparisonWord | undefined {
  const tail = lead.split(/[,;:]/u).pop() ?? '';
  const words = tail.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')).filter(Boolean);
  if (words.length === 0) return undefined;
  const kept = words.filter((w) => w !== 'thêm' && w !== 'được');
  // "giảm còn 9,8%", "tăng lên 2.845 doanh nghiệp", "giảm xuống": the level reached, a value, not a change.
  if (/(?:^|\s)(?:tăng|giảm)(?:\s+xuống)?\s+(?:còn|lên|xuống)(?:\s+mức)?$/u.test(kept.slice(-reach - 1).join(' '))) return '';
  for (const word of kept.slice(-reach).reverse()) {
    if (word === 'đạt' || word === 'tăng' || word === 'giảm' || word === 'bằng') return word;
  }
  return '';
}

/** Parse a numeral as printed in Vietnamese: "1.094,1" → 1094.1, "05" → 5; an English decimal point ("40.37") is read as one. */
export function parseNumeral(numeral: string): number {
  if (/^\d+\.\d{1,2}$/.test(numeral)) return Number(numeral);
  return Number(numeral.replace(/\./g, '').replace(',', '.'));
}

/** The count noun of more than one word that `after` (the text after a number) starts with, even one that starts with a function word ("bị can"). */
function compoundUnitAt(after: string): string | undefined {
  const words = after.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/[.,;:!?()…]+$/u, ''));
  const compound = COMPOUND_UNITS.find((c) => c.every((w, n) => lower[n] === w && (n === c.length - 1 || !/[.,;:!?()…]$/u.test(words[n] ?? ''))));
  return compound ? words.slice(0, compound.length).join(' ').replace(/[.,;:!?()…]+$/u, '') : undefined;
}

/** The unit words after a number: multiplier + measure ("triệu USD"), a measure ("ha"), or a count noun of one or two words. */
export function unitAfter(after: string): string {
  const compoundFirst = compoundUnitAt(after);
  if (compoundFirst && STOP_WORDS.has(compoundFirst.split(' ')[0]?.toLowerCase() ?? '')) return compoundFirst;
  const words = after.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    if (/[.,;:!?()…]$/u.test(word)) {
      const bare = word.replace(/[.,;:!?()…]+$/u, '');
      if (bare && !STOP_WORDS.has(bare.toLowerCase())) out.push(bare);
      break;
    }
    if ((/\d/.test(word) && !MEASURES.has(word)) || STOP_WORDS.has(word.toLowerCase())) break;
    out.push(word);
  }
  const [first, second] = out;
  if (first === undefined) return '';
  const lower = out.map((w) => w.toLowerCase());
  const compoundAt = (from: number) => COMPOUND_UNITS.find((c) => c.every((w, n) => lower[from + n] === w));
  if (MULTIPLIERS.has(first)) {
    // "nghìn lượt người", "nghìn điểm phần trăm"; but "nghìn lượt khách" is typed "nghìn lượt", its label naming the visitors.
    const inner = compoundAt(1);
    if (inner && inner.join(' ') !== 'lượt khách') return out.slice(0, 1 + inner.length).join(' ');
    return second !== undefined ? `${first} ${second}` : first;
  }
  const compound = compoundAt(0);
  // "35.545 lượt người có công": "người có công" is who is counted, the unit is "lượt".
  if (compound && !(compound.join(' ') === 'lượt người' && /^lượt\s+người\s+có\s+công\b/iu.test(after.trim()))) return out.slice(0, compound.length).join(' ');
  return first;
}

/** What the words after a number say about it: a unit word makes a figure; nothing or a function word leaves a bare number. */
function nextWord(after: string): string {
  const m = after.match(/^\s*([\p{L}²³]+)/u);
  return m?.[1] ?? '';
}

/** One number token classified: a figure (with its parts) or left out (with its kind). */
export type Classified =
  | { kind: 'figure'; numeral: string; number: number; negative: boolean; outOf?: number; percent: boolean; start: number; end: number }
  | { kind: LeftOutKind; text: string; start: number; end: number };

/** Classify every number in one sentence, in order. */
export function classifyNumbers(sentence: string): Classified[] {
  const out: Classified[] = [];
  // Footnote marks a reference left as text ("[^4]") and document/section tokens with letters are left out first.
  for (const m of sentence.matchAll(/\[\^[^\]\s]+\]/gu)) out.push({ kind: 'footnote', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])\d+(?:\/\d+)*\/[\p{Lu}Đ][\p{L}Đđ]*(?:-[\p{L}Đđ]+)*/gu)) out.push({ kind: 'document', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}\/])\d{1,2}\/\d{1,2}\/\d{2,4}(?![\p{N}\/])|(?<![\p{L}\p{N}\/])\d{1,2}\/(?:19|20)\d\d(?![\p{N}\/])/gu)) out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d(?![\p{N}])/gu)) out.push({ kind: 'year', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(/(?<![\p{L}\p{N}])(?:[IVX]+|\d+)(?:\.\d+)*\.[a-zđ](?![\p{L}])/gu)) out.push({ kind: 'section', text: m[0], start: m.index, end: m.index + m[0].length });
  const taken = (i: number) => out.some((o) => i >= o.start && i < o.end);
  for (const m of sentence.matchAll(NUMBER_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start + (m[1]?.length ?? 0))) continue;
    const numeral = m[2] ?? '';
    const whole = m[3];
    const percent = m[4] !== undefined;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    const text = m[0].trim();
    const leave = (kind: LeftOutKind) => out.push({ kind, text, start, end });
    if (!percent && whole !== undefined && /^\/\d{2,4}\b/.test(after)) leave('date'); // "30/9/2021": the day/month part before "/year"
    else if (!percent && /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(`${numeral}/${whole}${after.match(/^\/\d+/)?.[0] ?? ''}`)) leave('date');
    else if (!percent && whole !== undefined && /^(?:19|20)\d\d$/.test(whole) && parseNumeral(numeral) <= 12) leave('date'); // "9/2021"
    else if (!percent && whole !== undefined && parseNumeral(whole) <= 12 && parseNumeral(numeral) <= 31 && !isUnitWord(nextWord(after))) leave('date'); // "ngày Thương binh liệt sỹ 27/7"
    else if (!percent && whole !== undefined && (DATE_LEAD.test(before) || /(?:^|\s)(?:từ|đến)\s*$/iu.test(before)) && parseNumeral(whole) <= 12) leave('date'); // "ngày 04/10", "từ 27/7"
    else if (!percent && /^(?:19|20)\d\d$/.test(numeral) && whole === undefined && (/^\s*[-–]\s*(?:19|20)\d\d/.test(after) || /(?:năm|giai đoạn|niên vụ|[-–])\s*$/iu.test(before) || !isUnitWord(nextWord(after)))) leave('year');
    else if (!percent && DATE_LEAD.test(before)) leave('date');
    else if (!percent && /^\s*tháng\b/u.test(after) && whole === undefined) leave('date'); // "9 tháng đầu năm": the period
    else if (!percent && DOCUMENT_LEAD.test(before)) leave('document');
    else if (!percent && whole !== undefined && /(?:^|\s)tỷ lệ\s*$/iu.test(before)) leave('scale'); // "tỷ lệ 1/2.000": a map scale
    else if (!percent && (/(?:^|\s)(?:Quốc lộ|quốc lộ|tỉnh lộ|Tỉnh lộ|đường tỉnh|ĐT|QL)\s*$/u.test(before) || /^\s?\p{Lu}(?![\p{L}])/u.test(after))) leave('name'); // "Quốc lộ 4B", "5K"
    else if (!percent && TIME_UNITS.has(nextWord(after).toLowerCase())) leave('date'); // "5 năm", "24/24 giờ": a duration or an anniversary
    else if (!percent && /^\s*sao\b/u.test(after)) leave('ordinal'); // "sản phẩm OCOP 04 sao": a rating
    else if (ORDINAL_LEAD.test(before)) leave('ordinal');
    else if (!percent && SECTION_LEAD.test(before)) leave('section');
    else if (!percent && whole === undefined && !isUnitWord(nextWord(after)) && compoundUnitAt(after) === undefined) leave('bare');
    else {
      const figure: Classified = { kind: 'figure', numeral, number: parseNumeral(numeral) * (m[1] ? -1 : 1), negative: m[1] !== undefined, percent, start, end };
      if (whole !== undefined) figure.outOf = parseNumeral(whole);
      out.push(figure);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A bare number read as a figure without a unit. */
function bareFigure(text: string, start: number, end: number): Extract<Classified, { kind: 'figure' }> | undefined {
  const m = text.match(new RegExp(`^([-−]\\s?)?(${NUMERAL})$`, 'u'));
  if (!m) return undefined;
  return { kind: 'figure', numeral: m[2] ?? '', number: parseNumeral(m[2] ?? '') * (m[1] ? -1 : 1), negative: m[1] !== undefined, percent: false, start, end };
}

function isUnitWord(word: string): boolean {
  return word.length > 0 && !STOP_WORDS.has(word.toLowerCase());
}

/** Full sentences of a block: the model's sentences (split at ".", ";", ":") joined back up to each full stop. */
function fullSentences(sentences: string[]): { sentence: string; clauses: string[] }[] {
  const out: { sentence: string; clauses: string[] }[] = [];
  let clauses: string[] = [];
  for (const s of sentences) {
    clauses.push(s);
    if (/[.!?…]$/u.test(s)) {
      out.push({ sentence: clauses.join(' '), clauses });
      clauses = [];
    }
  }
  if (clauses.length > 0) out.push({ sentence: clauses.join(' '), clauses });
  return out;
}

/** Where a block's figures are printed: its anchor, its whole text and, in a footnote, its label. */
interface BlockPlace {
  anchor: string;
  block: string;
  footnote?: string | undefined;
}

/**
 * Figures of one full sentence made of `clauses` (joined by spaces), appended to `figures`. With `keep`,
 * only numbers starting inside one of those ranges of the sentence are figures (a table row: the cells,
 * not the headers repeated before each).
 */
function figuresOfSentence(sentence: string, clauses: string[], place: BlockPlace, figures: PrintedFigure[], keep?: { start: number; end: number; comparison?: ComparisonWord }[]): void {
  let previousEnd = 0;
  let previousWord: ComparisonWord = '';
  for (const found of classifyNumbers(sentence)) {
    if (found.kind !== 'figure' && found.kind !== 'bare') continue;
    const range = keep?.find((r) => r.start <= found.start && found.start < r.end);
    if (keep && !range) continue;
    const c = found.kind === 'figure' ? found : bareFigure(found.text, found.start, found.end);
    if (!c) continue;
    const rest = sentence.slice(c.end);
    const unit = c.percent ? '%' : unitAfter(rest);
    const unitEnd = unit === '' || c.percent ? c.end : c.end + rest.indexOf(unit) + unit.length;
    const text = sentence.slice(c.start, unitEnd).trim();
    let offset = 0;
    const clause = clauses.find((cl) => {
      const found = offset <= c.start && c.start < offset + cl.length + 1;
      offset += cl.length + 1;
      return found;
    }) ?? sentence;
    const lead = sentence.slice(previousEnd, c.start).trim();
    // A table cell's percent under "So cùng kỳ (%)" or "So kế hoạch (%)" is compared by its column header, not by a word before it.
    const comparison: ComparisonWord = (c.percent ? range?.comparison : undefined) ?? leadComparison(lead, c.percent ? 3 : 1) ?? (/[,;]\s*$/u.test(sentence.slice(0, c.start)) ? previousWord : '');
    previousWord = comparison;
    const figure: PrintedFigure = {
      comparison,
      text,
      number: c.number,
      numeral: c.numeral,
      negative: c.negative,
      unit,
      after: rest.trim(),
      anchor: place.anchor,
      block: place.block,
      sentence,
      clause,
      lead,
      index: figures.length,
    };
    if (c.outOf !== undefined) figure.outOf = c.outOf;
    if (place.footnote !== undefined) figure.footnote = place.footnote;
    if (found.kind === 'bare') figure.bare = true;
    figures.push(figure);
    previousEnd = c.end + (c.percent ? 0 : rest.indexOf(unit) + unit.length);
  }
}

/** Figures of one block of text (a paragraph or a footnote), in order. */
export function findFiguresInBlock(sentences: string[], anchor: string, footnote?: string): PrintedFigure[] {
  const figures: PrintedFigure[] = [];
  const place = { anchor, block: sentences.join(' '), footnote };
  for (const { sentence, clauses } of fullSentences(sentences)) figuresOfSentence(sentence, clauses, place, figures);
  return figures;
}

/** A header that names a column of units: "Đơn vị", "Đơn vị tính", "ĐVT". */
const UNIT_COLUMN = /^(?:don vi(?: tinh)?|dvt)$/;

/** The unit a header prints: in parentheses at its end ("Thực hiện (tỷ đồng)" → "tỷ đồng", "Tỷ lệ (%)" → "%"), or a "%" of its own ("Đạt % kế hoạch" → "%"). */
export function headerUnit(header: string): string {
  const inParentheses = header.match(/\(([^()]+)\)\s*$/u)?.[1]?.trim();
  if (inParentheses) return inParentheses;
  return /(?:^|\s)%(?:\s|$)/u.test(header) ? '%' : '';
}

/**
 * The words the figure finder reads for a table cell: its clause (row header, column header, cell) with,
 * after a number printed without a unit, the unit its column or row prints — first the column header's
 * "(tỷ đồng)", then the row's cell in a unit column ("Đơn vị tính": "ha"), then the row header's "(nghìn lượt)".
 */
export function tableCellWords(cell: TextTableCell, rowUnit: string): { words: string; cellStart: number } {
  const unit = headerUnit(cell.columnHeader) || rowUnit || headerUnit(cell.rowHeader);
  const bare = new RegExp(`^[-−]?\\s?(?:${NUMERAL})$`, 'u').test(cell.text);
  const text = bare && unit !== '' ? `${cell.text}${unit === '%' ? '' : ' '}${unit}` : cell.text;
  const words = tableCellClause(cell.rowHeader, cell.columnHeader, text);
  return { words, cellStart: words.length - text.length };
}

/**
 * The comparison a percent column's header makes: "So cùng kỳ (%)" a ratio to the earlier period ("bằng"),
 * "So kế hoạch (%)", "So dự toán (%)" a plan completion ("đạt"); undefined for any other column.
 */
export function columnComparison(header: string): ComparisonWord | undefined {
  const folded = foldVietnamese(header).toLowerCase().trim();
  if (/^so (?:voi )?cung ky\b.*\(%\)$/u.test(folded)) return 'bằng';
  if (/^so (?:voi )?(?:ke hoach|kh|du toan|chi tieu)\b.*\(%\)$/u.test(folded)) return 'đạt';
  return undefined;
}

/**
 * Figures of a table, row by row: a row is one sentence whose clauses are its cells' words (see
 * `tableCellWords`), so a value, its plan and its change in one row share a sentence as in prose. Only
 * numbers in the cells count; the headers only name them. Every figure points at the table.
 */
export function findTableFigures(table: TextTable): PrintedFigure[] {
  const figures: PrintedFigure[] = [];
  const unitColumn = table.header.findIndex((h) => UNIT_COLUMN.test(foldVietnamese(h).toLowerCase().trim()));
  const block = [table.header, ...table.rows].map((row) => row.join(' ')).join(' ');
  for (const [n, row] of table.rows.entries()) {
    const rowUnit = unitColumn < 0 ? '' : (row[unitColumn] ?? '');
    const cells = table.cells.filter((c) => c.row === n + 1 && c.column !== unitColumn + 1);
    const clauses: string[] = [];
    const keep: { start: number; end: number; comparison?: ComparisonWord }[] = [];
    let offset = 0;
    for (const [i, cell] of cells.entries()) {
      const { words, cellStart } = tableCellWords(cell, rowUnit);
      const clause = i < cells.length - 1 ? `${words};` : words;
      const comparison = columnComparison(cell.columnHeader);
      keep.push({ start: offset + cellStart, end: offset + words.length, ...(comparison === undefined ? {} : { comparison }) });
      clauses.push(clause);
      offset += clause.length + 1;
    }
    figuresOfSentence(clauses.join(' '), clauses, { anchor: table.id, block }, figures, keep);
  }
  return figures;
}

/** Every figure an entry prints: its paragraphs, its tables, then its footnotes. */
export function findFigures(text: EntryText): PrintedFigure[] {
  return findNumbers(text).filter((f) => !f.bare);
}

/** Every figure an entry prints, and its bare numbers (flagged `bare`), for locating typed values. */
export function findNumbers(text: EntryText): PrintedFigure[] {
  return [
    ...text.paragraphs.flatMap((p) => findFiguresInBlock(p.sentences, p.id)),
    ...text.tables.flatMap((t) => findTableFigures(t)),
    ...text.footnotes.flatMap((f) => findFiguresInBlock(f.sentences, footnoteId(f.label), f.label)),
  ];
}

/** Every number of a sentence the finder leaves out, with its kind (for tests and the report). */
export function leftOutNumbers(sentence: string): LeftOut[] {
  return classifyNumbers(sentence).flatMap((c) => (c.kind === 'figure' ? [] : [{ text: c.text, kind: c.kind }]));
}

/** Content words of a text, folded: "Kim ngạch xuất khẩu" → ["kim", "ngach", "xuat", "khau"]. */
export function contentWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !FOLDED_STOP_WORDS.has(w));
}

const FOLDED_STOP_WORDS = new Set([...STOP_WORDS, 'trong', 'do', 'ước', 'uoc', 'tổng', 'số', 'dat', 'tang', 'giam'].map((w) => foldVietnamese(w)));
