import { describe, expect, it } from 'vitest';
import type { TooltipItem } from 'chart.js';
import type { Chart } from '../../schemas/chart.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import {
  chartAriaLabel,
  chartCsv,
  chartFileName,
  chartHeight,
  chartJsConfig,
  chartLayout,
  chartPlacements,
  chartSpec,
  chartTable,
  valueLabel,
  wrapLabel,
  type ChartTheme,
} from './spec.ts';
import { checkChartData } from '../checks/consistency.ts';

const indicator = (id: string, value: number, unit: string, extra: Partial<Indicator> = {}): Indicator => ({ id, label: id, value, unit, headline: false, ...extra });
const chart = (extra: Partial<Chart> & Pick<Chart, 'indicators'>): Chart => ({ id: 'hinh', title: 'Tiêu đề', type: 'bar', measure: 'value', ...extra });

const exportsIndicator = indicator('xuat-khau', 980, 'triệu USD', { label: 'Kim ngạch xuất khẩu', plan: { percent: 73.1, basis: 'kế hoạch' }, change: { percent: 10.1, basis: 'cùng kỳ' } });
const importsIndicator = indicator('nhap-khau', 2080, 'triệu USD', { label: 'Kim ngạch nhập khẩu', plan: { percent: 119.5, basis: 'kế hoạch' }, change: { percent: 84.1, basis: 'cùng kỳ' } });
const power = indicator('dien', -1.64, '%', { label: 'Sản xuất và phân phối điện', change: { percent: -1.64, basis: 'cùng kỳ' } });
const spending = indicator('chi', 6798.3, 'tỷ đồng', { label: 'Tổng chi', change: { ratio: 95.5, basis: 'cùng kỳ' } });
const online = indicator('truc-tuyen', 49742, 'hồ sơ', { label: 'Hồ sơ trực tuyến' });
const inPerson = indicator('truc-tiep', 28571, 'hồ sơ', { label: 'Hồ sơ trực tiếp' });
const post = indicator('buu-chinh', 1605, 'hồ sơ', { label: 'Hồ sơ bưu chính' });

const theme: ChartTheme = {
  text: '#111111',
  muted: '#555555',
  grid: '#dddddd',
  background: '#ffffff',
  palette: ['#0072b2', '#d55e00', '#007a5a'],
  positive: '#0072b2',
  negative: '#d55e00',
  font: 'system-ui',
};

describe('chartPlacements', () => {
  it.each([
    ['Đoạn một.\n\n<Chart id="a" />\n\nĐoạn hai.\n\n<Chart id=\'b\' />', ['a', 'b']],
    ['<Chart title="x" id="c"/>', ['c']],
    ['Không có hình.', []],
  ])('%j → %j', (body, ids) => {
    expect(chartPlacements(body)).toEqual(ids);
  });
});

describe('chartSpec', () => {
  it.each<[string, Chart, Indicator[], { scale: string; unit: string; values: number[]; labels: string[] }]>([
    ['values keep the unit', chart({ indicators: ['xuat-khau', 'nhap-khau'], labels: ['Xuất khẩu', 'Nhập khẩu'] }), [importsIndicator, exportsIndicator], { scale: 'value', unit: 'triệu USD', values: [980, 2080], labels: ['Xuất khẩu', 'Nhập khẩu'] }],
    ['plan percents', chart({ indicators: ['nhap-khau', 'xuat-khau'], measure: 'plan' }), [exportsIndicator, importsIndicator], { scale: 'plan', unit: '%', values: [119.5, 73.1], labels: ['Kim ngạch nhập khẩu', 'Kim ngạch xuất khẩu'] }],
    ['signed changes', chart({ indicators: ['xuat-khau', 'dien'], measure: 'change' }), [exportsIndicator, power], { scale: 'change', unit: '%', values: [10.1, -1.64], labels: ['Kim ngạch xuất khẩu', 'Sản xuất và phân phối điện'] }],
    ['ratios', chart({ indicators: ['chi'], measure: 'change' }), [spending], { scale: 'ratio', unit: '%', values: [95.5], labels: ['Tổng chi'] }],
  ])('%s', (_, c, indicators, expected) => {
    const spec = chartSpec(c, indicators, 3);
    expect({ scale: spec.scale, unit: spec.unit, values: spec.points.map((p) => p.value), labels: spec.points.map((p) => p.label) }).toEqual(expected);
    expect(spec.number).toBe(3);
  });

  it('fails on an indicator it is not given', () => {
    expect(() => chartSpec(chart({ id: 'x', indicators: ['khong-co'] }), [exportsIndicator], 1)).toThrow('chart "x": indicator "khong-co" is not given');
  });
});

