/**
 * Search, pure and shared by the build and the browser: the documents and the engine (`engine.ts`), the split index
 * by report and word prefix (`shards.ts`) and how results read (`results.ts`). What the rest of the code may use is exported here.
 */
export * from './engine.ts';
export * from './results.ts';
export * from './shards.ts';
