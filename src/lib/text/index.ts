/**
 * The report's words: entry text and its anchors, folding for search, fidelity to the source, cleaning on
 * read, contents, main points, JSON read for people, the Markdown pipeline. What code outside src/lib may
 * use. Modules inside src/lib and browser scripts (src/scripts/) import the files themselves, so a browser
 * bundle carries only what it uses.
 */
export { anchorPlace, footnoteId, footnotesHeadingId, paragraphId, paragraphPrefix } from './anchors.ts';
export { cleanDeep, cleanText, cleanTextWarnings } from './clean-text.ts';
export { contentsLabel, entryHeadingLevel, headingsOver } from './contents.ts';
export { type EntryText, type TextTable, type TextTableCell, parseEntryBody, readEntryText, tableCellClause } from './entry-text.ts';
export { missingSentences, normaliseText, sourceSentences } from './fidelity.ts';
export { splitFrontmatter } from './frontmatter.ts';
export { foldVietnamese, numberSlug, slugify } from './fold.ts';
export { parseJsonText } from './json-text.ts';
export { type MainPointRef, type PartHeading, checkMainPoints, closedPart, runsBy } from './main-points.ts';
