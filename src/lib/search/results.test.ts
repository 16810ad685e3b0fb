import { describe, expect, test } from 'vitest';
import { groupHits, standingTogether } from './results';
import { matchRanges } from './engine';

const hit = (number: string, title: string, url: string) => ({ document: { number, title, url } });

describe('groupHits', () => {
  test('groups by entry in the order of each entry\'s best hit, keeping rank inside a group', () => {
    const hits = [hit('II.1.b', 'Cửa khẩu', '#b-2'), hit('II.1.a', 'Nông nghiệp', '#a-1'), hit('II.1.b', 'Cửa khẩu', '#b-1'), hit('Nhiệm vụ 5', 'Cửa khẩu', '#nv-5')];
    expect(groupHits(hits).map((g) => [g.number, g.title, g.hits.map((h) => h.document.url)])).toEqual([
      ['II.1.b', 'Cửa khẩu', ['#b-2', '#b-1']],
      ['II.1.a', 'Nông nghiệp', ['#a-1']],
      ['Nhiệm vụ 5', 'Cửa khẩu', ['#nv-5']],
    ]);
  });

  test('an entry of the same number and title in two reports makes two groups, each naming its report', () => {
    const hits = [
      { document: { number: 'I.1', title: 'Ngân sách', url: '/a/#1', report: '2021-9-thang' } },
      { document: { number: 'I.1', title: 'Ngân sách', url: '/b/#1', report: '2021-6-thang' } },
      { document: { number: 'I.1', title: 'Ngân sách', url: '/a/#2', report: '2021-9-thang' } },
    ];
    expect(groupHits(hits).map((g) => [g.report, g.hits.map((h) => h.document.url)])).toEqual([
      ['2021-9-thang', ['/a/#1', '/a/#2']],
      ['2021-6-thang', ['/b/#1']],
    ]);
    expect(groupHits([hit('II.1.b', 'Cửa khẩu', '#b-2')])[0]?.report).toBeUndefined();
  });

  test('no hits, no groups', () => {
    expect(groupHits([])).toEqual([]);
  });
});

/** The highlighted words of `text` for `query`. */
const marked = (text: string, query: string) => standingTogether(text, matchRanges(text, query)).map((r) => text.slice(r.start, r.end));

describe('standingTogether', () => {
  test.each([
    ['the phrase, not every "của"', 'Phát triển kinh tế cửa khẩu của tỉnh; kinh phí của huyện.', 'kinh te cua khau', ['kinh', 'tế', 'cửa', 'khẩu']],
    ['the phrase wherever it stands', 'Thạch đen xuất khẩu; giá thạch đen tăng; đen.', 'thach den', ['Thạch', 'đen', 'thạch', 'đen']],
    ['across punctuation between the words', 'Đồng Đăng, Lạng Sơn và Đăng ký.', 'dong dang', ['Đồng', 'Đăng']],
    ['the longest run when only part of the query stands together', 'vốn đầu tư công và đầu năm; vốn vay', 'von dau tu', ['vốn', 'đầu', 'tư']],
    ['every match of a one-word query', 'của tỉnh, của huyện', 'cua', ['của', 'của']],
    ['the shortest stretch when the words never stand together', 'Giải ngân chậm. Vốn đã giao nhưng giải ngân vốn chậm', 'giai von', ['giải', 'vốn']],
  ])('marks %s', (_, text, query, words) => {
    expect(marked(text, query)).toEqual(words);
  });

  test('no match, nothing marked', () => {
    expect(marked('Không có gì', 'thach den')).toEqual([]);
  });
});
