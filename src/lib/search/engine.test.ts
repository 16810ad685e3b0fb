import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold.ts';
import {
  adjacentPairs,
  allowedTypos,
  buildSearchDocuments,
  createSearchEngine,
  exactMarkedWords,
  foldQuery,
  fuzzyContains,
  markedWords,
  matchRanges,
  queryWords,
  rankResults,
  SEARCH_KEYS,
  snippet,
  tokenize,
  type SearchDocument,
  type SearchIndexPayload,
} from './engine.ts';
import { readEntryText } from '../text/entry-text.ts';

const body = [
  'Xuất khẩu **Thạch đen** tăng mạnh[^2]. Tổng kim ngạch đạt 3.060 triệu USD, đạt 99,4% kế hoạch.',
  '<Chart id="kim-ngach" />',
  '3\\. Ga đường sắt quốc tế\nĐồng Đăng hoạt động trở lại.',
  '[^2]: Gồm cửa khẩu Hữu Nghị và cửa khẩu Chi Ma.',
].join('\n\n');

const documents = buildSearchDocuments(
  [
    { path: '/kinh-te/cua-khau/', number: 'II.1.b', title: 'Kinh tế cửa khẩu', text: readEntryText(body, 'ii-1-b') },
    { path: '/nhiem-vu/3/', number: 'Nhiệm vụ 3', title: 'Nông nghiệp', text: readEntryText('Phát triển nông thôn mới.', 'nhiem-vu-3'), taskLabel: 'Nhiệm vụ 3: Nông nghiệp' },
  ],
  [{ path: '/kinh-te/cua-khau/#ii-1-b-1', number: 'II.1.b', title: 'Kinh tế cửa khẩu', label: 'Tổng kim ngạch', value: 3060, unit: 'triệu USD', period: '9 tháng 2021' }],
);

describe('buildSearchDocuments', () => {
  it.each([
    ['title', '/kinh-te/cua-khau/', 'Kinh tế cửa khẩu'],
    ['paragraph', '/kinh-te/cua-khau/#ii-1-b-1', 'Xuất khẩu Thạch đen tăng mạnh. Tổng kim ngạch đạt 3.060 triệu USD, đạt 99,4% kế hoạch.'],
    ['paragraph', '/kinh-te/cua-khau/#ii-1-b-2', '3. Ga đường sắt quốc tế Đồng Đăng hoạt động trở lại.'],
    ['footnote', '/kinh-te/cua-khau/#fn-2', '2 Gồm cửa khẩu Hữu Nghị và cửa khẩu Chi Ma.'],
    ['task', '/nhiem-vu/3/', 'Nhiệm vụ 3: Nông nghiệp'],
    ['paragraph', '/nhiem-vu/3/#nhiem-vu-3-1', 'Phát triển nông thôn mới.'],
    ['indicator', '/kinh-te/cua-khau/#ii-1-b-1', 'Tổng kim ngạch: 3.060 triệu USD (9 tháng 2021)'],
  ])('a %s document links to %s with its plain text', (kind, url, text) => {
    expect(documents).toContainEqual(expect.objectContaining({ kind, url, text, folded: foldVietnamese(text) }));
  });

  it('keeps entry order, numbers and titles, and skips components', () => {
    expect(documents.map((d) => d.url)).toEqual([
      '/kinh-te/cua-khau/',
      '/kinh-te/cua-khau/#ii-1-b-1',
      '/kinh-te/cua-khau/#ii-1-b-2',
      '/kinh-te/cua-khau/#fn-2',
      '/nhiem-vu/3/',
      '/nhiem-vu/3/#nhiem-vu-3-1',
      '/kinh-te/cua-khau/#ii-1-b-1',
    ]);
    expect(documents[5]).toMatchObject({ number: 'Nhiệm vụ 3', title: 'Nông nghiệp' });
  });

  it('stores NFC text even from an NFD body', () => {
    const [, paragraph] = buildSearchDocuments([{ path: '/a/', number: '1', title: 'A', text: readEntryText('Thạch đen'.normalize('NFD'), 'a') }], []);
    expect(paragraph?.text).toBe('Thạch đen'.normalize('NFC'));
    expect(paragraph?.folded).toBe('thach den');
  });
});

