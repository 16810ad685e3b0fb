/**
 * The importer: a report's text (plain text, or Word through `docx/`) → the document model → MDX
 * entries and report.json. What the command line and other code may use.
 */
export { decodeUtf8Text, EncodingError } from './text/encoding.ts';
export { parseReport, ReportParseError } from './text/parse.ts';
export { DocxReadError, readDocx } from './docx/index.ts';
export type { Entry, Footnote, Inline, Paragraph, ReportDocument } from './text/parse.ts';
export { checkImportMap, ImportMapError, readImportMap } from './map.ts';
export { renderEntryFile, renderReportJson, resolveTargets } from './mdx.ts';
export type { ImportMap } from './mdx.ts';
export { lostSentences } from './verify.ts';
