/**
 * One reading of an entry's text. An MDX body is parsed once, with the same grammar the site renders it
 * with (MDX + GFM), into a small typed model: its paragraphs with their ids, its footnotes under their own
 * numbers, the footnote references, and each block's sentences. The rehype plugin numbers the same
 * top-level paragraphs with the same `paragraphId`, so every consumer (consistency checks, search records,
 * open data, figure sources, main points) points at the paragraph the page shows.
 */
import type { FootnoteDefinition as MdFootnote, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { paragraphId } from './anchors.ts';

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

/** The model of one entry's text. */
export interface EntryText {
  /** Top-level paragraphs, in order. */
  paragraphs: TextParagraph[];
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
  const references: string[] = [];
  collectReferences(tree, references);
  return { paragraphs, footnotes, references };
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
