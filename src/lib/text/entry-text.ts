/**
 * One reading of an entry's text. An MDX body is parsed once, with the same grammar the site renders it
 * with (MDX + GFM), into a small typed model: its paragraphs with their ids, its footnotes under their own
 * numbers, its tables cell by cell, the footnote references, and each block's sentences. The rehype plugin
 * numbers the same top-level paragraphs with the same `paragraphId` (and the same tables with `tableId`),
 * so every consumer (consistency checks, search records, open data, figure sources, main points) points at
 * the paragraph or table the page shows.
 */
import type { FootnoteDefinition as MdFootnote, Nodes, Root, RootContent, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { paragraphId, tableId } from './anchors.ts';

/** A paragraph of the body, as the page renders and numbers it. */
export interface TextParagraph {
  /** Position among the body's top-level paragraphs, from 1. */
  ordinal: number;
  /** Its id on the page: "ii-1-b-2". */
  id: string;
  /** The MDX source of the paragraph, markup kept. */
  markup: string;
  /** Its plain text: markup, escapes and footnote references removed. */
  text: string;
  /** Its sentences, in order. */
  sentences: string[];
}

/** A footnote definition in an entry body: `[^14]: text`. */
export interface TextFootnote {
  /** Label as written, the report's own number: "14". */
  label: string;
  /** The MDX source of the footnote's text, markup kept. */
  markup: string;
  /** Its plain text. */
  text: string;
  /** Its sentences, in order. */
  sentences: string[];
}

/** A data cell of a table: a cell of a body row after its row header, with the headers that name it. */
export interface TextTableCell {
  /** Body row, from 1 (the header row is not counted). */
  row: number;
  /** Column, from 1. */
  column: number;
  /** The cell's plain text, as printed. */
  text: string;
  /** The row's header: its first cell that is not a bare ordinal ("1", "II", "a)"), or "" when it has none. */
  rowHeader: string;
  /** The header row's cell above it, or "". */
  columnHeader: string;
  /** What the cell says in words: row header, column header and the cell ("Diện tích lúa, Thực hiện quý I: 1.234,5"). */
  clause: string;
}

/** A GFM table of the body (outside footnotes), as the page numbers it. */
export interface TextTable {
  /** Position among the body's tables, from 1. */
  ordinal: number;
  /** Its id on the page: "ii-1-b-bang-1". */
  id: string;
  /** The header row's cells, plain text. */
  header: string[];
  /** The body rows' cells, plain text. */
  rows: string[][];
  /** The data cells, row by row. */
  cells: TextTableCell[];
}

/** The model of one entry's text. */
export interface EntryText {
  /** Top-level paragraphs, in order. */
  paragraphs: TextParagraph[];
  /** Tables, in order. */
  tables: TextTable[];
  /** Footnote definitions, in order. */
  footnotes: TextFootnote[];
  /** Labels of footnote references in the body, in order of appearance (definitions excluded). */
  references: string[];
}

/** Split text into sentences, keeping their closing punctuation (".", ";", ":", "!", "?", "…"). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.;:!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parse an MDX body (no frontmatter) with the grammar the site renders it with. */
export function parseEntryBody(body: string): Root {
  return fromMarkdown(body.replace(/\r\n?/g, '\n'), {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}

/** The source slice a node was parsed from. */
function sourceOf(node: Nodes, body: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

/** Plain text of nodes: the text a reader sees, whitespace collapsed. */
function textOf(nodes: Nodes | Nodes[]): string {
  const list = Array.isArray(nodes) ? nodes : [nodes];
  return list
    .map((n) => toString(n, { includeImageAlt: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Footnote references in document order. GFM leaves a reference to an undefined footnote as text ("[^4]"): it is listed too, so the checks can name it. */
function collectReferences(node: Nodes, out: string[]): void {
  if (node.type === 'footnoteDefinition') return;
  if (node.type === 'footnoteReference') out.push(node.label ?? node.identifier);
  if (node.type === 'text') for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) out.push(m[1] ?? '');
  if ('children' in node) for (const child of node.children as Nodes[]) collectReferences(child, out);
}

/** Read an entry body into its text model; `prefix` is the entry's paragraph anchor prefix ("ii-1-b"). */
export function readEntryText(body: string, prefix: string): EntryText {
  const normalised = body.replace(/\r\n?/g, '\n');
  const tree = parseEntryBody(normalised);
  const paragraphs: TextParagraph[] = [];
  const footnotes: TextFootnote[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'paragraph') {
      const ordinal = paragraphs.length + 1;
      const text = textOf(node);
      paragraphs.push({ ordinal, id: paragraphId(prefix, ordinal), markup: sourceOf(node, normalised).trim(), text, sentences: splitSentences(text) });
    } else if (node.type === 'footnoteDefinition') {
      footnotes.push(readFootnote(node, normalised));
    }
  }
  const tables: TextTable[] = [];
  collectTables(tree, (node) => tables.push(readTable(node, tables.length + 1, prefix)));
  const references: string[] = [];
  collectReferences(tree, references);
  return { paragraphs, tables, footnotes, references };
}

/** Tables in document order, footnotes excluded (the page moves those to the end). */
function collectTables(node: Nodes, visit: (table: MdTable) => void): void {
  if (node.type === 'footnoteDefinition') return;
  if (node.type === 'table') visit(node);
  else if ('children' in node) for (const child of node.children as Nodes[]) collectTables(child, visit);
}

/** A cell that only numbers its row: "1", "1.2", "II", "a)", or empty. */
const ORDINAL_CELL = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.?|[a-zđ]\)?)?$/u;

/**
 * The words of a table cell: row header, column header, then the cell after a colon, so that no header's
 * last word is read as the cell's lead ("Thực hiện 6 tháng: 1.234,5" is not a date like "tháng 1").
 */
export function tableCellClause(rowHeader: string, columnHeader: string, text: string): string {
  const names = [rowHeader, columnHeader].filter((n) => n !== '').join(', ');
  return names === '' ? text : `${names}: ${text}`;
}

function readTable(node: MdTable, ordinal: number, prefix: string): TextTable {
  const [head, ...body] = node.children.map((row) => row.children.map((cell) => textOf(cell)));
  const header = head ?? [];
  const cells: TextTableCell[] = [];
  body.forEach((row, r) => {
    const headerAt = row.findIndex((cell) => !ORDINAL_CELL.test(cell));
    const rowHeader = headerAt < 0 ? '' : (row[headerAt] ?? '');
    row.forEach((text, c) => {
      if (c <= headerAt || text === '') return;
      const columnHeader = header[c] ?? '';
      cells.push({ row: r + 1, column: c + 1, text, rowHeader, columnHeader, clause: tableCellClause(rowHeader, columnHeader, text) });
    });
  });
  return { ordinal, id: tableId(prefix, ordinal), header, rows: body, cells };
}

function readFootnote(node: MdFootnote, body: string): TextFootnote {
  const text = textOf(node.children as Nodes[]);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const start = first?.position?.start.offset;
  const end = last?.position?.end.offset;
  const markup = start === undefined || end === undefined ? '' : body.slice(start, end).trim();
  return { label: node.label ?? node.identifier, markup, text, sentences: splitSentences(text) };
}
