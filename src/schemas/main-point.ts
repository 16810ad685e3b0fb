import { z } from 'astro/zod';

/** A main point of the report: one of its own sentences, quoted verbatim, and where it stands. */
export const MainPointSchema = z.object({
  /** The entry that holds the sentence, as "collection/id": "economy/kinh-te-cua-khau". */
  entry: z.string().regex(/^[a-z0-9-]+\/[^/\s]+$/, 'entry must be "collection/id", e.g. "economy/kinh-te-cua-khau"'),
  /** Paragraph of that entry, counted from 1 as the page numbers them. */
  paragraph: z.number().int().positive(),
  /** The sentence exactly as printed in that paragraph. */
  quote: z.string().trim().min(1),
});

/** The report's main points, shown under "Điểm chính" on the home page. */
export const MainPointsSchema = z.array(MainPointSchema).max(6, 'at most 6 main points').default([]);

export type MainPoint = z.output<typeof MainPointSchema>;
