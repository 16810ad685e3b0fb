/**
 * The document model every reader produces (plain text through `text/`, Word through `docx/` and the
 * same text parser) and the renderer writes: title block, outline headings, entries made of blocks
 * (paragraphs, lists, tables), footnotes under their own numbers, recipients and signature.
 */

/** Labels the importer gives entries that have no printed heading of their own. */
export const IMPORT_LABELS = {
  /** Title of the text between a "Phần" (or task-section) heading and its first numbered item. */
  partIntro: (part: string): string => `Mở đầu ${part}`,
  /** Title of a new task file: "Nhiệm vụ 3". */
  task: (n: number): string => `Nhiệm vụ ${n}`,
  /** Number and title of the text between the title block and the first heading. */
  opening: 'Mở đầu',
  /** Number and title of the closing paragraph ("Trên đây là báo cáo …"). */
  closing: 'Lời kết',
};

/** A footnote reference inside a paragraph: the original number. */
export interface FootnoteRef {
  /** Footnote number as printed (superscript or plain digits). */
  footnote: number;
}

/** A run of text (markdown emphasis kept as printed) or a footnote reference. */
export type Inline = string | FootnoteRef;

/** One body paragraph, mended across page breaks. */
export interface Paragraph {
  /** Block kind. */
  type: 'paragraph';
  /** Text and footnote references in reading order. */
  inlines: Inline[];
  /** 1-based source line where the paragraph starts. */
  line: number;
}

/** One item of a bulleted list: a "- " line, its "+ " lines as a nested list. */
export interface ListItem {
  /** The item's text without its marker. */
  inlines: Inline[];
  /** Nested items ("+ " under "- "); empty when none. */
  items: ListItem[];
  /** 1-based source line of the item. */
  line: number;
}

/** Consecutive "- " items (and their "+ " items): one `<ul>`. */
export interface List {
  /** Block kind. */
  type: 'list';
  /** Top-level items in order. */
  items: ListItem[];
  /** 1-based source line of the first item. */
  line: number;
}

/** A table: consecutive TAB-separated lines with the same number of cells. */
export interface Table {
  /** Block kind. */
  type: 'table';
  /** The first line's cells. */
  header: Inline[][];
  /** The other lines' cells, each row as long as the header; a cell may be empty (`[]`). */
  rows: Inline[][][];
  /** 1-based source line of the header row. */
  line: number;
}

/** A block of an entry's body. */
export type Block = Paragraph | List | Table;

/** A heading as printed. */
export interface Heading {
  /** Section number: "Phần I", "II", "II.1", "II.1.1", "II.1.đ". */
  number: string;
  /** Marker as printed: "Phần I", "II.", "1.", "1.1.", "đ)". */
  marker: string;
  /** Heading text as printed, without its marker (wholly bold or italic markup dropped). */
  title: string;
  /** HTML heading level: 2 for the top level ("Phần", or Roman without "Phần"), one more per level below. */
  level: number;
  /** 1-based source line. */
  line: number;
}

/** A heading without text of its own, and the order of the first entry after it. */
export interface OutlineHeading extends Heading {
  /** Order of the first entry this heading stands before. */
  before: number;
}

/** A section with its own text: becomes one MDX entry. */
export interface Entry {
  /** Section number: "II.1.b", "Phần II", "Phần II.3", "V.8", "Phụ lục 1", "Mở đầu", "Lời kết". */
  number: string;
  /** Marker as printed ("1.", "b)", "PHỤ LỤC 1"); absent for intros, tasks, opening and closing. */
  marker?: string;
  /** Heading text, or an importer label for intros, tasks, opening and closing. */
  title: string;
  /** Position in the document, 1-based. */
  order: number;
  /** For tasks (numbered items of a next-period section): the task number. */
  task?: number;
  /** For an appendix ("PHỤ LỤC …"). */
  appendix?: true;
  /** For an appendix that stood after the signature. */
  afterSignature?: true;
  /** Body blocks in order. */
  blocks: Block[];
  /** 1-based source line of the heading (or first block). */
  line: number;
}

/** A footnote body. */
export interface Footnote {
  /** Number as printed. */
  n: number;
  /** Text as printed, without the leading number. */
  text: string;
  /** 1-based source line of the definition. */
  line: number;
}

/** The issuer and motto row of the title block. */
export interface Letterhead {
  /** The issuer's lines: "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN". */
  issuer: string[];
  /** The national motto's lines: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc". */
  motto: string[];
}

/** The whole report. */
export interface ReportDocument {
  /** The issuer and motto row, when the text has one. */
  letterhead?: Letterhead;
  /** "BÁO CÁO". */
  documentType: string;
  /** Number line with its blanks: "Số: /BC-UBND". */
  number: string;
  /** Place and date line: "Lạng Sơn, ngày tháng 10 năm 2021". */
  placeDate: string;
  /** Title without bold markers; line breaks kept as "\n". */
  title: string;
  /** Headings without text of their own, in document order. */
  outline: OutlineHeading[];
  /** Sections with text (appendices included), in document order. */
  entries: Entry[];
  /** Footnotes sorted by number. */
  footnotes: Footnote[];
  /** "Nơi nhận:" as printed. */
  recipientsLabel: string;
  /** Recipient lines without their leading "- ". */
  recipients: string[];
  /** Signature block lines (bold markers removed) and the signatory's name. */
  signature: { lines: string[]; name: string };
}

/** A problem in the input, located by file name and line. */
export class ReportParseError extends Error {
  /** Input file name as given to the parser. */
  readonly source: string;
  /** 1-based line number. */
  readonly line: number;

  constructor(source: string, line: number, message: string) {
    super(`${source}:${line}: ${message}`);
    this.name = 'ReportParseError';
    this.source = source;
    this.line = line;
  }
}

/** Every inline run of a block, in reading order (list items and table cells included). */
export function blockInlines(block: Block): Inline[][] {
  if (block.type === 'paragraph') return [block.inlines];
  if (block.type === 'table') return [...block.header, ...block.rows.flat()];
  const items = (list: ListItem[]): Inline[][] => list.flatMap((item) => [item.inlines, ...items(item.items)]);
  return items(block.items);
}
