/**
 * Body text into blocks: paragraphs mended across page breaks, "- " / "+ " bullets as a list with nested
 * items, runs of TAB-separated lines as a table (the first line its header). The parser hands each body
 * line (with its footnote references read) to a `BlockReader` and calls `end()` at a heading.
 */
import type { Block, Inline, List, ListItem, Paragraph, Table } from '../model.ts';
import { pushText } from './footnotes.ts';
import type { Fail, SourceLine } from './lines.ts';
import { cellsOf } from './lines.ts';

const TERMINAL = new Set(['.', ':', ';', '!', '?', '…', '”', '"', '»']);
const BULLET = /^([-+]) +(?=\S)/u;

/** Whether a body line ends a paragraph (terminal punctuation, ignoring closing emphasis and refs). */
export function endsParagraph(line: string): boolean {
  if (/^\*\*.*\*\*$/u.test(line)) return true; // a wholly bold line is a run-in label
  const stripped = line.replace(/[*\s⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, '');
  return TERMINAL.has(stripped.at(-1) ?? '.');
}

/** Join a continuation onto a paragraph cut by a page break: no space after a glued hyphen. */
function joinerFor(text: string): string {
  return /\S-$/u.test(text) ? '' : ' ';
}

/** Append inlines to a run, merging text. */
function append(target: Inline[], inlines: Inline[]): void {
  for (const inline of inlines) {
    if (typeof inline === 'string') pushText(target, inline);
    else target.push(inline);
  }
}

/** Drop `length` characters from the start of inlines (a bullet marker). */
function dropPrefix(inlines: Inline[], length: number): Inline[] {
  const [first, ...rest] = inlines;
  if (typeof first !== 'string') return inlines;
  const kept = first.slice(length);
  return kept === '' ? rest : [kept, ...rest];
}

/** Split inlines at TABs into cells, each trimmed (leading and trailing empty cells as the line has them). */
function splitCells(inlines: Inline[], count: number, cells: string[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const inline of inlines) {
    if (typeof inline !== 'string') {
      out.at(-1)!.push(inline);
      continue;
    }
    inline.split('\t').forEach((piece, k) => {
      if (k > 0) out.push([]);
      pushText(out.at(-1)!, piece);
    });
  }
  const trimmed = out.map((cell) => {
    const c = [...cell];
    if (typeof c[0] === 'string') c[0] = c[0].trimStart();
    if (typeof c.at(-1) === 'string') c[c.length - 1] = (c.at(-1) as string).trimEnd();
    return c.filter((i) => i !== '');
  });
  // A line's leading or trailing empty cells are not in its trimmed text: put them back from the raw cells.
  const lead = cells.findIndex((c) => c !== '');
  const tail = count - trimmed.length - lead;
  return [...Array.from({ length: Math.max(0, lead) }, () => []), ...trimmed, ...Array.from({ length: Math.max(0, tail) }, () => [])];
}

/** Builds the blocks of one entry from its body lines. */
export class BlockReader {
  private readonly blocks: Block[];
  private readonly fail: Fail;
  /** An unterminated paragraph or list item, and its last line: the next line continues it. */
  private open: { inlines: Inline[]; last: string; item: boolean } | undefined;
  private list: List | undefined;
  private table: { block: Table; cells: number; lastLine: number } | undefined;

  constructor(blocks: Block[], fail: Fail) {
    this.blocks = blocks;
    this.fail = fail;
  }

  /** Whether a paragraph or list item is waiting for its continuation. */
  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** The line where the open paragraph or item started (for "cut off" messages). */
  openLine: number | undefined;

  /** Read one body line; `inlines` is its text with footnote references. */
  add(line: SourceLine, inlines: Inline[]): void {
    const cells = cellsOf(line);
    if (cells) return this.addRow(line, cells, inlines);
    this.endTable();
    const bullet = BULLET.exec(line.text);
    // A list item continues only on a line that cannot start a paragraph of its own (lowercase, a digit, a bracket).
    const continues = this.open && !bullet && (!this.open.item || /^[\p{Ll}\d(]/u.test(line.text));
    if (this.open && continues) {
      pushText(this.open.inlines, joinerFor(this.open.last));
      append(this.open.inlines, inlines);
      this.setOpen(this.open.inlines, line, this.openLine!, this.open.item);
      return;
    }
    this.open = undefined;
    if (bullet) return this.addItem(line, bullet[1]!, dropPrefix(inlines, bullet[0].length));
    this.list = undefined;
    const paragraph: Paragraph = { type: 'paragraph', inlines, line: line.line };
    this.blocks.push(paragraph);
    this.setOpen(paragraph.inlines, line, line.line, false);
  }

  /** Close what is open: at a heading, an appendix, "Nơi nhận:" or the end. */
  end(): void {
    this.endTable();
    this.open = undefined;
    this.openLine = undefined;
    this.list = undefined;
  }

  private setOpen(inlines: Inline[], line: SourceLine, start: number, item: boolean): void {
    if (endsParagraph(line.text)) {
      this.open = undefined;
      this.openLine = undefined;
    } else {
      this.open = { inlines, last: line.text, item };
      this.openLine = start;
    }
  }

  private addItem(line: SourceLine, marker: string, inlines: Inline[]): void {
    const item: ListItem = { inlines, items: [], line: line.line };
    if (marker === '+') {
      const parent = this.list?.items.at(-1);
      if (!parent) this.fail(line.line, 'a "+ " item with no "- " item above it; expected "+ " only under a "- " item');
      parent!.items.push(item);
    } else if (this.list) {
      this.list.items.push(item);
    } else {
      this.list = { type: 'list', items: [item], line: line.line };
      this.blocks.push(this.list);
    }
    this.setOpen(item.inlines, line, line.line, true);
  }

  private addRow(line: SourceLine, cells: string[], inlines: Inline[]): void {
    this.open = undefined;
    this.openLine = undefined;
    this.list = undefined;
    const row = splitCells(inlines, cells.length, cells);
    if (this.table) {
      if (cells.length !== this.table.cells) {
        this.fail(line.line, `a table row of ${cells.length} cells after rows of ${this.table.cells} cells (line ${this.table.block.line}); expected every row of a table to have the same number of TAB-separated cells`);
      }
      this.table.block.rows.push(row);
      this.table.lastLine = line.line;
      return;
    }
    const block: Table = { type: 'table', header: row, rows: [], line: line.line };
    this.table = { block, cells: cells.length, lastLine: line.line };
    this.blocks.push(block);
  }

  private endTable(): void {
    if (this.table && this.table.block.rows.length === 0) {
      this.fail(this.table.block.line, 'a line with TABs stands alone; expected a table of two or more TAB-separated lines with the same number of cells');
    }
    this.table = undefined;
  }
}
