import { describe, expect, it } from 'vitest';
import { checkEmptySections, checkEntryCollisions, checkFileNames, checkOrderGaps, checkOutline, checkPageIds, checkSections, checkStrayFiles, type StructureEntry, type StructureReport } from './structure.ts';

const entry = (over: Partial<StructureEntry> & { file: string }): StructureEntry => ({
  collection: 'economy',
  order: 1,
  path: '/kinh-te/a/',
  anchorPrefix: 'i-1',
  paragraphIds: [],
  ...over,
});

const report: StructureReport = {
  file: 'content/report.json',
  sections: [
    { collection: 'economy', segment: 'kinh-te' },
    { collection: 'q4-tasks', segment: 'nhiem-vu' },
  ],
  outline: [{ number: 'Phần I', marker: 'Phần I', title: 'TÌNH HÌNH', before: 1 }],
};

const a = entry({ file: 'economy/a.mdx', order: 1, path: '/kinh-te/a/', anchorPrefix: 'i-1', paragraphIds: ['i-1-1', 'i-1-2'] });
const t1 = entry({ file: 'q4-tasks/1.mdx', collection: 'q4-tasks', order: 2, task: 1, path: '/nhiem-vu/1/', anchorPrefix: 'nhiem-vu-1', paragraphIds: ['nhiem-vu-1-1'] });

describe('structure checks', () => {
  it('find nothing wrong in a sound report', () => {
    expect([...checkSections(report), ...checkEmptySections(report, [a, t1]), ...checkOutline(report, [a, t1]), ...checkEntryCollisions([a, t1]), ...checkPageIds(report, [a, t1])]).toEqual([]);
  });

  it('name both sections that share a segment', () => {
    const bad = { ...report, sections: [report.sections[0]!, { collection: 'q4-tasks', segment: 'kinh-te' }] };
    expect(checkSections(bad)).toEqual([{ file: 'content/report.json', message: 'sections: segment "kinh-te" is used by both "economy" and "q4-tasks"; each section needs its own URL' }]);
  });

  it('name a section without entries', () => {
    expect(checkEmptySections(report, [a])).toEqual([{ file: 'content/report.json', message: 'section "q4-tasks" (/nhiem-vu/) has no entries: add .mdx files to q4-tasks/ or remove the section' }]);
  });

  it('name an outline heading that stands before no entry', () => {
    expect(checkOutline({ ...report, outline: [{ ...report.outline[0]!, before: 7 }] }, [a, t1])).toEqual([
      { file: 'content/report.json', message: 'outline heading "Phần I TÌNH HÌNH": before 7 matches no entry\'s order' },
    ]);
  });

  it.each([
    ['one order', [a, entry({ file: 'economy/b.mdx', order: 1, path: '/kinh-te/b/', anchorPrefix: 'i-2' })], 'economy/b.mdx', 'order 1 is also used by economy/a.mdx'],
    ['one task number', [t1, { ...t1, file: 'q4-tasks/2.mdx', order: 3 }], 'q4-tasks/2.mdx', 'task 1 is also used by q4-tasks/1.mdx; both would be the page /nhiem-vu/1/'],
    ['one page path', [a, entry({ file: 'economy/c.mdx', order: 5, path: '/kinh-te/a/', anchorPrefix: 'i-3' })], 'economy/c.mdx', 'page /kinh-te/a/ is also made by economy/a.mdx'],
  ])('name both entries that share %s', (_, entries, file, message) => {
    expect(checkEntryCollisions(entries)).toEqual([{ file, message }]);
  });

  it('report two tasks with one number once, not again as a shared path', () => {
    expect(checkEntryCollisions([t1, { ...t1, file: 'q4-tasks/2.mdx', order: 3 }])).toHaveLength(1);
  });

  it('name both files whose ids would meet on the full text, once per pair', () => {
    const twin = entry({ file: 'economy/b.mdx', order: 3, path: '/kinh-te/b/', paragraphIds: ['i-1-1', 'i-1-2'] });
    expect(checkPageIds(report, [a, twin])).toEqual([
      { file: 'economy/b.mdx', message: 'id "i-1-1" of a paragraph is also the id of a paragraph in economy/a.mdx; the full text would have two id="i-1-1"' },
    ]);
  });

  it('name a chart whose figure id is a paragraph id', () => {
    const charted = entry({ file: 'economy/b.mdx', order: 3, path: '/kinh-te/b/', anchorPrefix: 'i-2', chartIds: ['i-1-2'] });
    expect(checkPageIds(report, [a, charted])[0]?.message).toBe('id "i-1-2" of chart "i-1-2" is also the id of a paragraph in economy/a.mdx; the full text would have two id="i-1-2"');
  });

  it('name a task whose section id is also an outline heading id', () => {
    const outline = [...report.outline, { number: 'Nhiệm vụ 1', marker: '1.', title: 'X', before: 2 }];
    expect(checkPageIds({ ...report, outline }, [t1])[0]?.message).toBe('id "nhiem-vu-1" of its task section is also the id of outline heading "Nhiệm vụ 1" in content/report.json; the full text would have two id="nhiem-vu-1"');
  });
});

