import { describe, expect, it } from 'vitest';
import { entryBudgetWarning, searchShardBudgetWarning } from './budgets.ts';

describe('content budgets', () => {
  it.each([
    [1024, 2048, undefined],
    [2048, 2048, undefined],
    [206131, 65536, 'warning: economy/a.mdx: the body is 201.3 KB, over its budget of 64.0 KB (is a paragraph pasted twice, or a table pasted as text?)'],
  ])('an entry body of %i bytes against %i', (bytes, budget, warning) => {
    expect(entryBudgetWarning('economy/a.mdx', bytes, budget)).toBe(warning);
  });

  it.each([
    [83_000, 122_880, undefined],
    [181_248, 122_880, 'warning: search/bao-cao/th.json is 177.0 KB gzip, over its budget of 120.0 KB; a search whose words it holds downloads it'],
  ])('a search shard of %i bytes gzip against %i', (bytes, budget, warning) => {
    expect(searchShardBudgetWarning('search/bao-cao/th.json', bytes, budget)).toBe(warning);
  });
});
