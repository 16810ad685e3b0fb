/**
 * The Word reader: a .docx → the canonical plain text the importer's one parser reads
 * (`text/parse.ts`), with warnings naming the file. What the rest of the importer may use.
 */
import { htmlToCanonicalText } from './html-to-text.ts';
import { docxToHtml } from './read-docx.ts';

export { DocxReadError } from './read-docx.ts';
export { htmlToCanonicalText } from './html-to-text.ts';

/** A Word report's canonical text, and warnings ("report.docx: …") about what it could not keep. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  const { html, messages } = await docxToHtml(bytes, fileName);
  const { text, warnings } = htmlToCanonicalText(html);
  const all = [...new Set([...messages, ...warnings])];
  return { text, warnings: all.map((w) => `${fileName}: ${w}`) };
}
