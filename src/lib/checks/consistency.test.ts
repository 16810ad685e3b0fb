import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../schemas/indicator.ts';
import { checkAll, checkChartData, type CheckedEntry } from './consistency.ts';
import { readEntryText } from '../text/entry-text.ts';

/** An entry as a test writes it: the text model is read from its body when the checks run. */
type TestEntry = Omit<CheckedEntry, 'text'>;
const check = (entries: TestEntry[]) => checkAll(entries.map((e) => ({ ...e, text: readEntryText(e.body, e.id) })));

const indicator = (id: string, value: number, extra: Partial<Indicator> = {}): Indicator => ({ id, label: id, value, unit: 'ha', headline: false, ...extra });

/** A small consistent report: two entries, one task, three footnotes. */
function goodEntries(): TestEntry[] {
  return [
    {
      file: 'economy/a.mdx',
      collection: 'economy',
      id: 'a',
      body: 'Diện tích 1.094,1 ha[^1], tăng 2%[^2].\n\n[^1]: Trong đó lúa 05 ha.\n\n[^2]: Ghi chú hai.',
      indicators: [indicator('dien-tich', 1094.1), indicator('lua', 5, { footnote: 1 })],
      charts: [{ id: 'hinh-a', indicators: ['dien-tich', 'lua'] }],
    },
    {
      file: 'economy/b.mdx',
      collection: 'economy',
      id: 'b',
      body: 'Tổng kim ngạch xuất nhập khẩu đạt 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ; trong đó xuất khẩu 980 triệu USD, bằng 97,2% so với cùng kỳ[^3].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.',
      indicators: [
        indicator('xuat-khau', 3060, { label: 'Tổng kim ngạch xuất nhập khẩu', unit: 'triệu USD', plan: { percent: 99.4, basis: 'kế hoạch' }, change: { percent: 15, basis: 'cùng kỳ' } }),
        indicator('kim-ngach-xuat-khau', 980, { label: 'Kim ngạch xuất khẩu', unit: 'triệu USD', change: { ratio: 97.2, basis: 'cùng kỳ' } }),
      ],
      charts: [{ id: 'hinh-b', indicators: ['xuat-khau'] }],
    },
    { file: 'q4-tasks/1.mdx', collection: 'q4-tasks', id: '1', body: '1\\. Nhiệm vụ.', indicators: [], charts: [] },
  ];
}

type Break = (entries: TestEntry[]) => void;
const at = (entries: TestEntry[], i: number): TestEntry => {
  const e = entries[i];
  if (!e) throw new Error(`no entry ${i}`);
  return e;
};

describe('checkAll', () => {
  it('finds no problem in consistent content', () => {
    expect(check(goodEntries())).toEqual([]);
  });

  it.each<[string, Break, string]>([
    [
      'a value not printed in the text',
      (e) => { at(e, 0).indicators[0] = indicator('dien-tich', 1094.2); },
      'economy/a.mdx: indicator "dien-tich": value 1094.2 is not printed in its text or footnotes',
    ],
    [
      'a value not printed in its footnote',
      (e) => { at(e, 0).indicators[1] = indicator('lua', 1094.1, { footnote: 1 }); },
      'economy/a.mdx: indicator "lua": value 1094.1 is not printed in footnote 1',
    ],
    [
      'a duplicate indicator id',
      (e) => { at(e, 1).indicators.push(indicator('dien-tich', 3060)); },
      'economy/b.mdx: duplicate indicator id "dien-tich" (also in economy/a.mdx)',
    ],
    [
      'a footnote defined twice',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD[^3][^2].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.\n\n[^2]: Lại hai.'; },
      'economy/b.mdx: footnote 2 is defined twice (also in economy/a.mdx)',
    ],
    [
      'a footnote never referenced',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD.\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.'; },
      'economy/b.mdx: footnote 3 is defined but never referenced',
    ],
    [
      'a footnote missing from 1…n',
      (e) => { at(e, 0).body = 'Diện tích 1.094,1 ha[^1].\n\n[^1]: Trong đó lúa 05 ha.'; },
      '(all entries): footnote 2 is missing from 1…3',
    ],
    [
      'a reference to an undefined footnote',
      (e) => { at(e, 1).body = 'Xuất khẩu 3.060 triệu USD[^3][^4].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.'; },
      'economy/b.mdx: footnote 4 is referenced but not defined in this file',
    ],
    [
      'a chart naming an indicator of another entry',
      (e) => { at(e, 1).charts = [{ id: 'hinh-b', indicators: ['dien-tich'] }]; },
      'economy/b.mdx: chart "hinh-b": indicator "dien-tich" is not in this entry',
    ],
    [
      'a <Chart> placement with an unknown id',
      (e) => { at(e, 1).body = at(e, 1).body.replace('hinh-b', 'hinh-x'); },
      'economy/b.mdx: <Chart id="hinh-x" />: no chart "hinh-x" in this entry\'s frontmatter charts',
    ],
  ])('reports %s, naming file and item', (_, breakIt, message) => {
    const entries = goodEntries();
    breakIt(entries);
    expect(check(entries).map((p) => `${p.file}: ${p.message}`)).toContain(message);
  });
});