describe('what a reader sees of a chart', () => {
  const value = chartSpec(chart({ id: 'xnk', indicators: ['xuat-khau', 'nhap-khau'], labels: ['Xuất khẩu', 'Nhập khẩu'] }), [exportsIndicator, importsIndicator], 5);
  const plan = chartSpec(chart({ indicators: ['xuat-khau', 'nhap-khau'], measure: 'plan', type: 'horizontal-bar' }), [exportsIndicator, importsIndicator], 6);
  const change = chartSpec(chart({ indicators: ['xuat-khau', 'dien'], measure: 'change' }), [exportsIndicator, power], 7);
  const ratio = chartSpec(chart({ indicators: ['chi'], measure: 'change' }), [spending], 8);
  const doughnut = chartSpec(chart({ title: 'Hồ sơ theo kênh', type: 'doughnut', indicators: ['truc-tiep', 'truc-tuyen', 'buu-chinh'] }), [inPerson, online, post], 9);

  it.each([
    [value, 'Biểu đồ cột: Tiêu đề. Kim ngạch xuất khẩu: 980 triệu USD; Kim ngạch nhập khẩu: 2.080 triệu USD.'],
    [plan, 'Biểu đồ thanh ngang: Tiêu đề. Kim ngạch xuất khẩu: đạt 73,1% kế hoạch; Kim ngạch nhập khẩu: đạt 119,5% kế hoạch.'],
    [change, 'Biểu đồ cột: Tiêu đề. Kim ngạch xuất khẩu: tăng 10,1% so với cùng kỳ; Sản xuất và phân phối điện: giảm 1,64% so với cùng kỳ.'],
    [ratio, 'Biểu đồ cột: Tiêu đề. Tổng chi: bằng 95,5% so với cùng kỳ.'],
    [doughnut, 'Biểu đồ hình vành khuyên: Hồ sơ theo kênh. Hồ sơ trực tiếp: 28.571 hồ sơ (tỷ trọng 35,8%); Hồ sơ trực tuyến: 49.742 hồ sơ (tỷ trọng 62,2%); Hồ sơ bưu chính: 1.605 hồ sơ (tỷ trọng 2%).'],
  ])('aria-label of figure %#', (spec, label) => {
    expect(chartAriaLabel(spec)).toBe(label);
  });

  it.each([
    [value, ['Chỉ tiêu', 'Giá trị (triệu USD)'], [['Kim ngạch xuất khẩu', '980'], ['Kim ngạch nhập khẩu', '2.080']]],
    [plan, ['Chỉ tiêu', 'Mức đạt (%)', 'So với'], [['Kim ngạch xuất khẩu', '73,1', 'kế hoạch'], ['Kim ngạch nhập khẩu', '119,5', 'kế hoạch']]],
    [change, ['Chỉ tiêu', 'Tăng (+), giảm (−) (%)', 'So với'], [['Kim ngạch xuất khẩu', '+10,1%', 'cùng kỳ'], ['Sản xuất và phân phối điện', '−1,64%', 'cùng kỳ']]],
    [ratio, ['Chỉ tiêu', 'So với kỳ trước (%)', 'So với'], [['Tổng chi', '95,5', 'cùng kỳ']]],
  ])('data table of figure %#', (spec, head, rows) => {
    expect(chartTable(spec)).toEqual({ head, rows });
  });

  it.each([
    [value, '\uFEFFChỉ tiêu,Giá trị (triệu USD)\r\nKim ngạch xuất khẩu,980\r\nKim ngạch nhập khẩu,2080\r\n'],
    [change, '\uFEFFChỉ tiêu,"Tăng (+), giảm (−) (%)",So với\r\nKim ngạch xuất khẩu,10.1,cùng kỳ\r\nSản xuất và phân phối điện,-1.64,cùng kỳ\r\n'],
  ])('CSV of figure %# has a BOM, the table columns and dot decimals', (spec, csv) => {
    expect(chartCsv(spec)).toBe(csv);
  });

  it.each([
    [2080, '2.080', value],
    [1081.8, '1.081,8', value],
    [119.5, '119,5%', plan],
    [10.1, '+10,1%', change],
    [-1.64, '−1,64%', change],
    [95.5, '95,5%', ratio],
  ])('value label: %d → %s', (v, text, spec) => {
    expect(valueLabel(spec, v)).toBe(text);
  });

  it('names downloads after the figure', () => {
    expect(chartFileName(value, 'csv')).toBe('hinh-5-xnk.csv');
    expect(chartFileName(value, 'png')).toBe('hinh-5-xnk.png');
  });
});

