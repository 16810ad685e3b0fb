import { describe, expect, it } from 'vitest';
import { buildSeries, checkSeriesCharts, seriesAsOf, type SeriesPoint } from './series.ts';
import { seriesChartSpec } from './chart.ts';
import { seriesCsv, seriesJson } from './export.ts';

const point = (over: Partial<SeriesPoint>): SeriesPoint => ({
  seriesId: 'thu-ngan-sach',
  indicatorId: 'thu-ngan-sach',
  label: 'Tổng thu ngân sách',
  value: 1,
  unit: 'tỷ đồng',
  period: '9 tháng 2021',
  reportId: '2021-9-thang',
  reportTitle: 'Báo cáo 9 tháng',
  reportDate: '2021-10',
  file: 'reports/2021-9-thang/economy/ngan-sach.mdx',
  path: '/2021-9-thang/kinh-te/ngan-sach/#ii-1-e-1',
  ...over,
});
const nine = point({ value: 8127.9 });
const six = point({ value: 4215.6, period: '6 tháng 2021', reportId: '2021-6-thang', reportTitle: 'Báo cáo 6 tháng', reportDate: '2021-07', file: 'reports/2021-6-thang/economy/ngan-sach.mdx', path: '/2021-6-thang/kinh-te/ngan-sach/#i-1-2' });

describe('buildSeries', () => {
  it('groups by series id and orders the points oldest report first', () => {
    const [s, ...rest] = buildSeries([nine, point({ seriesId: 'khac', indicatorId: 'khac' }), six]);
    expect(rest.map((r) => r.id)).toEqual(['khac']);
    expect(s!.points.map((p) => p.value)).toEqual([4215.6, 8127.9]);
    expect(s!.mismatch).toBeUndefined();
  });

  it.each([
    ['mixed units', point({ unit: 'triệu USD', reportId: '2021-6-thang', reportDate: '2021-07', file: 'a.mdx' }), 'unit'],
    ['a month beside a period from the start of the year', point({ period: 'tháng 6/2021', reportId: '2021-6-thang', reportDate: '2021-07', file: 'a.mdx' }), 'period'],
    ['periods from the start of different years', point({ period: '6 tháng 2020', reportId: '2020-6-thang', reportDate: '2020-07', file: 'a.mdx' }), 'period'],
    ['a period the site cannot read', point({ period: 'niên vụ 2020-2021', reportId: '2021-6-thang', reportDate: '2021-07', file: 'a.mdx' }), 'period'],
  ])('does not join %s', (_, other, kind) => {
    const [s] = buildSeries([nine, other]);
    expect(s!.mismatch?.kind).toBe(kind);
    expect(() => seriesChartSpec(s!, 'x')).toThrow(/do not compare/);
  });
});

describe('seriesAsOf', () => {
  it('keeps the points of reports no newer than the one shown', () => {
    const [s] = buildSeries([six, nine]);
    expect(seriesAsOf(s!, '2021-07', '2021-6-thang').points.map((p) => p.reportId)).toEqual(['2021-6-thang']);
    expect(seriesAsOf(s!, '2021-10', '2021-9-thang').points.map((p) => p.reportId)).toEqual(['2021-6-thang', '2021-9-thang']);
  });
});

describe('checkSeriesCharts', () => {
  it('refuses a declared chart over mixed units, naming both files', () => {
    const series = buildSeries([six, point({ unit: 'triệu USD' })]);
    const [problem, ...rest] = checkSeriesCharts(series, [{ file: 'reports/2021-9-thang/economy/ngan-sach.mdx', seriesId: 'thu-ngan-sach' }]);
    expect(rest).toEqual([]);
    expect(problem!.file).toBe('reports/2021-9-thang/economy/ngan-sach.mdx');
    expect(problem!.message).toContain('"tỷ đồng" in reports/2021-6-thang/economy/ngan-sach.mdx');
    expect(problem!.message).toContain('"triệu USD" in reports/2021-9-thang/economy/ngan-sach.mdx');
  });

  it('lets a declared chart over comparable points through', () => {
    expect(checkSeriesCharts(buildSeries([six, nine]), [{ file: 'x.mdx', seriesId: 'thu-ngan-sach' }])).toEqual([]);
  });
});

describe('seriesChartSpec', () => {
  it('is one bar a period, labelled by period, in the unit of the points', () => {
    const spec = seriesChartSpec(buildSeries([six, nine])[0]!, 'Qua các kỳ');
    expect(spec.type).toBe('bar');
    expect(spec.unit).toBe('tỷ đồng');
    expect(spec.points.map((p) => [p.label, p.value])).toEqual([['6 tháng 2021', 4215.6], ['9 tháng 2021', 8127.9]]);
  });
});

describe('series open data', () => {
  const series = buildSeries([six, nine]);
  it('writes one CSV line a point with absolute URLs', () => {
    const lines = seriesCsv(series, (p) => `https://example.org${p}`).split('\r\n');
    expect(lines[0]).toBe('\uFEFFseries,indicator,label,value,unit,qualifier,period,report,report_title,report_date,url');
    expect(lines[1]).toBe('thu-ngan-sach,thu-ngan-sach,Tổng thu ngân sách,4215.6,tỷ đồng,,6 tháng 2021,2021-6-thang,Báo cáo 6 tháng,2021-07,https://example.org/2021-6-thang/kinh-te/ngan-sach/#i-1-2');
    expect(lines).toHaveLength(4);
  });
  it('writes JSON with whether each series compares', () => {
    const json = JSON.parse(seriesJson(series, (p) => p));
    expect(json.series).toEqual([expect.objectContaining({ id: 'thu-ngan-sach', comparable: true })]);
    expect(json.series[0].points.map((p: { value: number }) => p.value)).toEqual([4215.6, 8127.9]);
  });
});
