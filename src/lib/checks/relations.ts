/**
 * Relations between the report's results and assessments and its Q4 tasks (frontmatter `relatedTasks`):
 * the checks that fail the build, and which figures a task page shows of a related entry. Pure.
 */

/** One relation as the schema normalises it: a task id, and the paragraphs it names (absent: the whole entry). */
export interface TaskRelation {
  id: string;
  paragraphs?: number[] | undefined;
}

/** What the relation check needs of an entry. */
export interface RelationCheckEntry {
  file: string;
  id: string;
  collection: string;
  /** Set on Q4 task entries (the introduction of the tasks section has none). */
  task?: number | undefined;
  /** How many paragraphs the body has. */
  paragraphCount: number;
  relations: TaskRelation[];
}

/** Relations that name no task, an entry of the task section that is not a task, or a paragraph the entry does not have. */
export function checkTaskRelations(entries: RelationCheckEntry[], taskCollection: string): { file: string; message: string }[] {
  const inTasks = new Map(entries.filter((e) => e.collection === taskCollection).map((e) => [e.id, e]));
  return entries.flatMap((entry) =>
    entry.relations.flatMap((relation) => {
      const target = inTasks.get(relation.id);
      const problems: string[] = [];
      if (!target) problems.push(`relatedTasks: "${relation.id}" is not an entry of ${taskCollection}`);
      else if (target.task === undefined) problems.push(`relatedTasks: "${relation.id}" is not a task (its entry has no "task" number)`);
      for (const n of relation.paragraphs ?? []) {
        if (n > entry.paragraphCount) problems.push(`relatedTasks: task "${relation.id}" names paragraph ${n}, but the entry has ${entry.paragraphCount}`);
      }
      return problems.map((message) => ({ file: entry.file, message }));
    }),
  );
}

/**
 * The figures a task page shows of one related entry: headline figures first, then those with a plan
 * or a change (what a task follows from), then the rest; at most `max`, each group in document order.
 */
export function evidenceFigures<T extends { headline: boolean; plan?: unknown; change?: unknown }>(indicators: T[], max = 4): T[] {
  const headline = indicators.filter((i) => i.headline);
  const measured = indicators.filter((i) => !i.headline && (i.plan !== undefined || i.change !== undefined));
  const rest = indicators.filter((i) => !i.headline && i.plan === undefined && i.change === undefined);
  return [...headline, ...measured, ...rest].slice(0, max);
}
