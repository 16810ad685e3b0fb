/** Previous/next links through a report, pure: who pages through what. */

/** What pagination needs to know of an entry. */
export interface Pageable {
  /** Set on Q4 tasks: tasks page through tasks only. */
  task?: number | undefined;
}

/**
 * Previous and next of each item in reading order: a task's neighbours are the tasks before and after
 * it; any other entry's are the entries (of any kind) before and after it.
 */
export function pageNeighbours<T extends Pageable>(items: T[]): Map<T, { previous?: T; next?: T }> {
  const tasks = items.filter((e) => e.task !== undefined);
  const result = new Map<T, { previous?: T; next?: T }>();
  items.forEach((item) => {
    const list = item.task !== undefined ? tasks : items;
    const i = list.indexOf(item);
    const previous = list[i - 1];
    const next = list[i + 1];
    result.set(item, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
  });
  return result;
}