describe('wrapLabel', () => {
  // Widths in characters here, so the expected lines can be checked by counting.
  it.each([
    ['Chi cân đối ngân sách địa phương', 16, ['Chi cân đối ngân', 'sách địa phương']],
    ['Chi cân đối ngân sách địa phương', 12, ['Chi cân đối', 'ngân sách', 'địa phương']],
    ['Xi măng', 16, ['Xi măng']],
    ['Khaikhoángrấtdàikhôngcắt', 8, ['Khaikhoángrấtdàikhôngcắt']],
  ])('%s at %d → %j', (label, width, lines) => {
    expect(wrapLabel(label, width, (t) => t.length)).toEqual(lines);
  });

  it('measures in pixels: a wide glyph takes more room than a narrow one', () => {
    const px = (t: string) => [...t].reduce((w, c) => w + (c === 'W' ? 12 : 5), 0);
    expect(wrapLabel('WWW ii', 40, px)).toEqual(['WWW', 'ii']);
    expect(wrapLabel('iii ii', 40, px)).toEqual(['iii ii']);
  });
});

describe('chartLayout', () => {
  /** 0.5 em a character: 6 px at 12 px, 6.5 px at 13 px. */
  const mono = (t: string, size: number) => t.length * size * 0.5;
  const industry = chartSpec(
    chart({ indicators: ['a', 'b', 'c', 'd'], measure: 'change', labels: ['Khai khoáng', 'Chế biến, chế tạo', 'Sản xuất và phân phối điện', 'Cung cấp nước, xử lý rác thải'] }),
    [
      indicator('a', 1, '%', { change: { percent: 10.1, basis: 'cùng kỳ' } }),
      indicator('b', 1, '%', { change: { percent: 5, basis: 'cùng kỳ' } }),
      indicator('c', 1, '%', { change: { percent: -1.64, basis: 'cùng kỳ' } }),
      indicator('d', 1, '%', { change: { percent: 2, basis: 'cùng kỳ' } }),
    ],
    1,
  );

  it('keeps vertical bars when every label fits its category on one to three lines', () => {
    const layout = chartLayout(industry, 1000, mono);
    expect(layout.horizontal).toBe(false);
    expect(layout.labels).toEqual([['Khai khoáng'], ['Chế biến, chế tạo'], ['Sản xuất và phân phối điện'], ['Cung cấp nước, xử lý rác thải']]);
    expect(layout.height).toBe(340);
  });

  it('wraps a label by the width its category gets', () => {
    // 600 px: value axis "+11%" 26 + 15.6 + 24 = 65.6 px; (600 − 12 − 65.6) / 4 − 8 = 122.6 px = 18 characters a line.
    const layout = chartLayout(industry, 600, mono);
    expect(layout.horizontal).toBe(false);
    expect(layout.labels).toEqual([['Khai khoáng'], ['Chế biến, chế tạo'], ['Sản xuất và phân', 'phối điện'], ['Cung cấp nước, xử', 'lý rác thải']]);
  });

  it('turns bars horizontal on a phone when a label would need more than three lines, and wraps them into the label column', () => {
    // 290 px: 45,9 px a category under vertical bars ("Sản xuất và phân phối điện" needs 6 lines);
    // the label column is min(42% of 290, (290 − 72) / 2 − 8) = 101 px = 16 characters.
    const layout = chartLayout(industry, 290, mono);
    expect(layout.horizontal).toBe(true);
    expect(layout.labels).toEqual([['Khai khoáng'], ['Chế biến, chế', 'tạo'], ['Sản xuất và phân', 'phối điện'], ['Cung cấp nước,', 'xử lý rác thải']]);
    expect(layout.height).toBe(4 * 48 + 70);
  });

  it('gives horizontal bars more height when their labels take more lines', () => {
    const long = chartSpec(chart({ type: 'horizontal-bar', indicators: ['a'], labels: ['Chi các chương trình mục tiêu quốc gia và chương trình khác'] }), [indicator('a', 1, 'tỷ đồng')], 1);
    const layout = chartLayout(long, 290, mono);
    expect(layout.labels).toEqual([['Chi các chương', 'trình mục tiêu', 'quốc gia và', 'chương trình', 'khác']]);
    // Five lines of 14,4 px and 12 px of air: 84 px for the bar.
    expect(layout.height).toBe(84 + 70);
  });

  it('keeps a horizontal-bar chart horizontal at every width', () => {
    const plan = chartSpec(chart({ type: 'horizontal-bar', indicators: ['xuat-khau'], measure: 'plan' }), [exportsIndicator], 1);
    expect(chartLayout(plan, 1200, mono).horizontal).toBe(true);
    expect(chartLayout(plan, 1200, mono).labels).toEqual([['Kim ngạch xuất khẩu']]);
  });

  it('keeps every doughnut legend item on one row inside the canvas, each with its value or none (so a reader never sees some slices valued and others not), labels shortened last', () => {
    const budget = chartSpec(
      chart({ type: 'doughnut', indicators: ['noi-dia', 'xnk', 'khac'], labels: ['Thu nội địa', 'Thu từ hoạt động xuất nhập khẩu', 'Các khoản huy động đóng góp và các khoản khác'] }),
      [indicator('noi-dia', 1914.2, 'tỷ đồng'), indicator('xnk', 5940.7, 'tỷ đồng'), indicator('khac', 273, 'tỷ đồng')],
      1,
    );
    // 290 px: 290 − 16 − 20 − 18 − 6 − 4 = 226 px = 37 characters.
    // "Thu nội địa: 1.914,2 tỷ đồng" would fit, but the others' values do not: no item gives its value.
    const narrow = chartLayout(budget, 290, mono).labels.map((l) => l.join(' '));
    expect(narrow).toEqual(['Thu nội địa', 'Thu từ hoạt động xuất nhập khẩu', 'Các khoản huy động đóng góp và các…']);
    expect(chartLayout(budget, 800, mono).labels.map((l) => l.join(' '))).toEqual([
      'Thu nội địa: 1.914,2 tỷ đồng',
      'Thu từ hoạt động xuất nhập khẩu: 5.940,7 tỷ đồng',
      'Các khoản huy động đóng góp và các khoản khác: 273 tỷ đồng',
    ]);
  });
});

