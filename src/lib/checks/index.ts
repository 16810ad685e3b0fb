/**
 * The checks that fail (or warn) a build: report structure, raw HTML, relations, consistency, size budgets,
 * schema problems. What code outside src/lib may use. Modules inside src/lib and browser scripts
 * (src/scripts/) import the files themselves, so a browser bundle carries only what it uses.
 */
export { entryBudgetWarning, searchShardBudgetWarning } from './budgets.ts';
export { formatProblems } from './consistency.ts';
export { evidenceFigures } from './relations.ts';
export { type ReportCheckEntry, checkReport } from './report.ts';
export { type SchemaInput, schemaProblems } from './schema-problems.ts';
