import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './support/build';
import { pageHtml } from './support/site';
import { parseCsv } from './support/csv';

interface FrontmatterIndicator {
  id: string;
  label: string;
  value?: number;
  outOf?: number;
  unit: string;
  period?: string;
  plan?: { percent: number; basis: string };
  change?: { percent?: number; ratio?: number; amount?: number; basis: string };
  footnote?: number;
}

/** What a row of the open data must hold, computed here from content/ alone (not from src/). */
interface Expected {
  id: string;
  section_number: string;
  section_title: string;
  label: string;
  value: number | null;
  out_of: number | null;
  unit: string;
  period: string;
  plan_percent: number | null;
  plan_basis: string | null;
  change_percent: number | null;
  change_ratio: number | null;
  change_amount: number | null;
  change_basis: string | null;
  footnote: number | null;
  collection: string;
}

const contentDir = join(projectRoot, 'content');
const report = JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')) as {
  defaultPeriod: string;
  sections: { collection: string; segment: string; title: string }[];
};

const expected: Expected[] = report.sections.flatMap(({ collection }) =>
  readdirSync(join(contentDir, collection))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const [, frontmatter = ''] = readFileSync(join(contentDir, collection, f), 'utf8').split(/^---$/m);
      const data = parse(frontmatter) as { number: string; title: string; indicators?: FrontmatterIndicator[] };
      return (data.indicators ?? []).map((i) => ({
        id: i.id,
        section_number: data.number,
        section_title: data.title,
        label: i.label,
        value: i.value ?? null,
        out_of: i.outOf ?? null,
        unit: i.unit,
        period: i.period ?? report.defaultPeriod,
        plan_percent: i.plan?.percent ?? null,
        plan_basis: i.plan?.basis ?? null,
        change_percent: i.change?.percent ?? null,
        change_ratio: i.change?.ratio ?? null,
        change_amount: i.change?.amount ?? null,
        change_basis: i.change?.basis ?? null,
        footnote: i.footnote ?? null,
        collection,
      }));
    }),
);
const byId = new Map(expected.map((e) => [e.id, e]));
const COLUMNS = ['id', 'section_number', 'section_title', 'label', 'value', 'out_of', 'unit', 'period', 'plan_percent', 'plan_basis', 'change_percent', 'change_ratio', 'change_amount', 'change_basis', 'footnote', 'url'];


/** A row without the URL and collection, for comparison. */
const fields = ({ collection: _c, url: _u, ...rest }: Expected & { url?: string }) => rest;

test('the frontmatter holds the report’s indicators', () => {
  expect(expected.length).toBeGreaterThanOrEqual(150);
  expect(byId.size).toBe(expected.length);
});