describe('chartHeight', () => {
  const nine = chartSpec(chart({ type: 'horizontal-bar', indicators: Array.from({ length: 9 }, (_, i) => `i${i}`) }), Array.from({ length: 9 }, (_, i) => indicator(`i${i}`, i + 1, 'tấn')), 1);
  const two = chartSpec(chart({ indicators: ['xuat-khau', 'nhap-khau'] }), [exportsIndicator, importsIndicator], 1);
  it.each([
    [360, 9 * 48 + 70, nine],
    [800, 9 * 40 + 70, nine],
    [360, 300, two],
    [800, 340, two],
  ])('%d px wide → %d px tall', (width, height, spec) => {
    expect(chartHeight(spec, width)).toBe(height);
  });
});

describe('chartJsConfig', () => {
  const value = chartSpec(chart({ indicators: ['xuat-khau', 'nhap-khau'], labels: ['Xuất khẩu', 'Nhập khẩu'] }), [exportsIndicator, importsIndicator], 1);
  const plan = chartSpec(chart({ indicators: ['xuat-khau', 'nhap-khau'], measure: 'plan', type: 'horizontal-bar' }), [exportsIndicator, importsIndicator], 2);
  const change = chartSpec(chart({ indicators: ['xuat-khau', 'dien'], measure: 'change' }), [exportsIndicator, power], 3);
  const doughnut = chartSpec(chart({ type: 'doughnut', indicators: ['truc-tiep', 'truc-tuyen', 'buu-chinh'] }), [inPerson, online, post], 4);

  /** Call a config callback with the `this` and arguments Chart.js would pass. */
  const call = (fn: unknown, ...args: unknown[]): unknown => (fn as (...a: unknown[]) => unknown).apply({}, args);

  it('draws vertical bars with vi-VN ticks and tooltips, and a direct label on every bar', () => {
    const config = chartJsConfig(value, theme, 800);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('x');
    expect(config.data.labels).toEqual([['Xuất khẩu'], ['Nhập khẩu']]);
    expect(config.data.datasets[0]?.data).toEqual([980, 2080]);
    const y = config.options?.scales?.['y'] as { ticks: { callback: unknown }; title: { text: string } };
    expect(call(y.ticks.callback, 2500, 0, [])).toBe('2.500');
    expect(y.title.text).toBe('triệu USD');
    const tooltip = config.options?.plugins?.tooltip?.callbacks;
    expect(call(tooltip?.label, { dataIndex: 1 } as TooltipItem<'bar'>)).toBe('2.080 triệu USD');
    expect(call(tooltip?.title, [{ dataIndex: 1 }])).toBe('Kim ngạch nhập khẩu');
    expect(config.options?.plugins?.reportValueLabels).toMatchObject({ labels: ['980', '2.080'] });
    expect(config.options?.plugins?.reportReference).toBe(false);
    expect(config.options?.plugins?.reportBackground).toEqual({ color: '#ffffff' });
  });

  it('draws plan bars horizontally with percent ticks and a 100% plan line', () => {
    const config = chartJsConfig(plan, theme, 360);
    expect(config.options?.indexAxis).toBe('y');
    const x = config.options?.scales?.['x'] as { ticks: { callback: unknown }; suggestedMax: number };
    expect(call(x.ticks.callback, 120, 0, [])).toBe('120%');
    expect(x.suggestedMax).toBe(100);
    expect(config.options?.plugins?.reportReference).toEqual({ value: 100, label: 'Kế hoạch: 100%', color: '#111111' });
    expect(call(config.options?.plugins?.tooltip?.callbacks?.label, { dataIndex: 0 })).toBe('đạt 73,1% kế hoạch');
  });

  it('colours changes by sign and labels them with the sign, so colour is not the only cue', () => {
    const config = chartJsConfig(change, theme, 800);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['#0072b2', '#d55e00']);
    expect(config.options?.plugins?.reportValueLabels).toMatchObject({ labels: ['+10,1%', '−1,64%'] });
    const y = config.options?.scales?.['y'] as { ticks: { callback: unknown } };
    expect(call(y.ticks.callback, -2, 0, [])).toBe('−2%');
    // Chart.js's tick steps can land a hair off zero; the zero tick is still "0%", not "−0%".
    expect(call(y.ticks.callback, -1e-15, 0, [])).toBe('0%');
    expect(call(config.options?.plugins?.tooltip?.callbacks?.label, { dataIndex: 1 })).toBe('giảm 1,64% so với cùng kỳ');
  });

  it('draws a doughnut whose legend carries the values and whose arcs carry their shares', () => {
    const config = chartJsConfig(doughnut, theme, 800);
    expect(config.type).toBe('doughnut');
    expect(config.data.labels).toEqual(['Hồ sơ trực tiếp: 28.571 hồ sơ', 'Hồ sơ trực tuyến: 49.742 hồ sơ', 'Hồ sơ bưu chính: 1.605 hồ sơ']);
    expect(config.data.datasets[0]?.backgroundColor).toEqual(['#0072b2', '#d55e00', '#007a5a']);
    // Arcs under 6% are too thin to hold a label; the legend still gives their value.
    expect(config.options?.plugins?.reportValueLabels).toMatchObject({ labels: ['35,8%', '62,2%', ''] });
    expect(call(config.options?.plugins?.tooltip?.callbacks?.label, { dataIndex: 2 })).toBe('1.605 hồ sơ (2%)');
  });

  it('turns animation off for readers who ask for reduced motion', () => {
    expect(chartJsConfig(value, theme, 800, true).options?.animation).toBe(false);
    expect(chartJsConfig(value, theme, 800, false).options?.animation).toEqual({ duration: 400 });
  });

  it('wraps long axis labels more tightly on a phone', () => {
    const long = chartSpec(chart({ type: 'horizontal-bar', indicators: ['chi'], measure: 'value' }), [{ ...spending, label: 'Chi các chương trình mục tiêu quốc gia' }], 1);
    // Default estimate, 0.6 em a character: a 136 px label column at 360 px (18 characters), 336 px at 800 px.
    expect(chartJsConfig(long, theme, 360).data.labels).toEqual([['Chi các chương', 'trình mục tiêu', 'quốc gia']]);
    expect(chartJsConfig(long, theme, 800).data.labels).toEqual([['Chi các chương trình mục tiêu quốc gia']]);
  });
});

