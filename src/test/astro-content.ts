/**
 * Test double of Astro's `astro:content` for unit tests of the data layer (Vitest aliases the module
 * here): collections are whatever a test puts in `collections` before loading `data/report.ts`.
 */

/** An entry as `getCollection` returns it. */
export interface StubEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

const store = globalThis as { reportTestCollections?: Map<string, StubEntry[]> };

/** The collections a test serves, by name; one map for the whole test file, even across `vi.resetModules()`. */
export const collections: Map<string, StubEntry[]> = (store.reportTestCollections ??= new Map());

/** `getCollection(name)`: the entries a test registered, or none. */
export async function getCollection(name: string): Promise<StubEntry[]> {
  return collections.get(name) ?? [];
}
