/**
 * The importer: a report's text (plain text, or Word through `docx/`) → the document model → MDX
 * entries and report.json. What the command line and other code may use.
 */
export { checkInputText, decodeUtf8Text, EncodingError } from './text/encoding.ts';
export { parseReport } from './text/parse.ts';
export { DocxReadError, readDocx } from './docx/index.ts';
export { readerText } from './text/footnotes.ts';
export { blockInlines, IMPORT_LABELS, ReportParseError } from './model.ts';
export type {
  Block,
  Entry,
  Footnote,
  FootnoteRef,
  Heading,
  Inline,
  Letterhead,
  List,
  ListItem,
  OutlineHeading,
  Paragraph,
  ReportDocument,
  Table,
} from './model.ts';
export { checkImportMap, ImportMapError, readImportMap } from './map.ts';
export { renderBlock, renderEntryFile, renderReportJson, resolveTargets } from './mdx.ts';
export type { ImportMap } from './mdx.ts';
export { lostSentences } from './verify.ts';
