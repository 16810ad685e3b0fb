/**
 * What a published page says and where it points: citations, open data, site config, paths and addresses,
 * number and date formats, user-facing text, embeds, pagination. What the rest of the code may use; browser
 * scripts (src/scripts/) import the files themselves, so their bundles carry only what they need.
 */
export { type CitedReport, citationMetaDate, citedReport, citedSection, filledNumber, filledPlaceDate, formatCitation, sectionLabel, sectionShortLabel } from './citation.ts';
export { EMBED_SCRIPT, embedHostScript, embedSnippet } from './embed.ts';
export { changeArrow, formatNumber, formatSignedPercent, formatWithUnit, openingLabel, truncateWords } from './format.ts';
export { type OpenDataRow, figureWords, openDataCsv, openDataJson, openDataRow, toCsv } from './open-data.ts';
export { pageNeighbours } from './pagination.ts';
export { entryPath, figurePath, indicatorRowPath, reportPath, sectionPath, seriesCsvPath, withBase } from './paths.ts';
export { issuedLabel } from './report-date.ts';
export { isPublishingBuild, resolveSiteConfig } from './site-config.ts';
export { chartText, citeText, figureText, layoutText, searchText, seriesText, siteText, ui } from './ui-text.ts';
