/**
 * Fidelity of the published text to the signed original: every sentence of the source text must
 * occur in the rendered full-text page. Whitespace, footnote markers and Markdown emphasis are the
 * only differences allowed.
 */
import { splitSentences } from './entry-text.ts';
import { splitFootnoteRefs } from '../import/text/parse.ts';

/** Collapse whitespace, drop emphasis asterisks, NFC. Both sides of the comparison go through it. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The sentences of a plain-text report, normalised: footnote markers removed (a footnote body's
 * leading number too), list dashes removed, TAB-separated cells read one by one. A sentence cut by a
 * page break yields two fragments, each of which must still occur in the page.
 */
export function sourceSentences(source: string): string[] {
  const out: string[] = [];
  // A TAB separates cells (a table row, the letterhead's two columns): each cell is read on its own.
  for (const raw of source.split(/\r?\n|\t/)) {
    let line = raw.trim();
    if (line === '') continue;
    line = line.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s+/u, '').replace(/^-\s+/u, '');
    const text = splitFootnoteRefs(line)
      .filter((part): part is string => typeof part === 'string')
      .join('');
    for (const s of splitSentences(normaliseText(text))) out.push(s);
  }
  return out;
}

const BLOCK_TAGS = /^(?:p|li|ul|ol|h[1-6]|div|section|article|header|footer|main|nav|br|table|tr|td|th|thead|tbody|caption|figure|figcaption|details|summary|dl|dt|dd|blockquote)$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Visible text of a rendered page's HTML: scripts, styles and footnote reference/back links
 * removed; block elements separated by a space, inline elements joined.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<a\b[^>]*\bdata-footnote-(?:ref|backref)\b[^>]*>[\s\S]*?<\/a>/gi, '')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (_, tag: string) => (BLOCK_TAGS.test(tag) ? ' ' : ''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? m;
    });
}

/** Source sentences that do not occur in the page text. Empty means a faithful copy. */
export function missingSentences(source: string, pageHtml: string): string[] {
  const page = normaliseText(htmlToText(pageHtml));
  return sourceSentences(source).filter((s) => !page.includes(s));
}
