import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './support/build';
import { pageHtml } from './support/site';
import { parseCsv } from './support/csv';
import { readSearchDocuments } from './support/search-index';

interface FrontmatterIndicator {
  id: string;
  label: string;
  qualifier?: string;
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
  qualifier: string | null;
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
        qualifier: i.qualifier ?? null,
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
const COLUMNS = ['id', 'section_number', 'section_title', 'label', 'qualifier', 'value', 'out_of', 'unit', 'period', 'plan_percent', 'plan_basis', 'change_percent', 'change_ratio', 'change_amount', 'change_basis', 'footnote', 'url'];


/** A row without the URL and collection, for comparison. */
const fields = ({ collection: _c, url: _u, ...rest }: Expected & { url?: string }) => rest;

test('the frontmatter holds the report’s indicators', () => {
  expect(expected.length).toBeGreaterThanOrEqual(150);
  expect(byId.size).toBe(expected.length);
});

test('chi-so.json holds exactly the frontmatter’s indicators, each with the URL of its paragraph (root-relative without SITE_URL)', async ({ request }) => {
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
    expect(row.url, row.id).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
    const url = new URL(row.url, 'http://x');
    const html = pageHtml(url.pathname);
    expect(html, row.url).toContain(`id="${url.hash.slice(1)}"`);
  }
  const imports = json.indicators.find((i) => i.id === 'kim-ngach-nhap-khau');
  expect(imports?.url).toBe('/kinh-te/kinh-te-cua-khau/#ii-1-b-1');
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
    expect(row.at(-1)).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
  }
  // A title with a comma is quoted; a decimal keeps its dot.
  expect(bytes.toString('utf8')).toContain('tiem-vac-xin-ty-le-mot-mui,I.2,"Công tác phòng, chống dịch Covid-19",');
  expect(bytes.toString('utf8')).toContain(',1094.1,,nghìn lượt,');
  // A change-only indicator has no value; a part of a whole keeps its whole; an absolute change is signed in the unit.
  expect(bytes.toString('utf8')).toContain('chi-so-san-xuat-cong-nghiep,II.1.d,"Sản xuất công nghiệp, thương mại, dịch vụ và du lịch",Chỉ số sản xuất công nghiệp,,,,%,9 tháng 2021,,,6.2,,,cùng kỳ,,');
  expect(bytes.toString('utf8')).toContain(',3917,3962,đại biểu,');
  // A figure printed with a qualifier keeps it in its own column; an exact one leaves it empty.
  expect(bytes.toString('utf8')).toContain(',"Đóng góp phòng, chống dịch Covid-19 trong đợt cao điểm",trên,26,,tỷ đồng,');
  expect(bytes.toString('utf8')).toContain(',Số smartphone đã cài đặt ứng dụng Bluezone,,212197,524521,smartphone,');
  expect(bytes.toString('utf8')).toContain(',28,,vụ,từ 16/12/2020 đến 14/9/2021,,,,,-5,cùng kỳ năm 2020,35,');
});

test('/du-lieu/ lists every indicator in its HTML, complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/du-lieu/');
  const table = page.getByRole('table', { name: `${expected.length} chỉ số của báo cáo` });
  await expect(table.locator('tbody tr')).toHaveCount(expected.length);
  const row = table.getByRole('row', { name: /Kim ngạch nhập khẩu qua địa bàn/ });
  await expect(row.getByRole('cell')).toHaveText(['2.080', 'triệu USD', '9 tháng 2021', '119,5% kế hoạch', '+84,1% so với cùng kỳ', 'Kinh tế', 'Mục II.1.b, đoạn 1']);
  await expect(row).toHaveId('kim-ngach-nhap-khau');
  // As printed: a change-only indicator shows no value, a part shows its whole, an absolute change its unit.
  await expect(table.getByRole('row', { name: /^Chỉ số sản xuất công nghiệp\s+%/ }).getByRole('cell')).toHaveText(['', '%', '9 tháng 2021', '', '+6,2% so với cùng kỳ', 'Kinh tế', 'Mục II.1.d, đoạn 1']);
  await expect(table.getByRole('row', { name: /Số đại biểu HĐND cấp xã được bầu/ }).getByRole('cell').nth(0)).toHaveText('3.917/3.962');
  // A qualifier as printed: "trên 98,6%".
  await expect(table.locator('#ty-le-trien-khai-nen-tang-so-tiem-chung').getByRole('cell').nth(0)).toHaveText('trên 98,6');
  await expect(table.getByRole('row', { name: /Số vụ tai nạn giao thông/ }).getByRole('cell').nth(4)).toHaveText('−5 vụ so với cùng kỳ năm 2020');
  await expect(page.getByLabel('Lọc theo phần')).toBeHidden();
  await expect(page.getByLabel('Lọc theo chữ')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Trích dẫn/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tất cả chỉ số (CSV, UTF-8)' })).toHaveAttribute('href', '/du-lieu/chi-so.csv');
  await expect(page.getByRole('link', { name: 'Tất cả chỉ số (JSON)' })).toHaveAttribute('href', '/du-lieu/chi-so.json');
  await context.close();
});