describe('query words', () => {
  it.each([
    ['3.060 triệu USD', ['3.060', 'triệu', 'USD']],
    ['đạt 99,4% kế hoạch', ['đạt', '99,4', 'kế', 'hoạch']],
    ['Quyết định 861/QĐ-TTg', ['Quyết', 'định', '861', 'QĐ', 'TTg']],
    ['Covid-19.', ['Covid', '19']],
  ])('tokenize(%s)', (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });

  it.each([
    ['Thạch  đen thach', ['thach', 'den']],
    ['ĐỒNG ĐĂNG'.normalize('NFD'), ['dong', 'dang']],
    ['  <img src=x>  ', ['img', 'src', 'x']],
    ['…!?', []],
  ])('queryWords(%s)', (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });

  it.each([
    ['  Đồng   Đăng ', 'dong dang'],
    ['Thạch đen'.normalize('NFD'), 'thach den'],
  ])('foldQuery(%s) → %s', (query, folded) => {
    expect(foldQuery(query)).toBe(folded);
  });

  it.each([
    ['đường sat', ['đường']],
    ['ĐƯỜNG'.normalize('NFD'), ['đường']],
    ['duong sat', []],
  ])('markedWords(%s)', (query, words) => {
    expect(markedWords(query)).toEqual(words);
  });
});

describe('typos', () => {
  it.each([
    ['den', 0],
    ['dang', 0],
    ['thach', 1],
    ['bluezone', 1],
    ['nghiepvuxyz', 2],
  ])('allowedTypos(%s) = %i', (word, typos) => {
    expect(allowedTypos(word)).toBe(typos);
  });

  it.each([
    ['bluezone', 'bluezon', 0, true],
    ['bluezone', 'bluezome', 1, true],
    ['bluezone', 'bluezome', 0, false],
    ['khoang', 'khoamg', 1, true],
    ['nhung', 'nhunh', 1, true],
    ['dan', 'den', 0, false],
    ['thach', 'xyzch', 1, false],
    ['ab', 'abcde', 1, false],
  ])('fuzzyContains(%s, %s, %i) = %s', (text, pattern, edits, expected) => {
    expect(fuzzyContains(text, pattern, edits)).toBe(expected);
  });
});

describe('ranking signals', () => {
  it.each([
    ['ga duong sat dong dang', 3],
    ['dong dang', 1],
    ['dang dong', 0],
  ])('adjacentPairs for %s = %i', (query, pairs) => {
    expect(adjacentPairs('ga duong sat quoc te dong dang', queryWords(query))).toBe(pairs);
  });

  it.each([
    ['Ga đường sắt', ['đường'], 1],
    ['Ca dương tính', ['đường'], 0],
    ['Nhựa ĐƯỜNG', ['đường', 'nhựa'], 2],
    ['Nhựa đường', [], 0],
  ])('exactMarkedWords(%s, %j) = %i', (text, marked, count) => {
    expect(exactMarkedWords(text, marked)).toBe(count);
  });

  const doc = (url: string, text: string): SearchDocument => ({ kind: 'paragraph', url, number: '1', title: 'T', text, folded: foldVietnamese(text) });
  const results = [
    { item: doc('/a/#1', 'Ca dương tính'), score: 0.01 },
    { item: doc('/a/#2', 'Ga đường sắt'), score: 0.2 },
    { item: doc('/a/#3', 'Sắt và đường'), score: 0.1 },
    { item: doc('/a/#2', 'Ga đường sắt'), score: 0.3 },
  ];

  it.each([
    ['đường', ['/a/#3', '/a/#2', '/a/#1']],
    ['dương', ['/a/#1', '/a/#3', '/a/#2']],
    ['duong sat', ['/a/#2', '/a/#1', '/a/#3']],
    ['sat va', ['/a/#3', '/a/#1', '/a/#2']],
  ])('rankResults for %s puts exact marks, then side-by-side words, then score first, once per URL', (query, urls) => {
    expect(rankResults(query, results).map((r) => r.item.url)).toEqual(urls);
  });
});

