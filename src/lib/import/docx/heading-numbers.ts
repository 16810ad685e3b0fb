/**
 * Heading markers of a Word report: read the ones the author typed ("I.", "1.", "1.1.", "a)", "Phần I")
 * and make up the ones Word's automatic numbering printed but mammoth's HTML leaves out.
 *
 * The rule for a heading numbered by Word (its text has no marker of its own):
 * - Its depth comes from its heading level. A level takes the depth of the first typed marker seen at that
 *   level in the document; a level with no typed marker is placed relative to the highest level that has
 *   one (Heading 1 typed "Phần I" → Heading 2 is "I.", Heading 3 "1.", …); in a document with no typed
 *   marker at all, Heading 1 is "I.", Heading 2 "1.", Heading 3 "a)".
 * - Depths: 0 "Phần I", 1 "I.", 2 "1.", 3 "a)" — or "1.1." when the document types its depth-3 headings
 *   that way, and then 4 "1.1.1.". Letters follow the Vietnamese sequence a, b, c, d, đ, e, g, h, i, k, …
 *   Deeper headings get no marker (the caller writes them as they are and says so).
 * - Counters are hierarchical: a heading restarts every deeper counter, a typed marker sets its depth's
 *   counter to its own number, and a Word-numbered heading takes the next number after the last one at
 *   its depth. (mammoth does not expose Word's list ids, start values or restarts, so this is the
 *   numbering of a well-kept document, where each level restarts under a new parent.)
 * Pure: no DOM, no fs.
 */

/** How a heading marker is written. */
export type MarkerKind = 'part' | 'roman' | 'decimal' | 'decimal2' | 'decimal3' | 'letter';

/** A heading marker found at the start of a heading's text. */
export interface TypedMarker {
  /** How it is written. */
  kind: MarkerKind;
  /** Depth in the outline: 0 "Phần", 1 Roman, 2 "1.", 3 "a)" or "1.1.", 4 "1.1.1.". */
  depth: number;
  /** The numbers it carries, outermost first ("1.2." → [1, 2]; "đ)" → [5]). */
  values: number[];
}

/** Letters of Vietnamese enumerations ("a)", "đ)"), in order. */
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

const DEPTH: Record<MarkerKind, number> = { part: 0, roman: 1, decimal: 2, decimal2: 3, letter: 3, decimal3: 4 };

const PATTERNS: Array<[MarkerKind, RegExp]> = [
  ['part', /^(?:Phần|PHẦN)\s+([IVXLC]+)(?=$|[\s.:])/u],
  ['roman', /^([IVXLC]+)\.(?=\s)/u],
  ['decimal3', /^(\d+)\.(\d+)\.(\d+)\.(?=\s)/u],
  ['decimal2', /^(\d+)\.(\d+)\.(?=\s)/u],
  ['decimal', /^(\d+)\.(?=\s)/u],
  ['letter', /^([a-zđ])\)(?=\s)/u],
];

/** An appendix heading: "PHỤ LỤC", "Phụ lục 1", "PHỤ LỤC: …". */
export const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?=$|[\s:.])/u;

/** Roman numeral → number ("XIV" → 14); NaN when it is not one. */
export function fromRoman(roman: string): number {
  const value: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = value[roman[i]!];
    const next = value[roman[i + 1] ?? ''] ?? 0;
    if (v === undefined) return Number.NaN;
    n += v < next ? -v : v;
  }
  return toRoman(n) === roman ? n : Number.NaN;
}

/** Number → Roman numeral (14 → "XIV"). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** The marker a heading's text starts with, if any ("II. ĐÁNH GIÁ" → Roman 2). */
export function readMarker(text: string): TypedMarker | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const values =
      kind === 'part' || kind === 'roman'
        ? [fromRoman(m[1]!)]
        : kind === 'letter'
          ? [VIETNAMESE_LETTERS.indexOf(m[1]!) + 1]
          : m.slice(1).map(Number);
    if (values.some((v) => !(v > 0))) return undefined; // "IIII.", "f)": not a marker
    return { kind, depth: DEPTH[kind], values };
  }
  return undefined;
}

/** Whether a text starts with a heading marker or names an appendix. */
export function hasMarker(text: string): boolean {
  return readMarker(text) !== undefined || APPENDIX.test(text);
}

/**
 * Heading counters over one document. Build it with the typed markers of the document's headings by
 * level, then feed it every heading in order: `typed` for a heading that prints its marker, `next` for
 * one that Word numbers.
 */
export class HeadingNumbers {
  private readonly depthByLevel = new Map<number, number>();
  private readonly shift: number;
  private readonly depth3: MarkerKind;
  private counters: number[] = [];
  /** Depth of the latest heading, or -1 before the first. */
  depth = -1;

  /** `typedByLevel`: each typed heading's HTML level (1–6) and its marker, in document order. */
  constructor(typedByLevel: Array<{ level: number; marker: TypedMarker }>) {
    for (const { level, marker } of typedByLevel) {
      if (!this.depthByLevel.has(level)) this.depthByLevel.set(level, marker.depth);
    }
    const anchor = [...this.depthByLevel].sort(([a], [b]) => a - b)[0];
    this.shift = anchor ? anchor[1] - anchor[0] : 0;
    this.depth3 = typedByLevel.find((t) => t.marker.depth === 3)?.marker.kind ?? 'letter';
  }

  /** The outline depth of an HTML heading level (1–6). */
  depthOfLevel(level: number): number {
    return this.depthByLevel.get(level) ?? level + this.shift;
  }

  /** Record a typed marker: its depth's counter takes its number, deeper counters restart. */
  typed(marker: TypedMarker): void {
    const d = marker.depth;
    if (marker.kind === 'decimal2' || marker.kind === 'decimal3') {
      marker.values.forEach((v, i) => (this.counters[d - marker.values.length + 1 + i] = v));
    } else this.counters[d] = marker.values[0]!;
    this.counters.length = d + 1;
    this.depth = d;
  }

  /**
   * The marker Word printed for a numbered heading at `depth` (the next number at that depth), or
   * undefined when the depth has no marker in this scheme (then the heading is written as it is).
   */
  nextAt(depth: number): string | undefined {
    if (depth < 0 || depth > 4 || (depth === 4 && this.depth3 !== 'decimal2')) return undefined;
    for (let d = 0; d < depth; d++) this.counters[d] ??= d === 0 ? 0 : 1;
    const n = (this.counters[depth] ?? 0) + 1;
    this.counters[depth] = n;
    this.counters.length = depth + 1;
    this.depth = depth;
    const c = this.counters;
    switch (depth) {
      case 0:
        return `Phần ${toRoman(n)}`;
      case 1:
        return `${toRoman(n)}.`;
      case 2:
        return `${n}.`;
      case 3:
        return this.depth3 === 'decimal2' ? `${c[2]}.${n}.` : `${VIETNAMESE_LETTERS[n - 1] ?? n})`;
      default:
        return `${c[2]}.${c[3]}.${n}.`;
    }
  }

  /** The marker for a Word-numbered heading of HTML level `level` (1–6). */
  next(level: number): string | undefined {
    return this.nextAt(this.depthOfLevel(level));
  }
}
