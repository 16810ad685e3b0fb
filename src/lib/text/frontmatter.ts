/** An MDX file's frontmatter fence: the one splitter every reader of entry files uses. Pure. */

/** Split an MDX file into its frontmatter text (without fences) and body; undefined when it has none. */
export function splitFrontmatter(file: string): { frontmatter: string; body: string } | undefined {
  // By index, not by one regex over the whole file: a lazy `[\s\S]*?` over a 20 MB body overflows the
  // regex engine's stack ("Maximum call stack size exceeded").
  const open = /^---\r?\n/u.exec(file);
  if (!open) return undefined;
  const close = file.indexOf('\n---', open[0].length);
  if (close < 0) return undefined;
  const frontmatter = file.slice(open[0].length, file[close - 1] === '\r' && close - 1 >= open[0].length ? close - 1 : close);
  let rest = close + '\n---'.length;
  if (file[rest] === '\r') rest += 1;
  if (file[rest] === '\n') rest += 1;
  return { frontmatter, body: file.slice(rest) };
}
