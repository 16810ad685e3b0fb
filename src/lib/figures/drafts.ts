/**
 * Draft indicators: proposals written into an entry's frontmatter with `draft: true` (`npm run figures --
 * --propose <entry> --write`) that no person has checked yet. The build leaves them out of the pages and
 * open data and lists them all in one warning; `figures --strict` refuses them. Pure.
 */

/** One draft indicator and the file it is typed in. */
export interface DraftIndicator {
  file: string;
  id: string;
}

/** The drafts of a set of entries, in their order. */
export function draftIndicators(entries: readonly { file: string; indicators: readonly { id: string; draft?: boolean | undefined }[] }[]): DraftIndicator[] {
  return entries.flatMap((e) => e.indicators.filter((i) => i.draft === true).map((i) => ({ file: e.file, id: i.id })));
}

/** An entry's indicators without its drafts: what the pages, charts and open data may show. */
export function reviewedIndicators<T extends { draft?: boolean | undefined }>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => i.draft !== true);
}

/** The one build warning listing every draft (file and id), or undefined when there is none. */
export function draftWarning(drafts: readonly DraftIndicator[]): string | undefined {
  if (drafts.length === 0) return undefined;
  return [
    `warning: ${drafts.length} draft indicator(s) (draft: true) are left out of the pages and open data until a person checks each against the text and deletes its "draft: true":`,
    ...drafts.map((d) => `  ${d.file}: ${d.id}`),
  ].join('\n');
}

/** What `figures --strict` prints for each draft: file, id and what to do. */
export function draftRefusals(drafts: readonly DraftIndicator[]): string[] {
  return drafts.map((d) => `${d.file}: indicator "${d.id}" is a draft (draft: true): check it against the text, then delete "draft: true"`);
}
