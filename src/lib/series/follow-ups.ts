/**
 * Tasks followed up across reports: a later report's entry declares `followsUp: "<report-id>/<task>"`
 * (a task of an earlier report). Parsing and the checks that fail the build, naming file and field. Pure.
 */

/** A `followsUp` value read: the report's id and the task's number or id ("1"). */
export interface FollowUpRef {
  reportId: string;
  task: string;
}

/** `"2021-6-thang/1"` → `{ reportId: "2021-6-thang", task: "1" }`; anything else → undefined. */
export function parseFollowUp(value: string): FollowUpRef | undefined {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/u.exec(value);
  return match ? { reportId: match[1]!, task: match[2]! } : undefined;
}

/** What the check needs of an entry that declares `followsUp`. */
export interface FollowUpEntry {
  file: string;
  /** Its own report's id ('' on a one-report site). */
  reportId: string;
  followsUp: string;
}

/** What the check needs of a report: its id and its tasks' numbers. */
export interface FollowUpReport {
  id: string;
  /** Its tasks, by number ("1", "2", …). */
  tasks: readonly string[];
}

/**
 * `followsUp` values that name no report, the entry's own report, or no task of that report; on a site of
 * one report every `followsUp` is refused (there is no other report to follow).
 */
export function checkFollowUps(entries: readonly FollowUpEntry[], reports: readonly FollowUpReport[]): { file: string; message: string }[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const ids = reports.map((r) => r.id).filter(Boolean);
  return entries.flatMap(({ file, reportId, followsUp }) => {
    const at = (message: string) => [{ file, message: `followsUp: ${message}` }];
    if (reportId === '') return at(`"${followsUp}" names a task of another report, but the content root holds one report; put the reports in reports/<id>/`);
    const ref = parseFollowUp(followsUp);
    if (!ref) return at(`"${followsUp}" is not "<report-id>/<task>", e.g. "${ids[0] ?? '2021-6-thang'}/1"`);
    const target = byId.get(ref.reportId);
    if (!target) return at(`no report "${ref.reportId}" (reports: ${ids.join(', ')})`);
    if (target.id === reportId) return at(`"${followsUp}" is a task of this entry's own report; followsUp names a task of an earlier report`);
    if (!target.tasks.includes(ref.task)) return at(`report "${ref.reportId}" has no task "${ref.task}" (its tasks: ${target.tasks.join(', ') || 'none'})`);
    return [];
  });
}