describe('charts of the new indicator shapes', () => {
  const growth = (id: string, percent: number): Indicator => ({ id, label: id, unit: '%', change: { percent, basis: 'cùng kỳ' }, headline: false });
  it('draws change-only indicators under measure "change"', () => {
    const chart: Chart = { id: 'c', title: 'Chỉ số theo ngành', type: 'bar', measure: 'change', indicators: ['a', 'b'] };
    expect(chartSpec(chart, [growth('a', 3.5), growth('b', -1.64)], 1).points.map((p) => p.value)).toEqual([3.5, -1.64]);
  });

  it('refuses a change-only indicator under measure "value" and an amount-only change under "change"', () => {
    const amount: Indicator = { id: 'v', label: 'v', unit: 'vụ', change: { amount: -5, basis: 'cùng kỳ' }, headline: false };
    const problems = checkChartData([
      { file: 'a.mdx', indicators: [growth('a', 1), amount], charts: [{ id: 'x', indicators: ['a'], measure: 'value' }, { id: 'y', indicators: ['v'], measure: 'change' }] },
    ]).map((p) => p.message);
    expect(problems).toEqual(['chart "x": measure "value" needs a value on every indicator; "a" prints only a change', 'chart "y": measure "change" draws percents or ratios; "v" has only an amount']);
  });
});

