/** Lines of a plain-text report as the parser reads them: trimmed, numbered, TAB cells, emphasis around a whole line. */
import { ReportParseError } from '../model.ts';

/** One line of the input. */
export interface SourceLine {
  /** The line trimmed (TABs inside kept). */
  text: string;
  /** The line as written (without its line break): a table row's leading and trailing empty cells. */
  raw: string;
  /** 1-based line number. */
  line: number;
}

/** Refuse the input at a line; the message says what was expected. */
export type Fail = (line: number, message: string) => never;

/** A `Fail` that throws `ReportParseError` naming `source`. */
export function failFor(source: string): Fail {
  return (line, message) => {
    throw new ReportParseError(source, line, message);
  };
}

/** Split a text into numbered, trimmed lines (a leading BOM dropped). */
export function toLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/u, '')
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((raw, i) => ({ text: raw.trim(), raw, line: i + 1 }));
}

/** Split lines into blocks separated by blank lines. */
export function blocksOf(lines: SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (block.length) out.push(block);
      block = [];
    } else block.push(l);
  }
  if (block.length) out.push(block);
  return out;
}

/** Drop one `**` at the start and one at the end, when present. */
export function stripBold(text: string): string {
  return text.replace(/^\*\*/u, '').replace(/\*\*$/u, '');
}

/** The line without emphasis that wraps all of it ("**I. TITLE**" → "I. TITLE"); other lines unchanged. */
export function unwrapEmphasis(text: string): string {
  const m = /^(\*{1,3})([^*].*[^*]|[^*])\1$/u.exec(text);
  return m ? m[2]!.trim() : text;
}

/**
 * The cells of a table row: a line with a TAB between two of its words. Cells are trimmed; empty ones
 * are kept, at the ends too (read from the line as written). Undefined for other lines, so a TAB that
 * only indents a line does not make it a row.
 */
export function cellsOf(line: SourceLine): string[] | undefined {
  if (!line.text.includes('\t')) return undefined;
  return line.raw.replace(/^ +| +$/gu, '').split('\t').map((cell) => cell.trim());
}
