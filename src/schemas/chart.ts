import { z } from 'astro/zod';
import { kebabId } from './id.ts';
import { strict } from './strict.ts';

/** Chart kinds the site draws. */
export const ChartTypeSchema = z.enum(['bar', 'horizontal-bar', 'doughnut']);

/** What each bar shows: the value itself, plan completion, or change against the earlier period. */
export const ChartMeasureSchema = z.enum(['value', 'plan', 'change']);

/** A chart declared in an entry's frontmatter and placed in its MDX with `<Chart id="…" />`. */
export const ChartSchema = strict(z.object({
  /** Unique across the site, lowercase kebab-case ASCII; also the figure's anchor. */
  id: kebabId('id'),
  /** Caption, in Vietnamese, after "Hình N.". */
  title: z.string().min(1),
  /** Chart kind. */
  type: ChartTypeSchema.default('bar'),
  /** Indicator ids, in display order; all must belong to the same entry. */
  indicators: z
    .array(z.string().min(1))
    .min(1)
    .superRefine((ids, ctx) => {
      for (const id of new Set(ids)) {
        const at = ids.flatMap((x, k) => (x === id ? [k] : []));
        if (at.length > 1) ctx.addIssue({ code: 'custom', path: [at[1]!], message: `indicator "${id}" is listed ${at.length} times (places ${at.map((k) => k + 1).join(', ')}); a chart shows each indicator once` });
      }
    }),
  /** What the bars measure. */
  measure: ChartMeasureSchema.default('value'),
  /** Optional short labels for the axis or legend, one per indicator in the same order; the data table keeps the indicators' own labels. */
  labels: z.array(z.string().min(1)).optional(),
  /** Optional note under the chart. */
  note: z.string().optional(),
}));

export type Chart = z.output<typeof ChartSchema>;
export type ChartType = z.output<typeof ChartTypeSchema>;
export type ChartMeasure = z.output<typeof ChartMeasureSchema>;
