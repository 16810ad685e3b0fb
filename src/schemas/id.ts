import { z } from 'astro/zod';

/** Lowercase kebab-case ASCII: what ids, URL segments and anchors are made of. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A string that must be lowercase kebab-case ASCII; `what` names it in the message ("id", "segment"). */
export function kebabId(what: string) {
  return z.string().regex(KEBAB_ID, `${what} must be lowercase kebab-case ASCII (a-z, 0-9, -)`);
}
