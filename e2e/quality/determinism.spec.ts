import { expect, test } from '@playwright/test';
import { buildSite, projectRoot } from '../support/build';
import { diffTrees, hashTree } from '../support/quality-tree';
import { join } from 'node:path';

test('two clean builds produce byte-identical sites', () => {
  test.setTimeout(300_000);
  const first = buildSite(join(projectRoot, 'content'));
  expect(first.status, first.output).toBe(0);
  const second = buildSite(join(projectRoot, 'content'));
  expect(second.status, second.output).toBe(0);
  const a = hashTree(first.outDir);
  expect(a.size).toBeGreaterThan(1);
  expect(diffTrees(a, hashTree(second.outDir))).toEqual([]);
});
