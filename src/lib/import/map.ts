/**
 * The import map, read and checked against the parsed document before anything is written: every
 * section of the text mapped exactly once, no two sections sent to one file, no key naming a section the
 * text does not have, every collection one the site reads, every id a valid file name. All problems are
 * listed at once, each naming the map file and the key.
 */
import { closestKey } from '../../schemas/strict.ts';
import { parseJsonText } from '../text/json-text.ts';
import type { ImportMap } from './mdx.ts';
import type { ReportDocument } from './model.ts';

/** File ids must be lowercase ASCII kebab-case: the page URL is made from them. */
const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A map that cannot be used; `problems` lists every problem, the message all of them. */
export class ImportMapError extends Error {
  /** One line per problem, each starting with the map file. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The import map cannot be used:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ImportMapError';
    this.problems = problems;
  }
}

/** Keys written more than once in one JSON object of `text` (JSON.parse keeps only the last). */
function repeatedKeys(text: string, keys: string[]): string[] {
  return keys.filter((key) => {
    const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    return (text.match(new RegExp(`${quoted}\\s*:`, 'gu')) ?? []).length > 1;
  });
}

/** Parse the map's JSON and check its shape; `mapName` names the file in every message. */
export function readImportMap(text: string, mapName: string): ImportMap {
  const data = parseJsonText(text, mapName);
  const shape = '{ "entries": { "II.1.b": { "collection": "economy", "id": "kinh-te-cua-khau" }, … } }';
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportMapError([`${mapName}: expected an object like ${shape}`]);
  }
  const entries = (data as Record<string, unknown>)['entries'];
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    throw new ImportMapError([`${mapName}: has no "entries" object; expected ${shape}`]);
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const target = value as Record<string, unknown> | null;
    if (typeof target !== 'object' || target === null || typeof target['collection'] !== 'string' || typeof target['id'] !== 'string') {
      problems.push(`${mapName}: "${key}": expected { "collection": "…", "id": "…" }, found ${JSON.stringify(value)}`);
    }
  }
  for (const key of repeatedKeys(text, Object.keys(entries))) problems.push(`${mapName}: "${key}" is written twice; only the last would be used`);
  if (problems.length > 0) throw new ImportMapError(problems);
  return { entries: entries as ImportMap['entries'] };
}

/** Every problem of `map` against the document; `collections` are the collections the site reads. */
export function checkImportMap(doc: ReportDocument, map: ImportMap, mapName: string, collections: readonly string[]): string[] {
  const problems: string[] = [];
  const sections = new Map(doc.entries.map((e) => [e.number, e]));
  for (const entry of doc.entries) {
    if (!(entry.number in map.entries)) problems.push(`${mapName}: section "${entry.number}" ("${entry.title}") is in the text but not in the map; add it under "entries"`);
  }
  const targets = new Map<string, string>();
  for (const [key, { collection, id }] of Object.entries(map.entries)) {
    const section = sections.get(key);
    if (!section) {
      const near = closestKey(key, [...sections.keys()]);
      problems.push(`${mapName}: "${key}" names no section of the text${near ? ` (did you mean "${near}"?)` : ''}`);
    }
    const label = section ? `"${key}" ("${section.title}")` : `"${key}"`;
    if (!collections.includes(collection)) {
      const near = closestKey(collection, collections);
      problems.push(`${mapName}: ${label}: collection "${collection}" is not one the site reads${near ? ` — did you mean "${near}"?` : ` (${collections.join(', ')})`}`);
    }
    if (!FILE_ID.test(id)) problems.push(`${mapName}: ${label}: id "${id}" must be lowercase ASCII kebab-case (it becomes the file name and the URL)`);
    const file = `${collection}/${id}`;
    const first = targets.get(file);
    if (first !== undefined) problems.push(`${mapName}: "${first}" and "${key}" both map to ${file}.mdx; one section would overwrite the other`);
    else targets.set(file, key);
  }
  return problems;
}