describe('the stricter figure check', () => {
  const total = (extra: Partial<Indicator>) => (e: TestEntry[]) => {
    const first = at(e, 1).indicators[0];
    if (first) at(e, 1).indicators[0] = { ...first, ...extra };
  };
  it.each<[string, Break, string]>([
    ['a value with a sign the report does not print', total({ value: -3060 }), 'value -3060 is negative, but the report prints "3.060" without a minus; a fall belongs in "change" (e.g. change: { percent: -7 })'],
    ['a plan percent the sentence does not print', total({ plan: { percent: 94.9, basis: 'kế hoạch' } }), 'plan 94.9% is not printed as "đạt 94.9% kế hoạch" in the sentence of its value'],
    ['a plan percent printed without its basis', total({ plan: { percent: 99.4, basis: 'dự toán' } }), 'plan 99.4% is not printed as "đạt 99.4% dự toán" in the sentence of its value'],
    ['a change whose sign contradicts its word', total({ change: { percent: -15, basis: 'cùng kỳ' } }), 'change is not printed in the sentence of its value with its word ("giảm 15%")'],
    ['a ratio typed as a percent change', (e) => { const x = at(e, 1).indicators[1]; if (x) at(e, 1).indicators[1] = { ...x, change: { percent: 97.2, basis: 'cùng kỳ' } }; }, 'change is not printed in the sentence of its value with its word ("tăng 97.2%")'],
    ['a value moved onto another indicator’s figure', total({ value: 980, plan: undefined, change: undefined }), 'value 980 ("980 triệu USD") is printed once but typed by 2 indicators (xuat-khau, kim-ngach-xuat-khau); each printed figure is the value of one indicator'],
    ['a value moved onto a figure whose words name something else', (e) => { at(e, 1).body = at(e, 1).body.replace('; trong đó', '; phí cầu đường 75 triệu USD; trong đó'); total({ value: 75, plan: undefined, change: undefined })(e); }, 'value 75 is printed as "75 triệu USD", whose words do not name "Tổng kim ngạch xuất nhập khẩu"; the report prints "3.060 triệu USD" for it'],
    ['a value printed with another unit', total({ unit: 'tỷ đồng' }), 'value 3060 is printed in its text or footnotes, but not with unit "tỷ đồng" (printed: "3.060 triệu USD")'],
    ['a change-only indicator whose change is not printed', total({ value: undefined, plan: undefined, change: { percent: 16, basis: 'cùng kỳ' } }), 'change is not printed in its text or footnotes with its word ("tăng 16%")'],
    ['a qualifier the clause does not print', total({ qualifier: 'trên' }), 'qualifier "trên" is not printed before the value in its text or footnotes (printed: "nhập khẩu đạt 3.060 triệu USD")'],
    ['a qualifier other than the printed one', (e) => { at(e, 1).body = at(e, 1).body.replace('đạt 3.060', 'đạt khoảng 3.060'); total({ qualifier: 'trên' })(e); }, 'qualifier "trên" is not printed before the value in its text or footnotes (printed: "khẩu đạt khoảng 3.060 triệu USD")'],
    ['a printed qualifier left untyped', (e) => { at(e, 1).body = at(e, 1).body.replace('đạt 3.060', 'đạt trên 3.060'); }, 'value 3060 is printed as "trên 3.060 triệu USD": add qualifier: "trên" so that it is shown as printed'],
    ['a part of a whole typed without its whole', (e) => { at(e, 1).body = at(e, 1).body.replace('3.060 triệu USD', '3.060/4.000 triệu USD'); }, 'value 3060 is printed as a part of a whole ("3.060/4.000 triệu USD"); add outOf: 4000'],
  ])('reports %s, naming file and item', (_, breakIt, message) => {
    const entries = goodEntries();
    breakIt(entries);
    const id = message.includes('97.2') || message.includes('typed by 2') ? 'kim-ngach-xuat-khau' : 'xuat-khau';
    expect(check(entries).map((p) => `${p.file}: ${p.message}`)).toContain(`economy/b.mdx: indicator "${id}": ${message}`);
  });

  it('accepts a change-only indicator, an amount and a part of a whole printed as typed', () => {
    const entries = goodEntries();
    at(entries, 1).body = 'Chỉ số sản xuất công nghiệp tăng 6,2% so với cùng kỳ. Cháy rừng 20 vụ, tăng 10 vụ; đã kết thúc 172/221 cuộc thanh tra[^3].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.';
    at(entries, 1).indicators = [
      indicator('xuat-khau', 0, { label: 'Chỉ số sản xuất công nghiệp', unit: '%', value: undefined, change: { percent: 6.2, basis: 'cùng kỳ' } }),
      indicator('chay-rung', 20, { label: 'Cháy rừng', unit: 'vụ', change: { amount: 10, basis: 'cùng kỳ' } }),
      indicator('thanh-tra', 172, { label: 'Cuộc thanh tra đã kết thúc', unit: 'cuộc', outOf: 221 }),
    ];
    at(entries, 1).charts = [{ id: 'hinh-b', indicators: ['chay-rung'] }];
    expect(check(entries)).toEqual([]);
  });

  it.each<[string, string, Partial<Indicator>]>([
    ['"trên"', 'Đóng góp trên 26 tỷ đồng[^3].', { qualifier: 'trên' }],
    ['"đạt trên" typed as "trên"', 'Bình quân đạt trên 13,15 tỷ đồng[^3].', { qualifier: 'trên', value: 13.15 }],
    ['"ước đạt" as printed', 'Diện tích ước đạt 26 tỷ đồng[^3].', { qualifier: 'ước đạt' }],
    ['"khoảng" after a comma', 'Thiệt hại tài sản, khoảng 26 tỷ đồng[^3].', { qualifier: 'khoảng' }],
  ])('accepts a qualifier printed before the value: %s', (_, body, extra) => {
    const entries = goodEntries();
    at(entries, 1).body = `${body}\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.`;
    at(entries, 1).indicators = [indicator('dong-gop', 26, { label: 'Đóng góp', unit: 'tỷ đồng', ...extra })];
    at(entries, 1).charts = [{ id: 'hinh-b', indicators: ['dong-gop'] }];
    expect(check(entries)).toEqual([]);
  });

  it('names a printed qualifier the indicator omits, and nothing else', () => {
    const entries = goodEntries();
    at(entries, 1).body = 'Tổng kim ngạch xuất nhập khẩu ước 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 15% so với cùng kỳ; trong đó xuất khẩu 980 triệu USD, bằng 97,2% so với cùng kỳ[^3].\n\n<Chart id="hinh-b" />\n\n[^3]: Ba.';
    expect(check(entries).map((p) => p.message)).toEqual(['indicator "xuat-khau": value 3060 is printed as "ước 3.060 triệu USD": add qualifier: "ước" so that it is shown as printed']);
  });
});

