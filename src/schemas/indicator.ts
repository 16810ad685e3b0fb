import { z } from 'astro/zod';
import { kebabId } from './id.ts';
import { QualifierSchema } from './qualifier.ts';

/** Comparison with the plan or budget: "đạt 99,4% kế hoạch". */
export const PlanSchema = z.object({
  /** Percent of the plan reached, as printed (99.4 for "99,4%"). */
  percent: z.number(),
  /** What the percent is measured against, as printed: "kế hoạch", "dự toán", "kế hoạch Trung ương giao"… */
  basis: z.string().min(1),
});

/**
 * Comparison with an earlier period: a signed percent change ("tăng 51,5%"), a ratio ("bằng 97,2% so
 * với cùng kỳ") or a signed absolute change in the indicator's own unit ("tăng 10 vụ").
 */
export const ChangeSchema = z
  .object({
    /** Signed percent change: "tăng 51,5%" → 51.5, "giảm 1,31%" → -1.31. */
    percent: z.number().optional(),
    /** Level as a percent of the earlier period: "bằng 97,2% so với cùng kỳ" → 97.2. */
    ratio: z.number().optional(),
    /** Signed absolute change in the indicator's unit: "tăng 10 vụ" → 10, "giảm 3 vụ" → -3. */
    amount: z.number().optional(),
    /** What it is compared with: "cùng kỳ", "31/12/2020"… */
    basis: z.string().min(1),
  })
  .refine((c) => c.percent !== undefined || c.ratio !== undefined || c.amount !== undefined, {
    message: 'change needs one of "percent", "ratio" or "amount"',
  })
  .refine((c) => c.percent === undefined || c.ratio === undefined, {
    message: 'change takes "percent" or "ratio", not both',
  });

/**
 * One quantitative result the report states: a value ("3.060 triệu USD"), a part of a whole
 * ("115/133 mã vùng trồng": value and `outOf`), or a change only ("Chỉ số sản xuất công nghiệp tăng
 * 6,2%": no value, `change.percent`).
 */
export const IndicatorSchema = z
  .object({
    /** Unique across the site, lowercase kebab-case ASCII. */
    id: kebabId('id'),
    /** Short Vietnamese label, in the report's words. */
    label: z.string().min(1),
    /** The number exactly as printed: "1.094,1 nghìn lượt" → 1094.1. Absent for an indicator the report prints only as a change. */
    value: z.number().optional(),
    /** Words printed right before the value that make it approximate or a bound: "trên 26 tỷ đồng" → "trên". Shown with the figure everywhere. */
    qualifier: QualifierSchema.optional(),
    /** Unit exactly as printed: "nghìn lượt", "tỷ đồng", "%"; also the unit of `change.amount`. */
    unit: z.string().min(1),
    /** The whole the value is a part of, as printed: "115/133 mã vùng trồng" → 133. */
    outOf: z.number().positive().optional(),
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
    /** The series it joins across reports when its id differs from theirs (default: its id). */
    series: kebabId('series').optional(),
    /** Asserts its series is drawn as one chart: the build fails, naming both files, when the points do not compare (units, periods). */
    seriesChart: z.boolean().optional(),
    /**
     * A proposal written by `npm run figures -- --propose <entry> --write`, not yet checked by a person: left
     * out of the pages and open data (the build lists every draft in one warning; `figures --strict` refuses
     * them) until its figures are checked against the text and this flag is deleted.
     */
    draft: z.boolean().optional(),
  })
  .refine((i) => i.value !== undefined || i.change !== undefined, {
    message: 'an indicator needs a "value", or a "change" when the report prints only the change',
    path: ['value'],
  })
  .refine((i) => i.qualifier === undefined || i.value !== undefined, {
    message: '"qualifier" needs the "value" it is printed before',
    path: ['qualifier'],
  })
  .refine((i) => i.outOf === undefined || i.value !== undefined, {
    message: '"outOf" needs the "value" it is the whole of',
    path: ['outOf'],
  });

export type Indicator = z.output<typeof IndicatorSchema>;
