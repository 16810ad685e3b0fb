import { z } from 'astro/zod';

/** A printed figure the editor decided not to type, with why: `{ text: "24/24 giờ", reason: "thời gian phục vụ, không phải số liệu" }`. */
export const UntypedSchema = z.object({
  /** The figure exactly as printed, with enough words to find it in its sentence. */
  text: z.string().min(1),
  /** Why it is not typed, for the next editor. */
  reason: z.string().min(1, 'untyped: give a reason why the figure is not typed'),
});

export type Untyped = z.output<typeof UntypedSchema>;
