/**
 * What the build refuses: each case breaks one thing in a copy of the fixture report and asserts the
 * build fails with a message naming the file and the field, key, line or id at fault.
 *
 * The build reports every problem of the report at once (structure, raw HTML, consistency in one
 * message; every schema issue of one file in another), so cases whose edits do not touch each other
 * share one broken copy and one build: a group's tests run in one worker, in order, and each still
 * asserts its own messages. Cases that stop the build before anything else is read (broken
 * report.json) build alone.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSiteAsync, copyContent, fixtureReport, type BuildResult } from '../support/build';
import { readSearchDocuments } from '../support/search-index';

/** One edit of the copied content root. */
type Edit =
  | { file: string; from: string; to: string }
  | { rename: string; to: string }
  | { write: string; text: string };

/** An expected message: a text, a pattern, or "file:line" where line is the line of `snippet` in the broken file. */
type Expected = string | RegExp | { file: string; lineOf: string };

interface Case {
  name: string;
  edits: Edit[];
  expect: Expected[];
}

const NONG_NGHIEP = 'economy/nong-nghiep.mdx';
const TASK_2 = 'q4-tasks/2.mdx';
const REPORT = 'report.json';

/** A body paragraph that opens the fixture's second paragraph, for inserting markup before it. */
const SECOND = 'Du lịch đón';

/** Insert `markup` before the fixture's second paragraph, and expect "<file>:<its line>" and `message`. */
const beforeSecond = (markup: string, message: string): Pick<Case, 'edits' | 'expect'> => ({
  edits: [{ file: NONG_NGHIEP, from: SECOND, to: markup + SECOND }],
  expect: [{ file: NONG_NGHIEP, lineOf: markup.trim() }, message],
});

/** Cases that share one broken copy and one build. */
interface Group {
  name: string;
  cases: Case[];
}

/** A case that builds alone. */
const alone = (c: Case): Group => ({ name: c.name, cases: [c] });