/** An entry as the chart-data check sees it. */
type ChartEntry = Pick<CheckedEntry, 'file' | 'indicators' | 'charts'>;
const chartIndicator = (id: string, value: number, unit: string, extra: Partial<Indicator> = {}): Indicator => ({ id, label: id, value, unit, headline: false, ...extra });
const exportsIndicator = chartIndicator('xuat-khau', 980, 'triệu USD', { label: 'Kim ngạch xuất khẩu', plan: { percent: 73.1, basis: 'kế hoạch' }, change: { percent: 10.1, basis: 'cùng kỳ' } });
const importsIndicator = chartIndicator('nhap-khau', 2080, 'triệu USD', { label: 'Kim ngạch nhập khẩu', plan: { percent: 119.5, basis: 'kế hoạch' }, change: { percent: 84.1, basis: 'cùng kỳ' } });
const power = chartIndicator('dien', -1.64, '%', { label: 'Sản xuất và phân phối điện', change: { percent: -1.64, basis: 'cùng kỳ' } });
const spending = chartIndicator('chi', 6798.3, 'tỷ đồng', { label: 'Tổng chi', change: { ratio: 95.5, basis: 'cùng kỳ' } });
const online = chartIndicator('truc-tuyen', 49742, 'hồ sơ', { label: 'Hồ sơ trực tuyến' });

