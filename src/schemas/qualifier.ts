import { z } from 'astro/zod';

/**
 * The words a report prints right before a figure that make it approximate or a bound, in Vietnamese
 * as printed: "trên 98,6%", "khoảng 2.700 hộ", "ước đạt 95.911 ha". A verb before them is no part of
 * it ("đạt trên 98,6%" → "trên"). Longer phrases first, so that the longest one printed is the one found.
 */
export const QUALIFIERS = ['ước đạt', 'ước tính', 'tối thiểu', 'ít nhất', 'tối đa', 'xấp xỉ', 'khoảng', 'trên', 'hơn', 'gần', 'dưới', 'ước'] as const;

/** A figure's qualifier, one of `QUALIFIERS`. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** The qualifier of an indicator's value, exactly as printed before it: "trên", "khoảng", "ước đạt"… */
export const QualifierSchema = z.enum(QUALIFIERS, {
  error: (issue) => `qualifier "${String(issue.input)}" is not one the site knows; write the words printed before the number, one of: ${QUALIFIERS.map((q) => `"${q}"`).join(', ')}`,
});