const groups: Group[] = [
  {
    name: 'sections, orders, task numbers, outline and file names',
    cases: [
      {
        name: 'two tasks with one number',
        edits: [{ file: TASK_2, from: 'task: 2', to: 'task: 1' }],
        expect: ['q4-tasks/2.mdx', 'task 1 is also used by', 'q4-tasks/1.mdx'],
      },
      {
        name: 'two sections with one segment',
        edits: [{ file: REPORT, from: '"segment": "nhiem-vu-quy-ii"', to: '"segment": "kinh-te-son-thuy"' }],
        expect: ['report.json', 'segment "kinh-te-son-thuy" is used by both "economy" and "q4-tasks"'],
      },
      {
        name: 'two entries with one order',
        edits: [{ file: TASK_2, from: 'order: 3', to: 'order: 2' }],
        expect: ['q4-tasks/2.mdx', 'order 2 is also used by', 'q4-tasks/1.mdx'],
      },
      {
        name: 'a non-ASCII file name',
        edits: [{ rename: NONG_NGHIEP, to: 'economy/Nông nghiệp.mdx' }],
        expect: ['economy/Nông nghiệp.mdx', 'must be lowercase ASCII kebab-case', 'rename it to nong-nghiep.mdx'],
      },
      {
        name: 'a section with no entries',
        edits: [{ file: REPORT, from: '"sections": [', to: '"sections": [\n    { "collection": "security", "segment": "an-ninh", "title": "An ninh", "description": "Không có gì." },' }],
        expect: ['report.json', 'section "security" (/an-ninh/) has no entries'],
      },
      {
        name: 'an outline heading before no entry',
        edits: [{ file: REPORT, from: '"level": 2, "before": 2 }', to: '"level": 2, "before": 9 }' }],
        expect: ['report.json', 'outline heading "Phần II NHIỆM VỤ QUÝ II": before 9 matches no entry\'s order'],
      },
    ],
  },
  {
    name: 'entries that would vanish',
    cases: [
      {
        name: 'an entry in a folder that is no section',
        edits: [{ write: 'khac/them.mdx', text: '---\ntitle: "Thêm"\nnumber: "I.5"\norder: 7\n---\n\nThêm.\n' }],
        expect: ['khac/them.mdx', 'khac/ is not a section of report.json (economy, q4-tasks), so this entry would not be published'],
      },
      {
        name: 'an entry in a subfolder',
        edits: [{ write: 'economy/cu/them.mdx', text: '---\ntitle: "Thêm"\nnumber: "I.6"\norder: 8\n---\n\nThêm.\n' }],
        expect: ['economy/cu/them.mdx', 'entries in subfolders are not read; move it to economy/them.mdx'],
      },
      {
        name: 'an entry saved as .md',
        edits: [{ write: 'economy/them.md', text: '---\ntitle: "Thêm"\nnumber: "I.7"\norder: 9\n---\n\nThêm.\n' }],
        expect: ['economy/them.md', 'only .mdx files are read as entries; rename it to them.mdx'],
      },
      {
        name: 'an entry with only frontmatter',
        edits: [{ write: 'economy/rong.mdx', text: '---\ntitle: "Rỗng"\nnumber: "I.8"\norder: 5\nsummary: "Rỗng."\n---\n\n' }],
        expect: ['economy/rong.mdx', 'has no text below its frontmatter: its page would be empty'],
      },
      {
        name: 'a gap in the orders',
        edits: [{ file: TASK_2, from: 'order: 3', to: 'order: 4' }],
        expect: ['q4-tasks/2.mdx', 'order 4 follows order 2: no entry has order 3, so one is missing'],
      },
    ],
  },
  {
    name: 'raw HTML in a body, slugs and paragraph ids',
    cases: [
      {
        name: 'two file names that fold to one slug',
        edits: [
          { write: 'economy/Du-lich.mdx', text: '---\ntitle: "Du lịch"\nnumber: "I.2"\norder: 4\nsummary: "Du lịch."\n---\n\nDu lịch.\n' },
          { write: 'economy/du-lich.mdx', text: '---\ntitle: "Du lịch"\nnumber: "I.3"\norder: 5\nsummary: "Du lịch."\n---\n\nDu lịch.\n' },
        ],
        expect: ['economy/du-lich.mdx', 'folds to the same page "du-lich" as economy/Du-lich.mdx'],
      },
      {
        name: 'two entries with one section number (duplicate ids on the full text)',
        edits: [{ write: 'economy/them.mdx', text: '---\ntitle: "Thêm"\nnumber: "I.1"\norder: 6\nsummary: "Thêm."\n---\n\nThêm một đoạn.\n' }],
        expect: ['economy/them.mdx', 'id "i-1-1" of a paragraph is also the id of a paragraph in', 'economy/nong-nghiep.mdx'],
      },
      { name: 'a <script> in a body', ...beforeSecond('<script>alert(1)</script>\n\n', 'raw <script> is not allowed') },
      { name: 'a <style> in a body', ...beforeSecond('<style>{"p { color: red }"}</style>\n\n', 'raw <style> is not allowed') },
      { name: 'an <iframe> in a body', ...beforeSecond('<iframe src="https://example.org/"></iframe>\n\n', 'raw <iframe> is not allowed') },
      { name: 'an element outside the allow-list', ...beforeSecond('<div>khối</div>\n\n', 'raw <div> is not allowed in a report body; inline HTML is limited to abbr') },
      { name: 'a <Chart /> without an id', ...beforeSecond('<Chart />\n\n', '<Chart /> needs an id') },
      // Inline: both land on the line of the second paragraph.
      { name: 'an onerror= handler', ...beforeSecond('<abbr title="x" onerror="alert(1)">UBND</abbr> ', '<abbr onerror=…>: event handler attributes are not allowed') },
      { name: 'a javascript: link', ...beforeSecond('[xem](javascript:alert(1)) ', 'javascript: URLs are not allowed') },
      { name: 'HTML inside braces (a meta refresh)', ...beforeSecond('{<meta http-equiv="refresh" content="3;url=https://example.org/" />}\n\n', 'expressions in braces are not allowed in a report body') },
      { name: 'an export that reads the environment', ...beforeSecond('export const home = process.env.HOME\n\n', '"export const home = process.env.HOME": import and export statements are not allowed') },
      { name: 'an import of a Node module', ...beforeSecond('import { readFileSync } from "node:fs"\n\n', '"import { readFileSync } from "node:fs"": import and export statements are not allowed in a report body') },
      {
        name: 'a main point that is a fragment of its sentence',
        edits: [{ file: REPORT, from: '"sections": [', to: '"mainPoints": [{ "entry": "economy/nong-nghiep", "paragraph": 1, "quote": "giảm 2,5% so với cùng kỳ." }],\n  "sections": [' }],
        expect: ['report.json', 'main point 1 ("giảm 2,5% so với cùng kỳ."): mainPoints.0.quote is not whole sentences of economy/nong-nghiep paragraph 1: it starts inside the sentence "Diện tích lúa quý I đạt 1.234,5 ha, đạt 88,8%…"'],
      },
      {
        name: 'a qualifier the clause does not print',
        edits: [{ file: NONG_NGHIEP, from: '    value: 45\n', to: '    qualifier: "khoảng"\n    value: 45\n' }],
        expect: ['economy/nong-nghiep.mdx: indicator "khach-du-lich-son-thuy": qualifier "khoảng" is not printed before the value in footnote 1 (printed: "số khách đạt 45 nghìn lượt")'],
      },
    ],
  },
  {
    name: 'indicator periods against the text',
    cases: [
      {
        name: 'a period the text does not print ("năm 2019" published)',
        edits: [{ file: NONG_NGHIEP, from: '    footnote: 1\n', to: '    period: "năm 2019"\n    footnote: 1\n' }],
        expect: ['economy/nong-nghiep.mdx: indicator "khach-du-lich-son-thuy": period "năm 2019" is not printed in footnote 1 nor the sentence that calls it ("Tổng số khách đạt 45 nghìn lượt."), nor opening its paragraph, nor in a heading above the entry'],
      },
      {
        name: 'a printed period left to the default (the period removed)',
        edits: [{ file: NONG_NGHIEP, from: 'Diện tích lúa quý I đạt', to: 'Diện tích lúa tháng 3 đạt' }],
        expect: ['economy/nong-nghiep.mdx: indicator "dien-tich-lua-son-thuy": period: sets none, so it is published under the report\'s default period "Quý I 2030", but the text prints "tháng 3" for it (', 'set period: "tháng 3" as printed'],
      },
    ],
  },
  {
    name: 'frontmatter keys and values',
    cases: [
      {
        name: 'a date that is no day of the calendar',
        edits: [{ file: REPORT, from: '"date": "2030-04"', to: '"date": "2021-13-45"' }],
        expect: ['report.json', '"date": date "2021-13-45" is no day of the calendar (month 01–12, a day that month has)'],
      },
      {
        name: 'a chart that lists one indicator 100 times',
        edits: [{ file: NONG_NGHIEP, from: 'charts: []', to: `charts:\n  - id: "hinh-lua"\n    title: "Lúa"\n    indicators: [${Array<string>(100).fill('"dien-tich-lua-son-thuy"').join(', ')}]` }],
        expect: ['nong-nghiep', 'indicators.1', 'indicator "dien-tich-lua-son-thuy" is listed 100 times'],
      },
      {
        name: 'an unknown indicator key',
        edits: [{ file: NONG_NGHIEP, from: '    headline: true\n  - id: khach', to: '    heaadline: true\n  - id: khach' }],
        expect: ['nong-nghiep', 'indicators.0', 'unknown key "heaadline" — did you mean "headline"?'],
      },
      {
        name: 'an unknown entry key',
        edits: [{ file: NONG_NGHIEP, from: 'summary:', to: 'sumary:' }],
        expect: ['nong-nghiep', 'unknown key "sumary" — did you mean "summary"?'],
      },
      {
        name: 'a .nan value',
        edits: [{ file: NONG_NGHIEP, from: 'value: 1234.5', to: 'value: .nan' }],
        expect: ['nong-nghiep', 'indicators.0.value', 'NaN is not a finite number'],
      },
      {
        name: 'an .inf value',
        edits: [{ file: NONG_NGHIEP, from: 'value: 45', to: 'value: .inf' }],
        expect: ['nong-nghiep', 'indicators.1.value', 'Infinity is not a finite number'],
      },
      {
        name: 'a qualifier the site does not know',
        edits: [{ file: NONG_NGHIEP, from: '    unit: "ha"\n', to: '    unit: "ha"\n    qualifier: "chừng"\n' }],
        expect: ['nong-nghiep', 'indicators.0.qualifier', 'qualifier "chừng" is not one the site knows; write the words printed before the number, one of: "ước đạt"'],
      },
    ],
  },
  // A report.json that does not parse, or breaks its schema, stops the build before anything else is read.
  alone({ name: 'an unknown report.json key', edits: [{ file: REPORT, from: '"shortTitle"', to: '"shortTitel"' }], expect: ['report.json', 'unknown key "shortTitel" — did you mean "shortTitle"?'] }),
  alone({ name: 'invalid report.json', edits: [{ file: REPORT, from: '"year": 2030,', to: '"year": 2030' }], expect: [/report\.json:6:3: invalid JSON/] }),
  alone({
    name: 'a cut-off report.json',
    edits: [{ file: REPORT, from: readFileSync(join(fixtureReport, REPORT), 'utf8'), to: '{\n  "issuer": "Ủy ban nhân dân tỉnh Sơn Thủy",\n' }],
    expect: [/report\.json:2:\d+: the text ends before the JSON is complete/],
  }),
];

