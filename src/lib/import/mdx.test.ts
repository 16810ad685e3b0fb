import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from './text/parse.ts';
import { splitFrontmatter } from '../text/frontmatter.ts';
import type { Block, ReportDocument } from './model.ts';
import {
  escapeMdxText,
  renderBlock,
  renderEntryFile,
  renderReportJson,
  resolveTargets,
  yamlString,
} from './mdx.ts';
import type { ImportMap } from './mdx.ts';
import { miniReport, miniReportMap } from './fixtures/mini-report.ts';

const tenMonth = parseReport(readFileSync(new URL('./fixtures/ten-month-report.txt', import.meta.url), 'utf8'), 'ten-month-report.txt');

const mini = miniReport;
const entry = (doc: ReportDocument, number: string) => {
  const found = doc.entries.find((e) => e.number === number);
  if (!found) throw new Error(`no entry ${number}`);
  return found;
};

describe('escapeMdxText', () => {
  it.each([
    ['1. Tiếp tục phòng, chống dịch.', '1\\. Tiếp tục phòng, chống dịch.'],
    ['13. Chuẩn bị tốt', '13\\. Chuẩn bị tốt'],
    ['- Rà soát nợ thuế.', '\\- Rà soát nợ thuế.'],
    ['năm 2025 {giai đoạn 1} <dự kiến>.', 'năm 2025 \\{giai đoạn 1\\} \\<dự kiến\\>.'],
    ['*** Nguyên nhân khách quan**', '**\\* Nguyên nhân khách quan**'],
    ['“*Siết chặt kỷ cương*”', '“*Siết chặt kỷ cương*”'],
    ['hạ tầng; **04/10 cơ sở đóng gói.**', 'hạ tầng; **04/10 cơ sở đóng gói.**'],
    ['tỷ lệ 5 * 3 lần', 'tỷ lệ 5 \\* 3 lần'],
    ['(≥ 18 tuổi) đạt 71,54%', '(≥ 18 tuổi) đạt 71,54%'],
    ['(1) Công tác phòng, chống dịch', '(1) Công tác phòng, chống dịch'],
    ['a_b [x] `c` ~d~ e\\f', 'a\\_b \\[x\\] \\`c\\` \\~d\\~ e\\\\f'],
  ])('%s', (text, escaped) => {
    expect(escapeMdxText(text)).toBe(escaped);
  });
});

describe('yamlString', () => {
  it.each([
    ['Phát triển kinh tế cửa khẩu', '"Phát triển kinh tế cửa khẩu"'],
    ['Đề án "Khám chữa bệnh từ xa"', '"Đề án \\"Khám chữa bệnh từ xa\\""'],
    ['a\\b', '"a\\\\b"'],
  ])('%s', (value, quoted) => {
    expect(yamlString(value)).toBe(quoted);
  });
});