test('chi-so.json holds exactly the frontmatter’s indicators, each with the absolute URL of its paragraph', async ({ request }) => {
  const response = await request.get('/du-lieu/chi-so.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const json = (await response.json()) as { report: { issuer: string; number: string }; columns: string[]; indicators: (Expected & { url: string })[] };
  expect(json.columns).toEqual(COLUMNS);
  expect(json.report.number).toBe('Số: /BC-UBND');
  expect(json.indicators.map((i) => i.id).sort()).toEqual([...byId.keys()].sort());
  for (const row of json.indicators) {
    const want = byId.get(row.id);
    expect(want, row.id).toBeDefined();
    if (want) expect({ ...row, url: undefined }).toEqual({ ...fields(want), url: undefined });
    const url = new URL(row.url);
    expect(url.origin).toBe('http://localhost:4321');
    const html = pageHtml(url.pathname);
    expect(html, row.url).toContain(`id="${url.hash.slice(1)}"`);
  }
  const imports = json.indicators.find((i) => i.id === 'kim-ngach-nhap-khau');
  expect(imports?.url).toBe('http://localhost:4321/kinh-te/kinh-te-cua-khau/#ii-1-b-1');
});

test('chi-so.csv opens with a BOM and holds the same indicators, quoted per RFC 4180 with dot decimals', async ({ request }) => {
  const response = await request.get('/du-lieu/chi-so.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [head, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  expect(head).toEqual(COLUMNS);
  expect(rows).toHaveLength(expected.length);
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  for (const row of rows) {
    expect(row).toHaveLength(COLUMNS.length);
    const want = byId.get(row[0] ?? '');
    expect(want, row[0]).toBeDefined();
    if (!want) continue;
    const record = fields(want);
    expect(row.slice(0, -1)).toEqual(COLUMNS.slice(0, -1).map((c) => text(record[c as keyof typeof record])));
    expect(row.at(-1)).toMatch(/^http:\/\/localhost:4321\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
  }
  // A title with a comma is quoted; a decimal keeps its dot.
  expect(bytes.toString('utf8')).toContain('tiem-vac-xin-ty-le-mot-mui,I.2,"Công tác phòng, chống dịch Covid-19",');
  expect(bytes.toString('utf8')).toContain(',1094.1,,nghìn lượt,');
  // A change-only indicator has no value; a part of a whole keeps its whole; an absolute change is signed in the unit.
  expect(bytes.toString('utf8')).toContain('chi-so-san-xuat-cong-nghiep,II.1.d,"Sản xuất công nghiệp, thương mại, dịch vụ và du lịch",Chỉ số sản xuất công nghiệp,,,%,9 tháng 2021,,,6.2,,,cùng kỳ,,');
  expect(bytes.toString('utf8')).toContain(',3917,3962,đại biểu,');
  expect(bytes.toString('utf8')).toContain(',28,,vụ,từ 16/12/2020 đến 14/9/2021,,,,,-5,cùng kỳ năm 2020,35,');
});

test('/du-lieu/ lists every indicator in its HTML, complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/du-lieu/');
  const table = page.getByRole('table', { name: `${expected.length} chỉ số của báo cáo` });
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  const row = table.getByRole('row', { name: /Kim ngạch nhập khẩu qua địa bàn/ });
  await expect(row.getByRole('cell')).toHaveText(['Kinh tế', '2.080', 'triệu USD', '9 tháng 2021', '119,5% kế hoạch', '+84,1% so với cùng kỳ', 'Mục II.1.b, đoạn 1']);
  // As printed: a change-only indicator shows no value, a part shows its whole, an absolute change its unit.
  await expect(table.getByRole('row', { name: /^Kinh tế Chỉ số sản xuất công nghiệp %/ }).getByRole('cell')).toHaveText(['Kinh tế', '', '%', '9 tháng 2021', '', '+6,2% so với cùng kỳ', 'Mục II.1.d, đoạn 1']);
  await expect(table.getByRole('row', { name: /Số đại biểu HĐND cấp xã được bầu/ }).getByRole('cell').nth(1)).toHaveText('3.917/3.962');
  await expect(table.getByRole('row', { name: /Số vụ tai nạn giao thông/ }).getByRole('cell').nth(5)).toHaveText('−5 vụ so với cùng kỳ năm 2020');
  await expect(page.getByLabel('Lọc theo phần')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Tất cả chỉ số (CSV, UTF-8)' })).toHaveAttribute('href', '/du-lieu/chi-so.csv');
  await expect(page.getByRole('link', { name: 'Tất cả chỉ số (JSON)' })).toHaveAttribute('href', '/du-lieu/chi-so.json');
  await context.close();
});

test('/du-lieu/ filters by section and sorts by column', async ({ page }) => {
  await page.goto('/du-lieu/');
  const table = page.getByRole('table', { name: `${expected.length} chỉ số của báo cáo` });
  const rows = table.locator('tbody tr:not([hidden])');
  const status = page.locator('report-data-table').getByRole('status');
  await expect(status).toHaveText(`Đang hiển thị ${expected.length}/${expected.length} chỉ số`);

  const economy = expected.filter((e) => e.collection === 'economy');
  await page.getByLabel('Lọc theo phần').selectOption({ label: 'Kinh tế' });
  await expect(rows).toHaveCount(economy.length);
  await expect(status).toHaveText(`Đang hiển thị ${economy.length}/${expected.length} chỉ số`);

  const valueHeader = table.getByRole('columnheader', { name: 'Giá trị' });
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  const valued = economy.filter((e) => e.value !== null);
  // Several indicators may share the smallest (or largest) value: the first row is one of them.
  const min = Math.min(...valued.map((e) => e.value ?? Infinity));
  const max = Math.max(...valued.map((e) => e.value ?? -Infinity));
  const labelsOf = (v: number) => valued.filter((e) => e.value === v).map((e) => e.label);
  const firstIsOneOf = async (labels: string[]) => labels.includes((await rows.first().getByRole('rowheader').textContent()) ?? '');
  await expect.poll(() => firstIsOneOf(labelsOf(min))).toBe(true);
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => firstIsOneOf(labelsOf(max))).toBe(true);

  // Sorting by plan puts the highest completion first and rows without a plan last.
  const planHeader = table.getByRole('columnheader', { name: '% kế hoạch' });
  await planHeader.getByRole('button').click();
  await planHeader.getByRole('button').click();
  await expect(planHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(valueHeader).not.toHaveAttribute('aria-sort', /.+/);
  const best = [...economy].filter((e) => e.plan_percent !== null).sort((a, b) => (b.plan_percent ?? 0) - (a.plan_percent ?? 0))[0];
  await expect(rows.first().getByRole('rowheader')).toHaveText(best?.label ?? '');
  await expect(rows.last().getByRole('cell').nth(4)).toHaveText('');

  await page.getByLabel('Lọc theo phần').selectOption({ label: 'Tất cả các phần' });
  await expect(rows).toHaveCount(expected.length);

  // The source link leads to the paragraph that prints the figure.
  await table.getByRole('row', { name: /Kim ngạch nhập khẩu qua địa bàn/ }).getByRole('link', { name: 'Mục II.1.b, đoạn 1' }).click();
  await expect(page).toHaveURL(/\/kinh-te\/kinh-te-cua-khau\/#ii-1-b-1$/);
  await expect(page.locator('#ii-1-b-1')).toContainText('nhập khẩu 2.080 triệu USD');
});