/** Copy the fixture, apply the edits in turn. */
function breakFixture(edits: Edit[]): string {
  const content = copyContent(fixtureReport);
  for (const edit of edits) {
    if ('rename' in edit) renameSync(join(content, edit.rename), join(content, edit.to));
    else if ('write' in edit) {
      mkdirSync(dirname(join(content, edit.write)), { recursive: true });
      writeFileSync(join(content, edit.write), edit.text);
    }
    else {
      const path = join(content, edit.file);
      const text = readFileSync(path, 'utf8');
      expect(text, `${edit.file} holds the text to replace`).toContain(edit.from);
      writeFileSync(path, text.replace(edit.from, edit.to));
    }
  }
  return content;
}

/** "file:line" of the first line of the broken file that holds `snippet` (1-based). */
function lineOf(content: string, file: string, snippet: string): string {
  const line = readFileSync(join(content, file), 'utf8').split('\n').findIndex((l) => l.includes(snippet));
  expect(line, `${file} holds ${snippet}`).toBeGreaterThanOrEqual(0);
  return `${file}:${line + 1}`;
}

for (const group of groups) {
  test.describe(group.name, () => {
    // One broken copy and one build for the group: its tests run in one worker, in order, and a
    // failing one does not stop the others.
    test.describe.configure({ mode: 'default' });
    let build: Promise<{ content: string; result: BuildResult }> | undefined;
    const broken = () => {
      build ??= (async () => {
        const content = breakFixture(group.cases.flatMap((c) => c.edits));
        return { content, result: await buildSiteAsync(content) };
      })();
      return build;
    };
    for (const c of group.cases) {
      test(`the build refuses ${c.name}`, async () => {
        const { content, result } = await broken();
        expect(result.status, result.output).not.toBe(0);
        for (const expected of c.expect) {
          if (typeof expected === 'string') expect(result.output).toContain(expected);
          else if (expected instanceof RegExp) expect(result.output).toMatch(expected);
          else expect(result.output).toContain(lineOf(content, expected.file, expected.lineOf));
        }
      });
    }
  });
}

