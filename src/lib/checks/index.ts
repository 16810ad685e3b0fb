/**
 * The checks that fail (or warn) a build: report structure, raw HTML, relations, consistency, size budgets,
 * schema problems. What the rest of the code may use; browser scripts (src/scripts/) import the files
 * themselves, so their bundles carry only what they need.
 */
export { entryBudgetWarning, searchShardBudgetWarning } from './budgets.ts';
export { formatProblems } from './consistency.ts';
export { evidenceFigures } from './relations.ts';
export { type ReportCheckEntry, checkReport } from './report.ts';
export { type SchemaInput, schemaProblems } from './schema-problems.ts';