test('/du-lieu/ filters by section and sorts by column', async ({ page }) => {
  await page.goto('/du-lieu/');
  const table = page.getByRole('table', { name: `${expected.length} chỉ số của báo cáo` });
  const rows = table.locator('tbody tr:not([hidden])');
  const status = page.locator('report-data-table').getByRole('status');
  await expect(status).toHaveText(`${expected.length} / ${expected.length} chỉ số`);

  const economy = expected.filter((e) => e.collection === 'economy');
  await page.getByLabel('Lọc theo phần').selectOption({ label: 'Kinh tế' });
  await expect(rows).toHaveCount(economy.length);
  await expect(status).toHaveText(`${economy.length} / ${expected.length} chỉ số`);

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
  await expect(rows.last().getByRole('cell').nth(3)).toHaveText('');

  await page.getByLabel('Lọc theo phần').selectOption({ label: 'Tất cả các phần' });
  await expect(rows).toHaveCount(expected.length);

  // The source link leads to the paragraph that prints the figure.
  await table.getByRole('row', { name: /Kim ngạch nhập khẩu qua địa bàn/ }).getByRole('link', { name: 'Mục II.1.b, đoạn 1' }).click();
  await expect(page).toHaveURL(/\/kinh-te\/kinh-te-cua-khau\/#ii-1-b-1$/);
  await expect(page.locator('#ii-1-b-1')).toContainText('nhập khẩu 2.080 triệu USD');
});

test('every indicator of chi-so.json has its row on /du-lieu/, addressed by its id', async ({ request }) => {
  const json = (await (await request.get('/du-lieu/chi-so.json')).json()) as { indicators: { id: string; label: string }[] };
  const html = pageHtml('/du-lieu/');
  const rowIds = [...html.matchAll(/<tr id="([^"]+)" data-section=/g)].map((m) => m[1]);
  expect(rowIds.sort()).toEqual(json.indicators.map((i) => i.id).sort());
  expect(json.indicators.length).toBe(expected.length);
});

test('/du-lieu/#<id> lands on the figure’s row, and search’s “Số liệu” hits link there', async ({ page, request }) => {
  await page.goto('/du-lieu/#kim-ngach-xuat-nhap-khau');
  const row = page.locator('tr:target');
  await expect(row).toHaveId('kim-ngach-xuat-nhap-khau');
  await expect(row.getByRole('rowheader')).toHaveText(byId.get('kim-ngach-xuat-nhap-khau')?.label ?? '');
  await expect(row).toBeInViewport();

  const documents = await readSearchDocuments(async (path) => (await request.get(path)).text());
  const figures = documents.filter((d) => d.kind === 'indicator');
  expect(figures.length).toBe(expected.length);
  for (const d of figures) expect(d.url).toMatch(/^\/du-lieu\/#[a-z0-9-]+$/);
  expect(new Set(figures.map((d) => d.url.slice('/du-lieu/#'.length)))).toEqual(new Set(byId.keys()));
});

test('the text filter folds like search, keeps its state in the address, and a shared address restores it', async ({ page }) => {
  await page.goto('/du-lieu/');
  const table = page.getByRole('table', { name: `${expected.length} chỉ số của báo cáo` });
  const rows = table.locator('tbody tr:not([hidden])');
  const status = page.locator('report-data-table').getByRole('status');
  const blackJelly = expected.filter((e) => /thạch đen/i.test(e.label));
  expect(blackJelly.length).toBeGreaterThan(0);

  await page.getByLabel('Lọc theo chữ').fill('thach den');
  await expect(rows).toHaveCount(blackJelly.length);
  await expect(status).toHaveText(`${blackJelly.length} / ${expected.length} chỉ số`);
  for (const e of blackJelly) await expect(table.locator(`tr#${e.id}`)).toBeVisible();
  await expect(page).toHaveURL(/\/du-lieu\/\?q=thach\+den$/);

  await page.getByLabel('Lọc theo phần').selectOption({ label: 'Quốc phòng, an ninh, nội chính' });
  await expect(rows).toHaveCount(0);
  await expect(page).toHaveURL(/\?q=thach\+den&muc=[a-z-]+$/);

  // The shared address opens on the same view.
  const economy = expected.filter((e) => e.collection === 'economy' && /thạch đen/i.test(e.label));
  const segment = report.sections.find((s) => s.collection === 'economy')?.segment ?? '';
  await page.goto(`/du-lieu/?q=thach%20den&muc=${segment}`);
  await expect(page.getByLabel('Lọc theo chữ')).toHaveValue('thach den');
  await expect(page.getByLabel('Lọc theo phần')).toHaveValue(segment);
  await expect(rows).toHaveCount(economy.length);
  await expect(status).toHaveText(`${economy.length} / ${expected.length} chỉ số`);
});

test('the header row stays in view while the table scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/du-lieu/');
  const region = page.getByRole('region', { name: 'Bảng chỉ số, cuộn ngang được' });
  const header = region.getByRole('columnheader', { name: 'Giá trị' });
  await region.evaluate((el) => el.scrollIntoView());
  await region.evaluate((el) => el.scrollBy(0, 3000));
  await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  const [top, regionTop] = await Promise.all([header.evaluate((el) => el.getBoundingClientRect().top), region.evaluate((el) => el.getBoundingClientRect().top)]);
  expect(Math.abs(top - regionTop)).toBeLessThan(2);
  await expect(header).toBeInViewport();
});