describe('a chart of qualified values', () => {
  const gifts = indicator('dong-gop', 26, 'tỷ đồng', { label: 'Đóng góp', qualifier: 'trên' });
  const goods = indicator('hien-vat', 6, 'tỷ đồng', { label: 'Hiện vật' });
  const spec = chartSpec(chart({ indicators: ['dong-gop', 'hien-vat'] }), [gifts, goods], 7);

  it('prints the qualifier in the table, the accessible name, the tooltips and the labels drawn at the bars', () => {
    expect(chartTable(spec).rows).toEqual([['Đóng góp', 'trên 26'], ['Hiện vật', '6']]);
    expect(chartAriaLabel(spec)).toContain('Đóng góp: trên 26 tỷ đồng');
    expect(chartAriaLabel(spec)).toContain('Hiện vật: 6 tỷ đồng');
    const config = chartJsConfig(spec, theme, 640);
    expect(config.options?.plugins?.reportValueLabels).toMatchObject({ labels: ['trên 26', '6'] });
    const label = config.options?.plugins?.tooltip?.callbacks?.label as ((item: Pick<TooltipItem<'bar'>, 'dataIndex'>) => string) | undefined;
    expect(label?.({ dataIndex: 0 })).toBe('trên 26 tỷ đồng');
  });

  it('keeps the CSV numeric', () => {
    expect(chartCsv(spec)).toBe('\uFEFFChỉ tiêu,Giá trị (tỷ đồng)\r\nĐóng góp,26\r\nHiện vật,6\r\n');
  });

  it('prints it in a doughnut legend and tooltip', () => {
    const doughnut = chartSpec(chart({ type: 'doughnut', indicators: ['dong-gop', 'hien-vat'] }), [gifts, goods], 8);
    const config = chartJsConfig(doughnut, theme, 640);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as ((item: Pick<TooltipItem<'doughnut'>, 'dataIndex'>) => string) | undefined;
    expect(label?.({ dataIndex: 0 })).toBe('trên 26 tỷ đồng (81,3%)');
  });
});
