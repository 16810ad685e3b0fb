/**
 * A .docx file → mammoth's HTML and messages. Refuses, naming the file, what is not a Word .docx: not a
 * zip archive (a text file renamed, an old binary .doc) or a zip without a Word document inside.
 * Headings that Word numbers come out with class `auto-number` (mammoth drops the number itself);
 * table-of-contents paragraphs with class `toc`; text set in capitals by direct formatting (Word's "All
 * caps") in `<span class="all-caps">`; Title and Subtitle paragraphs are plain paragraphs; pictures are
 * not embedded.
 */
import mammoth from 'mammoth';

/** A file that cannot be read as a Word document. */
export class DocxReadError extends Error {
  /** The file name as given. */
  readonly source: string;

  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'DocxReadError';
    this.source = source;
  }
}

/** mammoth's style map: Heading 1–6 paragraphs with Word list numbering → `<hN class="auto-number">`. */
export const STYLE_MAP: readonly string[] = [
  ...[1, 2, 3, 4, 5, 6].flatMap((h) =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((level) => [
      `p.Heading${h}:ordered-list(${level}) => h${h}.auto-number:fresh`,
      `p[style-name='Heading ${h}']:ordered-list(${level}) => h${h}.auto-number:fresh`,
      `p[style-name='heading ${h}']:ordered-list(${level}) => h${h}.auto-number:fresh`,
    ]),
  ),
  "p[style-name='Title'] => p:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name^='toc '] => p.toc:fresh",
  "p[style-name^='TOC '] => p.toc:fresh",
  'all-caps => span.all-caps',
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** The HTML mammoth makes of a .docx, and its messages (unrecognised styles and the like). */
export async function docxToHtml(bytes: Uint8Array, fileName: string): Promise<{ html: string; messages: string[] }> {
  if (startsWith(bytes, OLE)) {
    throw new DocxReadError(fileName, 'is an old binary Word document (.doc); open it in Word and save it as .docx');
  }
  if (!startsWith(bytes, ZIP)) {
    throw new DocxReadError(fileName, 'is not a Word .docx file (a .docx is a zip archive; this file is not one)');
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: [...STYLE_MAP], convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return { html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxReadError(fileName, `is not a readable Word .docx file (${reason})`);
  }
}
