import { z } from 'astro/zod';
import { kebabId } from './id.ts';

/** Comparison with the plan or budget: "đạt 99,4% kế hoạch". */
export const PlanSchema = z.object({
  /** Percent of the plan reached, as printed (99.4 for "99,4%"). */
  percent: z.number(),
  /** What the percent is measured against, as printed: "kế hoạch", "dự toán", "kế hoạch Trung ương giao"… */
  basis: z.string().min(1),
});

/** Comparison with an earlier period: a signed percent change, or a ratio ("bằng 97,2% so với cùng kỳ"). */
export const ChangeSchema = z
  .object({
    /** Signed percent change: "tăng 51,5%" → 51.5, "giảm 1,31%" → -1.31. */
    percent: z.number().optional(),
    /** Level as a percent of the earlier period: "bằng 97,2% so với cùng kỳ" → 97.2. */
    ratio: z.number().optional(),
    /** What it is compared with: "cùng kỳ", "31/12/2020"… */
    basis: z.string().min(1),
  })
  .refine((c) => (c.percent === undefined) !== (c.ratio === undefined), {
    message: 'change needs exactly one of "percent" or "ratio"',
  });

/** One quantitative result the report states. */
export const IndicatorSchema = z.object({
  /** Unique across the site, lowercase kebab-case ASCII. */
  id: kebabId('id'),
  /** Short Vietnamese label, in the report's words. */
  label: z.string().min(1),
  /** The number exactly as printed: "1.094,1 nghìn lượt" → 1094.1. */
  value: z.number(),
  /** Unit exactly as printed: "nghìn lượt", "tỷ đồng", "%". */
  unit: z.string().min(1),
  /** Period the value covers; absent means the report's `defaultPeriod`. */
  period: z.string().min(1).optional(),
  /** Plan completion, when the report states one. */
  plan: PlanSchema.optional(),
  /** Change against an earlier period, when the report states one. */
  change: ChangeSchema.optional(),
  /** Original number of the footnote the figure is printed in. */
  footnote: z.number().int().positive().optional(),
  /** Shown among the headline figures ("Số liệu chính"). */
  headline: z.boolean().default(false),
});

export type Indicator = z.output<typeof IndicatorSchema>;
