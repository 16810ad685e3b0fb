import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { IndicatorSchema, type Indicator } from '../../schemas/indicator.ts';
import { FrontmatterError, writeDrafts, type DraftProposal } from './draft-writer.ts';

const body = '\nXuất khẩu ước đạt 980 triệu USD, giảm 2% so với cùng kỳ. Thu ngân sách 620 tỷ đồng.\n';

const exports: DraftProposal = {
  indicator: { id: 'xuat-khau', label: 'Xuất khẩu', qualifier: 'ước đạt', value: 980, unit: 'triệu USD', change: { percent: -2, basis: 'cùng kỳ' }, headline: false },
  clause: 'Xuất khẩu ước đạt 980 triệu USD, giảm 2% so với cùng kỳ.',
};
const budget: DraftProposal = {
  indicator: { id: 'thu-ngan-sach', label: 'Thu ngân sách', value: 620, unit: 'tỷ đồng', headline: false },
  clause: 'Thu ngân sách 620 tỷ đồng.',
};

const exportsItem = [
  '  # Xuất khẩu ước đạt 980 triệu USD, giảm 2% so với cùng kỳ.',
  '  - id: "xuat-khau"',
  '    label: "Xuất khẩu"',
  '    qualifier: "ước đạt"',
  '    value: 980',
  '    unit: "triệu USD"',
  '    change: { percent: -2, basis: "cùng kỳ" }',
  '    draft: true',
];
const budgetItem = ['  # Thu ngân sách 620 tỷ đồng.', '  - id: "thu-ngan-sach"', '    label: "Thu ngân sách"', '    value: 620', '    unit: "tỷ đồng"', '    draft: true'];

describe('writeDrafts: proposals into the frontmatter, the rest of the file as it was', () => {
  it.each<[string, string[], string[]]>([
    [
      'after the hand-typed indicators, their comments and quoting kept, the blank line and next key after the new items',
      ['title: "Thương mại" # tên mục', 'number: "II.1"', 'order: 2', '# Chỉ số gõ tay:', 'indicators:', "  - id: 'kim-ngach'   # đã kiểm tra", '    label: Kim ngạch', '    value: 3060', '    unit: "triệu USD"', '', 'charts: []'],
      ['title: "Thương mại" # tên mục', 'number: "II.1"', 'order: 2', '# Chỉ số gõ tay:', 'indicators:', "  - id: 'kim-ngach'   # đã kiểm tra", '    label: Kim ngạch', '    value: 3060', '    unit: "triệu USD"', ...exportsItem, ...budgetItem, '', 'charts: []'],
    ],
    [
      'after a list that ends the frontmatter',
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2', 'indicators:', '  - id: "kim-ngach"', '    label: "Kim ngạch"', '    value: 3060', '    unit: "triệu USD"'],
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2', 'indicators:', '  - id: "kim-ngach"', '    label: "Kim ngạch"', '    value: 3060', '    unit: "triệu USD"', ...exportsItem, ...budgetItem],
    ],
    [
      'into "indicators: []", as the importer writes it',
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2', 'indicators: []', 'charts: []', 'relatedTasks: []'],
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2', 'indicators:', ...exportsItem, ...budgetItem, 'charts: []', 'relatedTasks: []'],
    ],
    [
      'as a new "indicators:" at the end when there is none',
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2'],
      ['title: "Thương mại"', 'number: "II.1"', 'order: 2', 'indicators:', ...exportsItem, ...budgetItem],
    ],
  ])('%s', (_, before, after) => {
    const source = `---\n${before.join('\n')}\n---\n${body}`;
    const written = writeDrafts(source, 'economy/thuong-mai.mdx', [exports, budget], new Set());
    expect(written.source).toBe(`---\n${after.join('\n')}\n---\n${body}`);
    expect(written.ids).toEqual(['xuat-khau', 'thu-ngan-sach']);
  });

  it('keeps Windows line ends', () => {
    const source = '---\r\ntitle: "A"\r\nnumber: "1"\r\norder: 1\r\nindicators: []\r\n---\r\nXuất khẩu 980 triệu USD.\r\n';
    expect(writeDrafts(source, 'a.mdx', [budget], new Set()).source).toBe(
      `---\r\ntitle: "A"\r\nnumber: "1"\r\norder: 1\r\nindicators:\r\n${budgetItem.join('\r\n')}\r\n---\r\nXuất khẩu 980 triệu USD.\r\n`,
    );
  });

  it('never reuses an id: not one of the content root’s (`taken`), nor one it has just written', () => {
    const source = '---\ntitle: "A"\nnumber: "1"\norder: 1\nindicators: []\n---\n';
    const taken = new Set(['xuat-khau', 'xuat-khau-2']);
    const written = writeDrafts(source, 'a.mdx', [exports, exports], taken);
    expect(written.ids).toEqual(['xuat-khau-3', 'xuat-khau-4']);
    expect(taken).toEqual(new Set(['xuat-khau', 'xuat-khau-2', 'xuat-khau-3', 'xuat-khau-4']));
  });

  it('writes indicators the schema reads, each a draft', () => {
    const source = '---\ntitle: "A"\nnumber: "1"\norder: 1\nindicators: []\n---\n';
    const written = writeDrafts(source, 'a.mdx', [exports, budget], new Set()).source;
    const frontmatter = parse(written.split('---')[1] ?? '') as { indicators: unknown };
    const indicators: Indicator[] = z.array(IndicatorSchema).parse(frontmatter.indicators);
    expect(indicators.map((i) => [i.id, i.value, i.draft])).toEqual([
      ['xuat-khau', 980, true],
      ['thu-ngan-sach', 620, true],
    ]);
  });

  it('leaves the file as it is with nothing to write', () => {
    const source = '---\ntitle: "A"\nnumber: "1"\norder: 1\nindicators: []\n---\nVăn bản.\n';
    expect(writeDrafts(source, 'a.mdx', [], new Set())).toEqual({ source, ids: [] });
  });

  it.each<[string, string, string]>([
    ['no frontmatter', 'Xuất khẩu 980 triệu USD.\n', 'economy/a.mdx: has no frontmatter (a "---" block at the top) to write indicators into'],
    ['frontmatter that does not parse', '---\ntitle: "A\nnumber: [1\n---\nVăn bản.\n', 'economy/a.mdx: the frontmatter is not valid YAML: '],
    ['a flow list of indicators', '---\ntitle: "A"\nindicators: [{ id: "a", label: "A b", value: 1, unit: "ha" }]\n---\n', 'economy/a.mdx: "indicators:" is written as a flow list ("[{ … }]"); write it as a block list ("- id: …" items) so that --write can add to it'],
  ])('refuses %s, naming the file', (_, source, message) => {
    expect(() => writeDrafts(source, 'economy/a.mdx', [budget], new Set())).toThrow(FrontmatterError);
    expect(() => writeDrafts(source, 'economy/a.mdx', [budget], new Set())).toThrow(message);
  });
});