describe('checkFileNames', () => {
  it('accepts lowercase ASCII kebab-case names', () => {
    expect(checkFileNames(['economy/kinh-te-cua-khau.mdx', 'q4-tasks/12.mdx'])).toEqual([]);
  });

  it('refuses a non-ASCII name, suggesting its slug', () => {
    expect(checkFileNames(['economy/Kinh tế cửa khẩu.mdx'])).toEqual([
      { file: 'economy/Kinh tế cửa khẩu.mdx', message: 'file name "Kinh tế cửa khẩu" must be lowercase ASCII kebab-case, since the page URL is made from it: rename it to kinh-te-cua-khau.mdx' },
    ]);
  });

  it('names both files that fold to one slug, within a folder only', () => {
    const found = checkFileNames(['economy/Ngan-sach.mdx', 'economy/ngan-sach.mdx', 'security/ngan-sach.mdx']);
    expect(found.map((p) => p.file)).toEqual(['economy/Ngan-sach.mdx', 'economy/ngan-sach.mdx']);
    expect(found[1]!.message).toBe('file name folds to the same page "ngan-sach" as economy/Ngan-sach.mdx');
  });
});

describe('checkStrayFiles', () => {
  const twoSections: StructureReport = { file: 'report.json', sections: [{ collection: 'economy', segment: 'kinh-te' }, { collection: 'q4-tasks', segment: 'nhiem-vu' }], outline: [] };

  it('accepts entries in section folders and any other kind of file', () => {
    expect(checkStrayFiles(twoSections, ['economy/ngan-sach.mdx', 'q4-tasks/1.mdx', 'report.json', 'import-map.json', 'source/bao-cao.txt'])).toEqual([]);
  });

  it.each([
    ['khac/ngan-sach.mdx', 'khac/ is not a section of report.json (economy, q4-tasks), so this entry would not be published; move it, or add the section'],
    ['security/thanh-tra.mdx', 'security/ is not a section of report.json (economy, q4-tasks)'],
    ['economy/cu/ngan-sach.mdx', 'entries in subfolders are not read; move it to economy/ngan-sach.mdx'],
    ['economy/ngan-sach.md', 'only .mdx files are read as entries; rename it to ngan-sach.mdx'],
    ['economy/ngan-sach.MDX', 'only .mdx files are read as entries; rename it to ngan-sach.mdx'],
    ['ngan-sach.mdx', 'an entry at the top of the content folder is not read'],
  ])('refuses %s, which would vanish', (file, message) => {
    const found = checkStrayFiles(twoSections, [file]);
    expect(found).toHaveLength(1);
    expect(found[0]!.file).toBe(file);
    expect(found[0]!.message).toContain(message);
  });
});

describe('checkOrderGaps', () => {
  const at = (order: number): StructureEntry => ({ file: `economy/e${order}.mdx`, collection: 'economy', order, path: `/e${order}/`, anchorPrefix: `e${order}`, paragraphIds: [] });

  it('accepts orders 1…n in any sequence', () => {
    expect(checkOrderGaps([at(3), at(1), at(2)])).toEqual([]);
  });

  it.each([
    [[1, 2, 4], 'economy/e4.mdx', 'order 4 follows order 2: no entry has order 3, so one is missing'],
    [[1, 5], 'economy/e5.mdx', 'no entry has order 2–4'],
    [[2, 3], 'economy/e2.mdx', 'no entry has order 1'],
  ])('names the entry after a gap in %j', (orders, file, message) => {
    const found = checkOrderGaps(orders.map(at));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file });
    expect(found[0]!.message).toContain(message);
  });
});
