import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.ts';
import type { SearchDocument } from './engine.ts';
import { buildSplitIndex, chooseShards, createShardEngine, documentPrefixes, mergeShards, shardFile, shardFileName, type SearchShard } from './shards.ts';

const doc = (url: string, text: string): SearchDocument => ({ kind: 'paragraph', url, number: 'I.1', title: 'Kinh tế', text, folded: foldVietnamese(text) });

const docs = [doc('/a/#1', 'Kinh tế cửa khẩu phục hồi.'), doc('/a/#2', 'Thạch đen đạt 3.060 tấn.'), doc('/a/#3', 'Du lịch: khách quốc tế.')];
/** Size stand-in: the body's length, so shard weights follow their documents. */
const size = (body: string) => body.length;
const index = buildSplitIndex([{ id: 'bao-cao', title: 'Báo cáo 9 tháng', documents: docs }], size);
const shard = (file: string) => JSON.parse(index.files.get(file) ?? 'null') as SearchShard;

describe('shard names', () => {
  it.each([
    ['ki', 'ki'],
    ['3.', '3_2e'],
    ['', 'all'],
    ['a_', 'a_5f'],
  ])('prefix %j is the file %s', (prefix, name) => {
    expect(shardFileName(prefix)).toBe(name);
  });

  it('a document is in the shard of every prefix of its words', () => {
    expect(documentPrefixes('thach den dat 3.060 tan.')).toEqual(['3.', 'da', 'de', 'ta', 'th']);
  });
});

describe('the manifest', () => {
  it('lists each report with its shards, prefixes sorted, their files under search/<report>/', () => {
    expect(index.manifest.prefixLength).toBe(2);
    expect(index.manifest.reports.map((r) => [r.id, r.title])).toEqual([['bao-cao', 'Báo cáo 9 tháng']]);
    const prefixes = index.manifest.reports[0]?.shards.map((s) => s.prefix);
    expect(prefixes).toEqual(['3.', 'cu', 'da', 'de', 'du', 'ho', 'kh', 'ki', 'li', 'ph', 'qu', 'ta', 'te', 'th']);
    expect([...index.files.keys()]).toContain('/search/bao-cao/3_2e.json');
    expect(index.manifest.reports[0]?.shards.find((s) => s.prefix === 'kh')?.bytes).toBe(index.files.get('/search/bao-cao/kh.json')?.length);
  });

  it('a shard holds its documents without folded text, with their place in the report', () => {
    expect(shard('/search/bao-cao/kh.json')).toEqual({
      report: 'bao-cao',
      prefix: 'kh',
      documents: [
        { kind: 'paragraph', url: '/a/#1', number: 'I.1', title: 'Kinh tế', text: 'Kinh tế cửa khẩu phục hồi.', i: 0 },
        { kind: 'paragraph', url: '/a/#3', number: 'I.1', title: 'Kinh tế', text: 'Du lịch: khách quốc tế.', i: 2 },
      ],
    });
  });

  it.each([
    ['Bao Cao', 'report id "Bao Cao" (x) must be lowercase ASCII kebab-case'],
    ['bao-cao', 'report id "bao-cao" is used by two reports'],
  ])('refuses the report id %j', (id, message) => {
    expect(() => buildSplitIndex([{ id: 'bao-cao', title: 'x', documents: docs }, { id, title: 'x', documents: docs }], size)).toThrow(message);
  });

  it('prefix length 0 puts each report in one shard', () => {
    const whole = buildSplitIndex([{ id: 'r', title: 'x', documents: docs }], size, 0);
    expect(whole.manifest.reports[0]?.shards.map((s) => s.prefix)).toEqual(['']);
    expect([...whole.files.keys()]).toEqual(['/search/r/all.json']);
  });
});

describe('which shards a query needs', () => {
  const two = buildSplitIndex(
    [
      { id: 'a', title: 'A', documents: docs },
      { id: 'b', title: 'B', documents: [doc('/b/#1', 'Kinh tế tăng trưởng.')] },
    ],
    size,
  );
  it.each([
    // "ki" holds one document, "te" two: the lighter shard answers, as every result must hold "kinh".
    ['kinh te', undefined, [['a', 'kinh', ['ki']], ['b', 'kinh', ['ki']]]],
    // "th" and "de" weigh the same: the first word wins.
    ['Thạch đen', ['a'], [['a', 'thach', ['th']]]],
    // A word shorter than the prefix needs every shard it begins.
    ['t', ['a'], [['a', 't', ['ta', 'te', 'th']]]],
    // A prefix no word of a report has: no shard, no result there.
    ['xyz', ['b'], [['b', 'xyz', []]]],
    ['  ', undefined, []],
  ])('%j over %j', (query, reports, expected) => {
    expect(chooseShards(two.manifest, query, reports).map((c) => [c.report, c.word, c.shards.map((s) => s.prefix)])).toEqual(expected);
  });

  it('shardFile names the file of a choice', () => {
    expect(shardFile('b', '3.')).toBe('/search/b/3_2e.json');
  });
});

describe('merging loaded shards', () => {
  it('keeps each document once, in document order, folded again and tagged with its report', () => {
    const merged = mergeShards([shard('/search/bao-cao/th.json'), shard('/search/bao-cao/kh.json'), shard('/search/bao-cao/ta.json')]);
    expect(merged.map((d) => [d.report, d.url, d.folded])).toEqual([
      ['bao-cao', '/a/#1', 'kinh te cua khau phuc hoi.'],
      ['bao-cao', '/a/#2', 'thach den dat 3.060 tan.'],
      ['bao-cao', '/a/#3', 'du lich: khach quoc te.'],
    ]);
  });

  it('an engine over the chosen shards finds what one over every document finds', () => {
    for (const query of ['kinh te', 'thach den', 'khach', 'thacg den', '3.060', 'quoc te du lich']) {
      const chosen = chooseShards(index.manifest, query).flatMap((c) => c.shards.map((s) => shard(shardFile(c.report, s.prefix))));
      const all = [...index.files.values()].map((b) => JSON.parse(b) as SearchShard);
      const urls = (shards: SearchShard[]) => createShardEngine(Fuse, shards).search(query).map((h) => h.document.url);
      expect(urls(chosen), query).toEqual(urls(all));
      expect(urls(chosen).length, query).toBeGreaterThan(0);
    }
  });
});
