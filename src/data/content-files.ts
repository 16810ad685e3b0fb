/** The files of a content root as they are on disk, for the checks that no entry is left unread. */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every file under `root`, relative to it with "/" separators ("economy/kinh-te.mdx", "source/report.txt"), sorted. */
export function contentFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => statSync(join(root, f)).isFile())
    .sort();
}
