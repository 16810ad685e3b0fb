import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { ChartSchema } from './chart.ts';
import { IndicatorSchema } from './indicator.ts';
import { UntypedSchema } from './untyped.ts';

/**
 * Frontmatter of one numbered subsection of the report. `relatedTasks` is added in
 * content.config.ts, where `reference()` is available. A title is needed except on a task (the data
 * layer checks it, naming the file, and names an untitled task by its opening words).
 */
export const EntrySchema = strict(z.object({
  /** Heading text as printed (without its marker); for tasks an optional short navigation label (without one, the task's opening words). */
  title: z.string().min(1, 'title cannot be empty; leave it out on a task to use its opening words').optional(),
  /** The report's own numbering: "II.1.b", "Phần II.3". */
  number: z.string().min(1),
  /** Marker printed before the heading: "1.", "b)", "đ)". Absent when the original has no heading. */
  marker: z.string().optional(),
  /** Position in the original document (1 = first entry). */
  order: z.number().int().positive(),
  /** Optional: the publisher's one sentence for cards and the meta description; without it, no summary line is shown. */
  summary: z.string().min(1, 'summary cannot be empty; leave it out when the publisher wrote none').optional(),
  /** Quantitative results stated in this entry. */
  indicators: z.array(IndicatorSchema).default([]),
  /** Printed figures deliberately left untyped, each with its reason (see `npm run figures`). */
  untyped: z.array(UntypedSchema).default([]),
  /** Charts placed in the body with `<Chart id="…" />`. */
  charts: z.array(ChartSchema).default([]),
  /** For Q4 tasks: the task's number in the report. */
  task: z.number().int().positive().optional(),
  /** An appendix of the report ("Phụ lục …"): its page is labelled as one. */
  appendix: z.boolean().optional(),
  /**
   * A task of an earlier report that this entry reports on: "<report-id>/<task>" ("2021-6-thang/1"). The
   * data layer checks that the report and the task exist; the task's page links here ("Kết quả ở kỳ sau").
   */
  followsUp: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'followsUp must be "<report-id>/<task>", e.g. "2021-6-thang/1"').optional(),
  /** Printed after the signature block (an appendix after the signature): the full text places it after the closing. */
  afterSignature: z.boolean().optional(),
}));

export type EntryData = z.output<typeof EntrySchema>;