test('“Trích dẫn” on a row gives the figure’s citation and copies it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/du-lieu/');
  const row = page.locator('tr#kim-ngach-xuat-nhap-khau');
  const cite = row.getByRole('button', { name: 'Trích dẫn: Tổng kim ngạch xuất nhập khẩu qua địa bàn' });
  await cite.click();
  await expect(cite).toHaveAttribute('aria-expanded', 'true');
  const panel = page.locator('tr.open-data__citation');
  await panel.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã sao chép');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const today = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  expect(copied).toBe(
    '“Tổng kim ngạch xuất nhập khẩu qua địa bàn: 3.060 triệu USD, đạt 99,4% kế hoạch, tăng 51,5% so với cùng kỳ (9 tháng 2021)”. ' +
      'Ủy ban nhân dân tỉnh Lạng Sơn (10/2021). Báo cáo “Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 9 tháng đầu năm; nhiệm vụ, giải pháp chủ yếu Quý IV năm 2021”, ' +
      `mục II.1.b “Phát triển kinh tế cửa khẩu”, đoạn 1. ${baseURL}/du-lieu/#kim-ngach-xuat-nhap-khau. Truy cập ngày ${today}.`,
  );
  // A second click closes it.
  await cite.click();
  await expect(panel).toHaveCount(0);
});

test('headline and key figure cards link to their rows in the table', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Số liệu chính' }).getByRole('listitem').filter({ hasText: 'Tổng kim ngạch xuất nhập khẩu qua địa bàn' });
  await card.getByRole('link', { name: 'Xem trong bảng số liệu: Tổng kim ngạch xuất nhập khẩu qua địa bàn' }).click();
  await expect(page).toHaveURL(/\/du-lieu\/#kim-ngach-xuat-nhap-khau$/);
  await expect(page.locator('tr:target')).toHaveId('kim-ngach-xuat-nhap-khau');
  await page.goto('/kinh-te/');
  const links = page.getByRole('region', { name: 'Số liệu nổi bật' }).getByRole('link', { name: /^Xem trong bảng số liệu: / });
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(byId.has(href.replace('/du-lieu/#', '')), href).toBe(true);
  }
});
