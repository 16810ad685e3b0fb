/**
 * Size budgets of the content: past them the build still succeeds but prints a warning with the figure,
 * so a pasted 200 KB paragraph or a runaway search index does not pass unnoticed.
 */

/** The budgets, in bytes. */
export const CONTENT_BUDGETS = {
  /** An entry's MDX body (UTF-8): the largest of the bundled report is about 15 KB. */
  entryBody: 64 * 1024,
  /** A shard of the split search index, gzipped: the bundled report's heaviest is about 35 KB. */
  searchShardGzip: 120 * 1024,
};

/** "201.3 KB". */
function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The warning for an entry body over budget, or undefined. */
export function entryBudgetWarning(file: string, bytes: number, budget = CONTENT_BUDGETS.entryBody): string | undefined {
  if (bytes <= budget) return undefined;
  return `warning: ${file}: the body is ${kb(bytes)}, over its budget of ${kb(budget)} (is a paragraph pasted twice, or a table pasted as text?)`;
}

/** The warning for the heaviest search shard (its site path without the leading "/") over budget, or undefined. */
export function searchShardBudgetWarning(file: string, gzipBytes: number, budget = CONTENT_BUDGETS.searchShardGzip): string | undefined {
  if (gzipBytes <= budget) return undefined;
  return `warning: ${file} is ${kb(gzipBytes)} gzip, over its budget of ${kb(budget)}; a search whose words it holds downloads it`;
}