describe('renderEntryFile', () => {
  it('writes a new entry with its footnotes glued and defined at the end', () => {
    expect(renderEntryFile(entry(mini, 'I.1'), mini.footnotes)).toBe(
      [
        '---',
        'title: "Triển khai nhiệm vụ năm 2021"',
        'number: "I.1"',
        'marker: "1."',
        'order: 1',
        'indicators: []',
        'charts: []',
        'relatedTasks: []',
        '---',
        '',
        'Thực hiện “*mục tiêu kép*” trên địa bàn tỉnh[^1]; khai thác 2.842 nghìn m³ đá. Trồng cây ăn quả 960 ha, đạt 192% kế hoạch, tăng 1,59% so cùng kỳ[^2].',
        '',
        '[^1]: Đến ngày 31/8/2021 đã cài đặt Bluezone được 212.197 smartphone (chiếm 40.37%).',
        '',
        '[^2]: Trong đó: Lúa 15.443,3 ha, giảm 0,37% so với cùng kỳ.',
        '',
      ].join('\n'),
    );
  });

  it('writes a letter entry with escaped braces and a bold literal bullet', () => {
    const body = splitFrontmatter(renderEntryFile(entry(mini, 'II.1.đ'), mini.footnotes))?.body;
    expect(body).toBe(
      '\nHoàn thiện Kế hoạch sử dụng đất 5 năm (2021-2025) tỉnh Lạng Sơn. Triển khai Đề án Khu di tích Chi Lăng đến năm 2025 \\{giai đoạn 1\\} \\<dự kiến\\>.\n\n' +
        '**\\* Nguyên nhân khách quan**\n',
    );
  });

  it('writes a new task with task number, label title, no marker, no summary, an escaped number and its list', () => {
    expect(renderEntryFile(entry(mini, 'Phần II.2'), mini.footnotes)).toBe(
      [
        '---',
        'title: "Nhiệm vụ 2"',
        'number: "Phần II.2"',
        'order: 5',
        'task: 2',
        'indicators: []',
        'charts: []',
        'relatedTasks: []',
        '---',
        '',
        '2\\. Tập trung thu ngân sách nhà nước.',
        '',
        '- Rà soát các khoản nợ đọng thuế.',
        '',
      ].join('\n'),
    );
  });

  const curated = [
    '---',
    'title: "Thu ngân sách"',
    'number: "Phần II.9"',
    'marker: "9."',
    'order: 99',
    'summary: "Tăng thu, chống nợ đọng thuế."',
    'indicators:',
    '  - id: thu-ngan-sach',
    '    value: 8127.9',
    'charts: []',
    'relatedTasks: ["1"]',
    'draft: true',
    '---',
    '',
    'Văn bản cũ.',
    '',
  ].join('\n');

  it('keeps curated frontmatter and a task title, and replaces number, order, marker and body', () => {
    expect(renderEntryFile(entry(mini, 'Phần II.2'), mini.footnotes, curated)).toBe(
      [
        '---',
        'title: "Thu ngân sách"',
        'number: "Phần II.2"',
        'order: 5',
        'task: 2',
        'summary: "Tăng thu, chống nợ đọng thuế."',
        'indicators:',
        '  - id: thu-ngan-sach',
        '    value: 8127.9',
        'charts: []',
        'relatedTasks: ["1"]',
        'draft: true',
        '---',
        '',
        '2\\. Tập trung thu ngân sách nhà nước.',
        '',
        '- Rà soát các khoản nợ đọng thuế.',
        '',
      ].join('\n'),
    );
  });

  it('puts back components an author placed in the body, after the same paragraph', () => {
    const existing = `${curated.replace('Văn bản cũ.\n', '')}2. Cũ.\n\n<Chart id="thu-ngan-sach" />\n\nCũ nữa.\n\n<Figure n={2} />\n`;
    expect(splitFrontmatter(renderEntryFile(entry(mini, 'Phần II.2'), mini.footnotes, existing))?.body).toBe(
      '\n2\\. Tập trung thu ngân sách nhà nước.\n\n<Chart id="thu-ngan-sach" />\n\n' +
        '- Rà soát các khoản nợ đọng thuế.\n\n<Figure n={2} />\n',
    );
  });

  it('replaces the title of a non-task entry from the heading', () => {
    const file = renderEntryFile(entry(mini, 'I.1'), mini.footnotes, curated);
    expect(file).toContain('title: "Triển khai nhiệm vụ năm 2021"\nnumber: "I.1"\nmarker: "1."\norder: 1\n');
    expect(file).toContain('summary: "Tăng thu, chống nợ đọng thuế."');
    expect(file).not.toContain('Văn bản cũ.');
  });
});

describe('renderBlock', () => {
  it.each<[string, Block, string]>([
    ['a paragraph, escaped', { type: 'paragraph', inlines: ['1. Mục {a}', { footnote: 2 }, '.'], line: 1 }, '1\\. Mục \\{a\\}[^2].'],
    [
      'a list with nested items',
      {
        type: 'list',
        line: 1,
        items: [
          { inlines: ['Ngô, trong đó:'], line: 1, items: [{ inlines: ['vụ Xuân', { footnote: 3 }, ';'], line: 2, items: [] }] },
          { inlines: ['- lạ <b>;'], line: 3, items: [] },
        ],
      },
      '- Ngô, trong đó:\n  - vụ Xuân[^3];\n- \\- lạ \\<b\\>;',
    ],
    [
      'a table: header, separator, rows; "|" escaped, an empty cell kept',
      { type: 'table', line: 1, header: [['Chỉ tiêu'], ['Số']], rows: [[['Thu | chi', { footnote: 4 }], ['98.500']], [[], ['1.2']]] },
      '| Chỉ tiêu | Số |\n| --- | --- |\n| Thu \\| chi[^4] | 98.500 |\n|  | 1.2 |',
    ],
  ])('%s', (_, block, mdx) => {
    expect(renderBlock(block)).toBe(mdx);
  });
});