describe('matchRanges and snippet', () => {
  const text = 'Xuất khẩu Thạch đen tăng; nhựa đường và ca dương tính; ứng dụng Bluezone.';
  const marked = (query: string) => matchRanges(text, query).map((r) => text.slice(r.start, r.end));

  it.each([
    ['thach den', ['Thạch', 'đen']],
    ['THẠCH ĐEN'.normalize('NFD'), ['Thạch', 'đen']],
    ['duong', ['đường', 'dương']],
    ['bluezon', ['Bluezone']],
    ['bluezome', ['Bluezone']],
    ['xyz', []],
  ])('marks the words of the text matching %s', (query, words) => {
    expect(marked(query)).toEqual(words);
  });

  it.each<[string, string, string, string[]]>([
    ['a whole word as folded', 'sach', 'Thực hiện tốt chính sách an sinh.', ['sách']],
    ['the whole words, not the longer words it begins, when the text has them', 'ho', 'Hỗ trợ 2.700 hộ nghèo; hội nghị về hồ chứa, khó khăn.', ['Hỗ', 'hộ', 'hồ']],
    ['the words it begins when no word is it', 'ho', 'Tổ chức hội nghị, tháo gỡ khó khăn.', ['hội']],
    ['never a part inside a word', 'ho', 'Tháo gỡ khó khăn cho nhà thầu.', []],
    ['a figure as a whole word', '3.060', 'Đạt 3.060 triệu USD; 30.600 lượt.', ['3.060']],
  ])('marks whole words only: %s', (_, query, words, expected) => {
    expect(matchRanges(words, query).map((r) => words.slice(r.start, r.end))).toEqual(expected);
  });

  it('flags the words holding a marked query word as typed', () => {
    expect(matchRanges(text, 'dương').map((r) => [text.slice(r.start, r.end), r.exact])).toEqual([
      ['đường', false],
      ['dương', true],
    ]);
  });

  it('keeps a short text whole, with the matches as marked parts', () => {
    expect(snippet('Thạch đen tăng', matchRanges('Thạch đen tăng', 'thach den'))).toEqual([
      { text: 'Thạch', mark: true },
      { text: ' ', mark: false },
      { text: 'đen', mark: true },
      { text: ' tăng', mark: false },
    ]);
  });

  it('cuts a long text at spaces around the window holding the most query words', () => {
    const long = `${'mở đầu '.repeat(40)}Ga đường sắt quốc tế Đồng Đăng ${'kết thúc '.repeat(40)}đồng`;
    const parts = snippet(long, matchRanges(long, 'dong dang'), 80);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(82);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Đồng', 'Đăng']);
    expect(shown).toMatch(/^… ?[^ ]/);
  });
});

describe('createSearchEngine', () => {
  const corpus: SearchDocument[] = [
    ...documents,
    ...buildSearchDocuments(
      [
        {
          path: '/y-te/',
          number: 'II.2',
          title: 'Y tế',
          text: readEntryText('Phát hiện ca dương tính mới.\n\nTriển khai ứng dụng Bluezone trong nhân dân.\n\nĐồng thời đăng ký tiêm chủng.', 'ii-2'),
        },
      ],
      [],
    ),
  ];
  const payload: SearchIndexPayload = JSON.parse(JSON.stringify({ documents: corpus, index: Fuse.createIndex(SEARCH_KEYS, corpus).toJSON() }));
  const engine = createSearchEngine(Fuse, payload);
  const first = (query: string) => engine.search(query)[0]?.document.url;
  const urls = (query: string) => engine.search(query).map((h) => h.document.url);

  it.each([
    ['thach den', '/kinh-te/cua-khau/#ii-1-b-1'],
    ['THẠCH ĐEN'.normalize('NFD'), '/kinh-te/cua-khau/#ii-1-b-1'],
    ['Dong Dang', '/kinh-te/cua-khau/#ii-1-b-2'],
    ['đường', '/kinh-te/cua-khau/#ii-1-b-2'],
    ['dương', '/y-te/#ii-2-1'],
    ['bluezome', '/y-te/#ii-2-2'],
    ['3.060', '/kinh-te/cua-khau/#ii-1-b-1'],
    ['chi ma huu nghi', '/kinh-te/cua-khau/#fn-2'],
    ['nong nghiep', '/nhiem-vu/3/'],
  ])('%s finds %s first', (query, url) => {
    expect(first(query)).toBe(url);
  });

  it.each([['thach xyz'], ['den'.repeat(3)], ['   '], ['<img src=x onerror=alert(1)>']])('%s finds nothing', (query) => {
    expect(engine.search(query)).toEqual([]);
  });

  it('needs every word of a query, anywhere in the record', () => {
    expect(urls('khau huu chi')).toEqual(['/kinh-te/cua-khau/#fn-2']);
    expect(urls('dong dang')).toEqual(['/kinh-te/cua-khau/#ii-1-b-2', '/y-te/#ii-2-3']);
  });

  it('lists a URL once and honours the limit', () => {
    const all = urls('kim ngach');
    expect(all).toEqual(['/kinh-te/cua-khau/#ii-1-b-1']);
    expect(engine.search('khau', 1)).toHaveLength(1);
    expect(engine.size).toBe(corpus.length);
  });
});
