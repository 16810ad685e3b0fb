/**
 * Printed figures: the finder, the match of typed indicators to the text, coverage, the proposer and its
 * agreement, phrases as printed, sources, drafts. What code outside src/lib may use. Modules inside src/lib
 * and browser scripts (src/scripts/) import the files themselves, so a browser bundle carries only what it
 * uses.
 */
export { type Agreement, agreementShares, agreementTable, formatAgreement, measureAgreement } from './agreement.ts';
export { entryCoverage, reportCoverage } from './coverage.ts';
export { FrontmatterError, writeDrafts } from './draft-writer.ts';
export { type DraftIndicator, draftIndicators, draftRefusals, draftWarning, reviewedIndicators } from './drafts.ts';
export { findNumbers } from './finder.ts';
export { type PeriodContext, indicatorAnchor, indicatorProblems, sharedValueProblems } from './match.ts';
export { changePhrase, keyFigures, planPhrase, printedFigure, printedNumber, sourceLabel, spreadFigures } from './phrases.ts';
export { type Proposal, proposalsYaml, proposeIndicators } from './proposer.ts';
export { figureSource } from './source.ts';