describe('checkChartData', () => {
  const entry = (charts: ChartEntry['charts']): ChartEntry[] => [
    { file: 'economy/a.mdx', indicators: [exportsIndicator, importsIndicator, power, spending, online, chartIndicator('ty-le', 71.54, '%')], charts },
  ];

  it('accepts consistent charts', () => {
    expect(
      checkChartData(
        entry([
          { id: 'a', indicators: ['xuat-khau', 'nhap-khau'], measure: 'value', labels: ['Xuất khẩu', 'Nhập khẩu'] },
          { id: 'b', indicators: ['xuat-khau', 'nhap-khau'], measure: 'plan', type: 'horizontal-bar' },
          { id: 'c', indicators: ['xuat-khau', 'dien'], measure: 'change' },
          { id: 'd', indicators: ['xuat-khau', 'nhap-khau'], type: 'doughnut' },
        ]),
      ),
    ).toEqual([]);
  });

  it.each<[string, ChartEntry['charts'][number], string]>([
    [
      'mixed units under measure "value"',
      { id: 'tron', indicators: ['xuat-khau', 'nhap-khau', 'ty-le'], measure: 'value' },
      'chart "tron": measure "value" needs one unit, but its indicators use "triệu USD" (xuat-khau, nhap-khau), "%" (ty-le)',
    ],
    ['mixed units with the default measure', { id: 'mac-dinh', indicators: ['xuat-khau', 'truc-tuyen'] }, 'chart "mac-dinh": measure "value" needs one unit'],
    ['a plan chart over an indicator without plan', { id: 'kh', indicators: ['xuat-khau', 'dien'], measure: 'plan' }, 'chart "kh": measure "plan" needs a plan on every indicator; "dien" has none'],
    ['a change chart over an indicator without change', { id: 'ck', indicators: ['truc-tuyen'], measure: 'change' }, 'chart "ck": measure "change" needs a change on every indicator; "truc-tuyen" has none'],
    ['percent changes mixed with ratios', { id: 'tl', indicators: ['xuat-khau', 'chi'], measure: 'change' }, 'chart "tl": measure "change" mixes percent changes and ratios'],
    ['a doughnut of plan percents', { id: 'vk', indicators: ['xuat-khau', 'nhap-khau'], measure: 'plan', type: 'doughnut' }, 'chart "vk": a doughnut shows parts of a whole, so its measure must be "value", not "plan"'],
    ['a doughnut with a negative value', { id: 'am', indicators: ['dien'], type: 'doughnut' }, 'chart "am": a doughnut needs positive values; "dien" is -1.64'],
    ['labels that do not match the indicators', { id: 'nhan', indicators: ['xuat-khau', 'nhap-khau'], labels: ['Xuất khẩu'] }, 'chart "nhan": labels has 1 items but indicators has 2'],
  ])('reports %s, naming file and chart', (_, bad, message) => {
    const problems = checkChartData(entry([bad]));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('economy/a.mdx');
    expect(problems[0]?.message).toContain(message);
  });
});