describe('renderEntryFile for other shapes', () => {
  it('writes an appendix after the signature with its flags, no summary, and its table', () => {
    expect(renderEntryFile(entry(tenMonth, 'Phụ lục'), tenMonth.footnotes)).toBe(
      [
        '---',
        'title: "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU 10 THÁNG NĂM 2021"',
        'number: "Phụ lục"',
        'marker: "PHỤ LỤC"',
        'order: 20',
        'appendix: true',
        'afterSignature: true',
        'indicators: []',
        'charts: []',
        'relatedTasks: []',
        '---',
        '',
        '(Kèm theo Báo cáo số 215/BC-UBND ngày 05/11/2021 của Ủy ban nhân dân huyện Bắc Sa)',
        '',
        '| Chỉ tiêu | Đơn vị tính | Kế hoạch năm | Thực hiện 10 tháng | So kế hoạch (%) |',
        '| --- | --- | --- | --- | --- |',
        '| Tổng diện tích gieo trồng | ha | 9.700 | 9.850 | 101,5 |',
        '| Sản lượng lương thực có hạt | tấn | 31.500 | 30.240 | 96,0 |',
        '| Trồng rừng tập trung | ha | 800 | 820 | 102,5 |',
        '',
      ].join('\n'),
    );
  });

  it('defines a footnote called from a list item', () => {
    const body = splitFrontmatter(renderEntryFile(entry(tenMonth, 'II.1.1'), tenMonth.footnotes))?.body ?? '';
    expect(body).toContain('\n- Cây ăn quả: 1.905 ha, sản lượng 14.200 tấn[^3].\n');
    expect(body).toContain('\n[^3]: Sản lượng tăng 6,8% so với cùng kỳ do giá bán ổn định.\n');
  });

  it('keeps every existing key in its place, replaces the importer\'s keys there, drops a marker the text lost, adds a new one after its predecessor', () => {
    const existing = ['---', 'title: "Cũ"', 'marker: "9."', 'number: "cũ"', 'summary: "Tóm tắt."', 'untyped: []', 'indicators: []', 'order: 3', 'mainPoint: true', '---', '', 'Cũ.', ''].join('\n');
    const file = renderEntryFile(entry(tenMonth, 'V.2'), tenMonth.footnotes, existing);
    expect(splitFrontmatter(file)?.frontmatter).toBe(
      ['title: "Cũ"', 'number: "V.2"', 'summary: "Tóm tắt."', 'untyped: []', 'indicators: []', 'charts: []', 'relatedTasks: []', 'order: 12', 'task: 2', 'mainPoint: true'].join('\n'),
    );
  });
});

