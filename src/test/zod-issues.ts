/** Schema test helper: a failed parse's issues as "path: message" lines, the way a reader of a build error sees them. */
import type { z } from 'astro/zod';

/** Issues of `schema.safeParse(input)` as "field.path: message"; empty when the input is valid. */
export function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