/** Pseudo-random words (mulberry32, a fixed seed), so gzip cannot shrink them much: `bytes` long. */
function noiseParagraph(bytes: number): string {
  let seed = 14;
  const next = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const letters = 'abcdeghiklmnopqrstuvxy';
  let out = '';
  while (out.length < bytes) {
    const length = 2 + next(7);
    for (let k = 0; k < length; k += 1) out += letters[next(letters.length)];
    out += ' ';
  }
  return `${out.trim()}.`;
}

test('an entry and a search index over budget build, with a warning giving each figure', async () => {
  const content = breakFixture([{ file: NONG_NGHIEP, from: SECOND, to: `${noiseParagraph(300 * 1024)}\n\n${SECOND}` }]);
  const result = await buildSiteAsync(content);
  expect(result.status, result.output).toBe(0);
  expect(result.output).toMatch(/warning: .*economy\/nong-nghiep\.mdx: the body is 30\d\.\d KB, over its budget of 64\.0 KB/);
  expect(result.output).toMatch(/warning: search\/[a-z0-9-]+\/[a-z0-9_]+\.json is \d+\.\d KB gzip, over its budget of 120\.0 KB/);
});

test('zero-width characters and decomposed letters are cleaned on read, with a warning naming file, line and character', async () => {
  const title = 'Nông nghiệp và du lịch';
  const content = breakFixture([
    // A ZWSP inside a figure: the figure check, the page and the search index must all read "1.234,5".
    { file: NONG_NGHIEP, from: 'đạt 1.234,5 ha', to: 'đạt 1.234,\u200B5 ha' },
    { file: NONG_NGHIEP, from: 'Du lịch đón', to: 'Du lịch\u2060 đón' },
    { file: NONG_NGHIEP, from: `title: "${title}"`, to: `title: "${title.normalize('NFD')}"` },
  ]);
  const result = await buildSiteAsync(content);
  expect(result.status, result.output).toBe(0);
  expect(result.output).toContain(`${lineOf(content, NONG_NGHIEP, 'Diện tích lúa quý I')}: U+200B (zero-width space) removed`);
  expect(result.output).toContain(`${lineOf(content, NONG_NGHIEP, 'Du lịch')}: U+2060 (word joiner) removed`);
  expect(result.output).toContain(`${lineOf(content, NONG_NGHIEP, 'title:')}: decomposed letters (NFD`);
  const index = JSON.stringify(await readSearchDocuments((path) => readFileSync(join(result.outDir, path.replace(/^\//u, '')), 'utf8')));
  expect(index).toContain('đạt 1.234,5 ha');
  expect(index).not.toMatch(/[\u200B\u2060]/u);
  const pages = readdirSync(result.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('nong-nghiep/index.html'));
  expect(pages).toHaveLength(1);
  const page = readFileSync(join(result.outDir, pages[0] ?? ''), 'utf8');
  expect(page).toContain('đạt 1.234,5 ha');
  expect(page).toContain(title);
  expect(page).not.toMatch(/[\u200B\u2060]/u);
});