describe('renderReportJson and the letterhead', () => {
  it('writes the letterhead of a text that has one, and drops it when the text no longer has it', () => {
    const withLetterhead = renderReportJson(tenMonth);
    expect((JSON.parse(withLetterhead) as Record<string, unknown>)['letterhead']).toEqual({
      issuer: ['ỦY BAN NHÂN DÂN', 'HUYỆN BẮC SA'],
      motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    });
    expect(Object.keys(JSON.parse(renderReportJson(mini, withLetterhead)) as object)).not.toContain('letterhead');
  });

  it('writes the importer keys of a new report.json', () => {
    const json = JSON.parse(renderReportJson(mini)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'documentType',
      'number',
      'placeDate',
      'title',
      'outline',
      'recipientsLabel',
      'recipients',
      'signature',
    ]);
    expect(json['outline']).toContainEqual({ number: 'II.1', marker: '1.', title: 'Về phát triển kinh tế', level: 4, before: 2 });
    expect(json['signature']).toEqual({ lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn A' });
  });

  it('keeps keys it does not own, in place, and replaces the ones it owns', () => {
    const existing = JSON.stringify({ issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn', title: 'cũ', year: 2021 });
    const json = JSON.parse(renderReportJson(mini, existing)) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(['issuer', 'title', 'year']);
    expect(json['issuer']).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(json['title']).toBe('Tình hình kinh tế - xã hội 9 tháng đầu năm;\nnhiệm vụ, giải pháp Quý IV năm 2021');
  });
});

describe('resolveTargets', () => {
  const map = miniReportMap;

  it('maps every entry to its collection and id', () => {
    expect(resolveTargets(mini, map, 'map.json').map((t) => `${t.collection}/${t.id}`)).toEqual([
      'directives/trien-khai',
      'economy/doanh-nghiep',
      'q4-tasks/gioi-thieu',
      'q4-tasks/1',
      'q4-tasks/2',
    ]);
  });

  it('names the unknown section number and the map file', () => {
    const { 'II.1.đ': _, ...rest } = map.entries;
    expect(() => resolveTargets(mini, { entries: rest }, 'content/import-map.json')).toThrow(
      'Section "II.1.đ" ("Phát triển doanh nghiệp, hợp tác xã") is not in the import map content/import-map.json',
    );
  });
});

describe('the real report, rendered', () => {
  const sourceUrl = new URL('../../../content/source/bao-cao-9-thang-2021-lang-son.txt', import.meta.url);
  const source = readFileSync(sourceUrl, 'utf8');
  const doc = parseReport(source, 'bao-cao-9-thang-2021-lang-son.txt');
  const mapUrl = new URL('../../../content/import-map.json', import.meta.url);
  const map = JSON.parse(readFileSync(mapUrl, 'utf8')) as ImportMap;
  const files = resolveTargets(doc, map, 'content/import-map.json').map((t) => ({
    ...t,
    text: renderEntryFile(t.entry, doc.footnotes),
  }));

  it('has 30 entries in 30 distinct files, ordered 1…30', () => {
    expect(files.map((f) => f.entry.order)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(files.map((f) => `${f.collection}/${f.id}`)).size).toBe(30);
  });

  it('defines each of the 38 footnotes once, in the file that references it', () => {
    const defs = files.flatMap((f) => [...f.text.matchAll(/^\[\^(\d+)\]: /gmu)].map((m) => `${m[1]}@${f.id}`));
    const refs = new Set(files.flatMap((f) => [...f.text.matchAll(/\[\^(\d+)\](?!:)/gu)].map((m) => `${m[1]}@${f.id}`)));
    expect(defs.map((d) => Number(d.split('@')[0])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 38 }, (_, i) => i + 1),
    );
    expect([...refs].sort()).toEqual([...defs].sort());
  });

  it('keeps every word of the source, and adds none but its own labels', () => {
    const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    const count = (list: string[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    const sourceWords = words(
      source.replace(/(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (sup, offset: number) =>
        /(?:^|\s)(?:m|km)$/u.test(source.slice(Math.max(0, offset - 3), offset)) ? sup : '',
      ).replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ /gmu, ''),
    );
    const json = JSON.parse(renderReportJson(doc)) as {
      outline: Array<{ marker: string; title: string }>;
      recipients: string[];
      signature: { lines: string[]; name: string };
    } & Record<string, string>;
    const outputWords = [
      json['number'],
      json['placeDate'],
      json['documentType'],
      json['title'],
      ...json.outline.flatMap((h) => [h.marker, h.title]),
      ...files.flatMap((f) => {
        const parts = splitFrontmatter(f.text)!;
        const printed = f.entry.marker === undefined ? [] : [f.entry.marker, f.entry.title];
        return [...printed, parts.body.replace(/^\[\^\d+\]: /gmu, '').replace(/\[\^\d+\]/gu, '')];
      }),
      json['recipientsLabel'],
      ...json.recipients,
      ...json.signature.lines,
      json.signature.name,
    ].flatMap((t) => words(t ?? ''));
    expect(count(outputWords)).toEqual(count(sourceWords));
  });
});
