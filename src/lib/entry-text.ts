/**
 * Reading an entry's MDX body as the report's text: its paragraphs (numbered as the rendered page
 * numbers them), its footnote definitions and references.
 */

/** A footnote definition in an entry body: `[^14]: text`. */
export interface FootnoteDefinition {
  /** Label as written, the report's own number: "14". */
  label: string;
  /** Footnote text, MDX markup kept. */
  text: string;
}

/** Blocks of an MDX body, separated by blank lines. */
function blocks(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

const isFootnoteDefinition = (block: string) => /^\[\^[^\]]+\]:/.test(block);
const isNonParagraph = (block: string) => /^(<|import\s|export\s|#{1,6}\s|[-*+]\s|\d+\.\s|>|\|)/.test(block);

/** The paragraphs of a body in order, as the page renders them (footnotes, headings, lists and components excluded). */
export function bodyParagraphs(body: string): string[] {
  return blocks(body).filter((b) => !isFootnoteDefinition(b) && !isNonParagraph(b));
}

/** Footnote definitions of a body, in order. */
export function footnoteDefinitions(body: string): FootnoteDefinition[] {
  return blocks(body)
    .filter(isFootnoteDefinition)
    .map((b) => {
      const match = /^\[\^([^\]]+)\]:\s*([\s\S]*)$/.exec(b);
      return { label: match?.[1] ?? '', text: (match?.[2] ?? '').trim() };
    });
}

/** Labels of footnote references in a body, in order of appearance (definitions excluded). */
export function footnoteReferences(body: string): string[] {
  const text = blocks(body).filter((b) => !isFootnoteDefinition(b)).join('\n\n');
  return [...text.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1] ?? '');
}

/** Plain text of MDX markup: escapes, emphasis and footnote references removed. */
export function plainText(markup: string): string {
  return markup
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/(?<!\\)\*/g, '')
    .replace(/\\([\\`*_{}[\]()<>#+\-.!|])/g, '$1');
}
