/**
 * Strictness shared by every object schema: a key the schema does not know fails, naming the key and the
 * closest known one ("heaadline — did you mean headline?"), instead of being dropped without notice; a
 * number that is not finite (YAML `.nan`, `.inf`) fails with its own message rather than a type error
 * that reads "expected number, received number".
 */
import { z } from 'astro/zod';

/** Edit distance between two strings (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known key closest to `key`, when it is close enough to be a likely typo (case ignored). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(key.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** "unknown key "heaadline" — did you mean "headline"?", or the list of known keys when none is close. */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = closestKey(key, known);
  return near !== undefined
    ? `unknown key "${key}" — did you mean "${near}"?`
    : `unknown key "${key}" (known keys: ${known.join(', ')})`;
}

/** The message for a number that is not finite, or undefined for any other input. */
export function nonFiniteMessage(input: unknown): string | undefined {
  if (typeof input !== 'number' || Number.isFinite(input)) return undefined;
  return `${String(input)} is not a finite number; write the number as printed (YAML .nan and .inf are not numbers)`;
}

type Wrapped = z.ZodType;

/** The same schema made strict all the way down: numbers get the non-finite message, objects reject unknown keys. */
function deepen<T extends Wrapped>(schema: T): T {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'number') {
    return schema.clone({ ...schema._zod.def, error: (issue: { input?: unknown }) => nonFiniteMessage(issue.input) } as never) as T;
  }
  if (def.type === 'object') return strict(schema as unknown as z.ZodObject) as unknown as T;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
    return schema.clone({ ...schema._zod.def, innerType: deepen(def['innerType'] as Wrapped) } as never) as T;
  }
  if (def.type === 'array') {
    return schema.clone({ ...schema._zod.def, element: deepen(def['element'] as Wrapped) } as never) as T;
  }
  return schema;
}

/** Keys of the object schema that raised an issue (so keys added later with `.extend` count as known). */
function knownKeys(issue: z.core.$ZodRawIssue, fallback: string[]): string[] {
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : fallback;
}

/**
 * Make an object schema strict, with every object and number nested in it (through arrays, optional and
 * default): unknown keys fail naming the key and the closest known one, and numbers fail non-finite values
 * with their own message. Refinements are kept, and `.extend` of the result stays strict.
 */
export function strict<T extends z.ZodObject>(schema: T): T {
  const keys = Object.keys(schema.shape);
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, deepen(field as Wrapped)]));
  const previous = schema._zod.def.error;
  return schema.clone({
    ...schema._zod.def,
    shape,
    catchall: z.never(),
    error: (issue: z.core.$ZodRawIssue) => {
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(issue, keys);
        return issue.keys.map((key) => unknownKeyMessage(key, known)).join('; ');
      }
      return previous?.(issue as never) ?? undefined;
    },
  } as never) as T;
}
