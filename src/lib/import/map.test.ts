import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImportMap, ImportMapError, readImportMap } from './map.ts';
import type { ImportMap } from './mdx.ts';
import { parseReport } from './text/parse.ts';

const mini = parseReport(readFileSync(new URL('./fixtures/mini-report.txt', import.meta.url), 'utf8'), 'mini-report.txt');
const collections = ['directives', 'economy', 'q4-tasks'];
const good: ImportMap['entries'] = {
  'I.1': { collection: 'directives', id: 'trien-khai' },
  'II.1.đ': { collection: 'economy', id: 'doanh-nghiep' },
  'Phần II': { collection: 'q4-tasks', id: 'gioi-thieu' },
  'Phần II.1': { collection: 'q4-tasks', id: '1' },
  'Phần II.2': { collection: 'q4-tasks', id: '2' },
};
const check = (entries: ImportMap['entries']) => checkImportMap(mini, { entries }, 'map.json', collections);

describe('checkImportMap', () => {
  it('finds nothing wrong with a map of every section', () => {
    expect(check(good)).toEqual([]);
  });

  it('names two sections sent to one file, and both keys', () => {
    expect(check({ ...good, 'I.1': { collection: 'economy', id: 'doanh-nghiep' } })).toEqual([
      'map.json: "I.1" and "II.1.đ" both map to economy/doanh-nghiep.mdx; one section would overwrite the other',
    ]);
  });

  it('names a key that is no section of the text', () => {
    expect(check({ ...good, 'IV.12.k': { collection: 'economy', id: 'khac' } })).toEqual(['map.json: "IV.12.k" names no section of the text']);
  });

  it('suggests the section a mistyped key meant, and names the unmapped section', () => {
    const { 'II.1.đ': _, ...rest } = good;
    expect(check({ ...rest, 'II.1.d': { collection: 'economy', id: 'doanh-nghiep' } })).toEqual([
      'map.json: section "II.1.đ" ("Phát triển doanh nghiệp, hợp tác xã") is in the text but not in the map; add it under "entries"',
      'map.json: "II.1.d" names no section of the text (did you mean "II.1.đ"?)',
    ]);
  });

  it('names a collection the site does not read, with the closest one', () => {
    expect(check({ ...good, 'II.1.đ': { collection: 'econmy', id: 'doanh-nghiep' } })).toEqual([
      'map.json: "II.1.đ" ("Phát triển doanh nghiệp, hợp tác xã"): collection "econmy" is not one the site reads — did you mean "economy"?',
    ]);
  });

  it('names an id that cannot be a file name', () => {
    expect(check({ ...good, 'I.1': { collection: 'directives', id: 'Triển khai' } })).toEqual([
      'map.json: "I.1" ("Triển khai nhiệm vụ năm 2021"): id "Triển khai" must be lowercase ASCII kebab-case (it becomes the file name and the URL)',
    ]);
  });

  it('lists every problem at once', () => {
    const { 'I.1': _, ...rest } = good;
    expect(check({ ...rest, 'Phần II': { collection: 'q4-task', id: '1' }, 'Phần II.1': { collection: 'q4-task', id: '1' } })).toHaveLength(4);
  });
});

describe('readImportMap', () => {
  const read = (text: string) => () => readImportMap(text, 'content/import-map.json');

  it('reads a well-formed map', () => {
    expect(readImportMap(JSON.stringify({ entries: good }), 'm.json').entries['I.1']).toEqual({ collection: 'directives', id: 'trien-khai' });
  });

  it.each([
    ['an empty object', '{}', 'content/import-map.json: has no "entries" object; expected { "entries": { "II.1.b": { "collection": "economy", "id": "kinh-te-cua-khau" }, … } }'],
    ['an array', '[]', 'content/import-map.json: expected an object like'],
    ['a target without an id', '{ "entries": { "I.1": { "collection": "economy" } } }', 'content/import-map.json: "I.1": expected { "collection": "…", "id": "…" }, found {"collection":"economy"}'],
    ['a key written twice', '{ "entries": {\n "I.1": { "collection": "economy", "id": "a" },\n "I.1": { "collection": "economy", "id": "b" } } }', 'content/import-map.json: "I.1" is written twice; only the last would be used'],
  ])('refuses %s, naming the map file', (_, text, message) => {
    expect(read(text)).toThrow(ImportMapError);
    expect(read(text)).toThrow(message);
  });

  it('names line and column of a cut-off map', () => {
    expect(read('{\n  "entries": {\n    "I.1": {')).toThrow('content/import-map.json:3:13: the text ends before the JSON is complete');
  });
});
