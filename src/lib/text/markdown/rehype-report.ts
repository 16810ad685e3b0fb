/**
 * Rehype plugin for report entries: stable ASCII ids on paragraphs and headings, GFM footnotes shown
 * under the report's own numbers with Vietnamese labels, and GFM tables aligned by class (never an inline
 * style, which the CSP blocks) inside a labelled frame that scrolls sideways instead of the page.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { footnotesHeadingId, paragraphId, paragraphPrefix, tableId, type AnchorFrontmatter } from '../anchors.ts';
import { slugify } from '../fold.ts';
import { cleanText } from '../clean-text.ts';

/** Options: how to name things, so the plugin itself stays free of UI text. */
export interface RehypeReportOptions {
  /** Visible label of a footnote list. */
  footnotesLabel: string;
  /** Accessible name of an entry's footnote list, unique on a page that holds many: "Chú thích mục II.1.b". */
  regionLabel: (sectionNumber: string) => string;
  /** Accessible label of a back-link to reference `n`. */
  backLabel: (n: string) => string;
  /** Anchor prefix of Q4 tasks ("nhiem-vu" → "nhiem-vu-3-1"). */
  taskPrefix: string;
  /** Accessible name of the `n`-th table's scrolling frame, unique on a page that holds many entries. */
  tableLabel: (n: number, sectionNumber: string | undefined) => string;
}

type EntryFrontmatter = AnchorFrontmatter;

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

function walk(node: Root | Element, visit: (el: Element) => void): void {
  for (const child of node.children) {
    if (isElement(child)) {
      visit(child);
      walk(child, visit);
    }
  }
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Label of a footnote id: "fn-14" → "14", "fnref-14-2" → "14". */
function footnoteLabel(id: string): string {
  return id.replace(/^fn(ref)?-/, '').replace(/-\d+$/, '');
}

/** Transform one tree; exported for tests. */
export function transformReportTree(tree: Root, frontmatter: EntryFrontmatter, options: RehypeReportOptions): void {
  // The page's text as the text model reads it (NFC, no zero-width characters; see clean-text.ts).
  cleanTextNodes(tree);
  const prefix = paragraphPrefix(frontmatter, options.taskPrefix);
  // The same paragraphs the text model numbers (`readEntryText`): the body's top-level paragraphs.
  let ordinal = 0;
  for (const child of tree.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'p' && prefix) {
      ordinal += 1;
      child.properties['id'] = paragraphId(prefix, ordinal);
      child.properties['dataParagraph'] = String(ordinal);
    }
  }
  frameTables(tree, prefix, typeof frontmatter.number === 'string' ? frontmatter.number : undefined, options.tableLabel);
  walk(tree, (el) => {
    if (/^h[1-6]$/.test(el.tagName) && el.properties['id'] === undefined) {
      el.properties['id'] = slugify(textOf(el));
    }
    // Reference: <sup><a href="#fn-14" id="fnref-14" data-footnote-ref>1</a></sup> → text "14".
    if (el.tagName === 'a' && el.properties['dataFootnoteRef'] !== undefined) {
      const label = footnoteLabel(String(el.properties['id'] ?? ''));
      el.children = [{ type: 'text', value: label }];
      el.properties['ariaDescribedBy'] = undefined;
      el.properties['ariaLabel'] = `${options.footnotesLabel} ${label}`;
    }
    if (el.tagName === 'section' && el.properties['dataFootnotes'] !== undefined) {
      const heading = el.children.find(isElement);
      const list = el.children.find((c): c is Element => isElement(c) && c.tagName === 'ol');
      const labels = list?.children.filter(isElement).map((li) => footnoteLabel(String(li.properties['id'] ?? ''))) ?? [];
      const headingId = footnotesHeadingId(labels[0] ?? '0');
      if (heading && /^h[1-6]$/.test(heading.tagName)) {
        heading.properties['id'] = headingId;
        heading.children = [{ type: 'text', value: options.footnotesLabel }];
      }
      el.properties['ariaLabel'] = typeof frontmatter.number === 'string' ? options.regionLabel(frontmatter.number) : options.footnotesLabel;
      for (const li of list?.children.filter(isElement) ?? []) {
        const label = footnoteLabel(String(li.properties['id'] ?? ''));
        li.properties['value'] = label;
        li.properties['dataFootnote'] = label;
        walk(li, (a) => {
          if (a.tagName === 'a' && a.properties['dataFootnoteBackref'] !== undefined) {
            a.properties['ariaLabel'] = options.backLabel(label);
          }
        });
      }
    }
  });
}

/** Class that aligns a cell as GFM's `:--:` marks ask: "align-left", "align-center", "align-right". */
export function alignClass(align: string): string {
  return `align-${align}`;
}

/** A cell's `align` (which MDX would print as `style="text-align:…"`) becomes a class. */
function alignByClass(cell: Element): void {
  const align = cell.properties['align'];
  if (typeof align !== 'string' || align === '') return;
  const classes = Array.isArray(cell.properties['className']) ? cell.properties['className'] : [];
  cell.properties['className'] = [...classes, alignClass(align)];
  delete cell.properties['align'];
}

/**
 * Every table, in document order: cells aligned by class, header cells scoped to their column, and the
 * table put in a frame that scrolls sideways, focusable and named (a `<section>` with a label: a region). Tables of the body (footnotes excluded,
 * as in the text model) take the id `tableId` gives their place.
 */
function frameTables(tree: Root, prefix: string | undefined, sectionNumber: string | undefined, label: RehypeReportOptions['tableLabel']): void {
  let ordinal = 0;
  const visit = (node: Root | Element, inFootnotes: boolean): void => {
    node.children = node.children.map((child) => {
      if (!isElement(child)) return child;
      if (child.tagName !== 'table') {
        visit(child, inFootnotes || (child.tagName === 'section' && child.properties['dataFootnotes'] !== undefined));
        return child;
      }
      ordinal += 1;
      walk(child, (cell) => {
        if (cell.tagName === 'td' || cell.tagName === 'th') alignByClass(cell);
      });
      for (const head of child.children.filter((c): c is Element => isElement(c) && c.tagName === 'thead')) {
        walk(head, (th) => {
          if (th.tagName === 'th') th.properties['scope'] = 'col';
        });
      }
      const frame: Element = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], ariaLabel: label(ordinal, sectionNumber), tabIndex: 0 },
        children: [child],
      };
      if (prefix && !inFootnotes) frame.properties['id'] = tableId(prefix, ordinal);
      return frame;
    });
  };
  visit(tree, false);
}

/** Every text node of the tree through `cleanText`. */
function cleanTextNodes(node: Root | RootContent): void {
  if (node.type === 'text') node.value = cleanText(node.value);
  else if ('children' in node) for (const child of node.children) cleanTextNodes(child);
}

/** The plugin: reads the entry's frontmatter from Astro's vfile data. */
export default function rehypeReport(options: RehypeReportOptions) {
  return (tree: Root, file: { data: { astro?: { frontmatter?: EntryFrontmatter } } }) => {
    transformReportTree(tree, file.data.astro?.frontmatter ?? {}, options);
  };
}
