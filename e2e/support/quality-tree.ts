/** Determinism gate: a folder as a map of file path → SHA-256, and the differences between two. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as relative path (with "/") → SHA-256 of its bytes. */
export function hashTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
  return new Map(files.map((f) => [relative(dir, f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** Files only in one tree, and files whose bytes differ; empty when the trees are identical. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const differences: string[] = [];
  for (const [path, hash] of a) {
    if (!b.has(path)) differences.push(`only in the first: ${path}`);
    else if (b.get(path) !== hash) differences.push(`differs: ${path}`);
  }
  for (const path of b.keys()) if (!a.has(path)) differences.push(`only in the second: ${path}`);
  return differences;
}
