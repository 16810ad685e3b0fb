import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { ChartSchema } from './chart.ts';
import { IndicatorSchema } from './indicator.ts';
import { UntypedSchema } from './untyped.ts';

/**
 * Frontmatter of one numbered subsection of the report. `relatedTasks` is added in
 * content.config.ts, where `reference()` is available.
 */
export const EntrySchema = strict(z.object({
  /** Heading text as printed (without its marker); for tasks a short navigation label. */
  title: z.string().min(1),
  /** The report's own numbering: "II.1.b", "Phần II.3". */
  number: z.string().min(1),
  /** Marker printed before the heading: "1.", "b)", "đ)". Absent when the original has no heading. */
  marker: z.string().optional(),
  /** Position in the original document (1 = first entry). */
  order: z.number().int().positive(),
  /** One sentence for cards and the meta description. */
  summary: z.string().min(1, 'summary must be one sentence describing the entry'),
  /** Quantitative results stated in this entry. */
  indicators: z.array(IndicatorSchema).default([]),
  /** Printed figures deliberately left untyped, each with its reason (see `npm run figures`). */
  untyped: z.array(UntypedSchema).default([]),
  /** Charts placed in the body with `<Chart id="…" />`. */
  charts: z.array(ChartSchema).default([]),
  /** For Q4 tasks: the task's number in the report. */
  task: z.number().int().positive().optional(),
}));

export type EntryData = z.output<typeof EntrySchema>;
