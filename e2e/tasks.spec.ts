import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readEntryText } from '../src/lib/text/index.ts';
import { buildSiteAsync, copyContent, fixtureReport, projectRoot } from './support/build';

/** One MDX entry as the content folder holds it: its page path, frontmatter fields the tests need, and body. */
interface ContentEntry {
  path: string;
  collection: string;
  title: string;
  number: string;
  order: number;
  task: number | undefined;
  /** Task ids this entry relates to, as written. */
  relatedTasks: string[];
  /** Paragraphs named per task id (absent: the whole entry). */
  relatedParagraphs: Map<string, number[] | undefined>;
  indicators: string[];
  paragraphs: string[];
}

type Relation = string | { task: string; paragraphs: number[] };

const contentDir = join(projectRoot, 'content');
const report = JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')) as { sections: { collection: string; segment: string }[] };

function readEntries(): ContentEntry[] {
  return report.sections.flatMap(({ collection, segment }) =>
    readdirSync(join(contentDir, collection))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(join(contentDir, collection, f), 'utf8');
        const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const data = parse(frontmatter) as { title: string; number: string; order: number; task?: number; relatedTasks?: Relation[]; indicators?: { id: string }[] };
        const relations = (data.relatedTasks ?? []).map((r) => (typeof r === 'string' ? { task: r, paragraphs: undefined } : r));
        return {
          path: `/${segment}/${data.task ?? f.replace(/\.mdx$/, '')}/`,
          collection,
          title: data.title,
          number: data.number,
          order: data.order,
          task: data.task,
          relatedTasks: relations.map((r) => r.task),
          relatedParagraphs: new Map(relations.map((r) => [r.task, r.paragraphs])),
          indicators: (data.indicators ?? []).map((i) => i.id),
          paragraphs: readEntryText(body, 'x').paragraphs.map((p) => p.text),
        };
      }),
  );
}

const entries = readEntries();
const tasks = entries.filter((e) => e.task !== undefined).sort((a, b) => (a.task ?? 0) - (b.task ?? 0));

test('the content holds the 13 Q4 tasks', () => {
  expect(tasks.map((t) => t.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
});

test('/nhiem-vu-quy-iv/ lists all 13 tasks with anchors, labels, opening words and links to their pages', async ({ page }) => {
  await page.goto('/nhiem-vu-quy-iv/');
  const items = page.locator('.task-list > li');
  await expect(items).toHaveCount(13);
  for (const [i, t] of tasks.entries()) {
    const item = items.nth(i);
    await expect(item).toHaveId(`nhiem-vu-${t.task}`);
    const link = item.getByRole('link', { name: `Nhiệm vụ ${t.task}: ${t.title}`, exact: true });
    await expect(link).toHaveAttribute('href', `/nhiem-vu-quy-iv/${t.task}/`);
    const opening = (await item.locator('p').first().innerText()).replace(/…$/, '');
    expect(opening.length).toBeGreaterThan(40);
    expect(t.paragraphs[0]?.startsWith(opening), `task ${t.task} opening words`).toBe(true);
  }
});

for (const t of tasks) {
  test(`task ${t.task}: its own page has the verbatim text, previous/next task and related results`, async ({ page }) => {
    const response = await page.goto(`/nhiem-vu-quy-iv/${t.task}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${t.title} (Tên ngắn để điều hướng, không thuộc văn bản gốc.)`);

    const paragraphs = page.locator('article .prose > p');
    await expect(paragraphs).toHaveCount(t.paragraphs.length);
    for (const [k, text] of t.paragraphs.entries()) {
      // The paragraph's own text, without the ¶ mark the page adds at its end.
      const own = await page.locator(`#nhiem-vu-${t.task}-${k + 1}`).evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.anchor-mark').forEach((el) => el.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      expect(own).toBe(text);
    }

    const nav = page.getByRole('navigation', { name: 'Nhiệm vụ trước và sau' });
    const previous = tasks.find((o) => o.task === (t.task ?? 0) - 1);
    const next = tasks.find((o) => o.task === (t.task ?? 0) + 1);
    if (previous) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', previous.path);
    else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', next.path);
    else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);

    const related = entries.filter((e) => e.relatedTasks.includes(String(t.task))).sort((a, b) => a.order - b.order);
    const results = related.filter((e) => e.collection !== 'assessment');
    const assessments = related.filter((e) => e.collection === 'assessment');
    expect(results.length, `task ${t.task} follows from at least one result`).toBeGreaterThan(0);
    const region = page.getByRole('region', { name: 'Kết quả thực hiện liên quan' });
    await expect(region.getByRole('heading', { level: 3 })).toHaveText(results.map((r) => `${r.number}. ${r.title}`));
    for (const r of results) {
      await expect(region.getByRole('link', { name: `${r.number}. ${r.title}`, exact: true })).toHaveAttribute('href', r.path);
      // Its figures: each links to its row in the open data and to the paragraph that prints it.
      const item = region.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${r.number}. ${r.title}`, exact: true }) });
      const figures = item.getByRole('listitem');
      if (r.indicators.length === 0) {
        await expect(figures).toHaveCount(0);
        continue;
      }
      await expect(figures).toHaveCount(Math.min(4, r.indicators.length));
      for (const figure of await figures.all()) {
        const [row, source] = await figure.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(r.indicators).toContain(row?.replace('/du-lieu/#', ''));
        expect(row).toMatch(/^\/du-lieu\/#/);
        expect(source?.startsWith(`${r.path}#`), source).toBe(true);
        // A value as printed ("3.060 triệu USD", "172/221 cuộc", "99,4%", "khoảng 13.050 người"), or the change alone when the report prints only that.
        await expect(figure.locator('.evidence__value')).toHaveText(/^((?:(?:ước đạt|ước tính|tối thiểu|ít nhất|tối đa|xấp xỉ|khoảng|trên|hơn|gần|dưới|ước) )?[\d.,]+(\/[\d.,]+)?(%| \S.*)|(tăng|giảm|bằng) [\d.,]+.*)$/);
      }
    }

    const difficulties = page.getByRole('region', { name: 'Khó khăn, hạn chế liên quan' });
    if (assessments.length === 0) {
      await expect(difficulties).toHaveCount(0);
      return;
    }
    await expect(difficulties.getByRole('heading', { level: 3 })).toHaveText(assessments.map((a) => `${a.number}. ${a.title}`));
    const quotes = difficulties.locator('blockquote');
    const wanted = assessments.flatMap((a) => (a.relatedParagraphs.get(String(t.task)) ?? a.paragraphs.map((_, n) => n + 1)).map((n) => ({ a, n })));
    await expect(quotes).toHaveCount(wanted.length);
    for (const [k, { a, n }] of wanted.entries()) {
      await expect(quotes.nth(k).locator('p').first()).toHaveText(a.paragraphs[n - 1] ?? '');
      await expect(quotes.nth(k).getByRole('link', { name: `Mục ${a.number}, đoạn ${n}` })).toHaveAttribute('href', new RegExp(`^${a.path}#[a-z0-9-]+-${n}$`));
    }
  });
}

test('an entry page lists the tasks that follow from its results', async ({ page }) => {
  const related = entries.filter((e) => e.task === undefined && e.relatedTasks.length > 1);
  expect(related.some((e) => e.collection === 'assessment')).toBe(true);
  expect(related.length).toBeGreaterThan(0);
  for (const e of related) {
    await page.goto(e.path);
    const region = page.getByRole('region', { name: 'Nhiệm vụ liên quan' });
    const expected = tasks.filter((t) => e.relatedTasks.includes(String(t.task)));
    await expect(region.getByRole('link')).toHaveText(expected.map((t) => `Nhiệm vụ ${t.task}: ${t.title}`));
    for (const t of expected) await expect(region.getByRole('link', { name: `Nhiệm vụ ${t.task}: ${t.title}` })).toHaveAttribute('href', t.path);
  }
});

test('at least 10 of the 13 task pages show figures of their results, and those with difficulties link them', () => {
  const withFigures = tasks.filter((t) => entries.some((e) => e.collection !== 'assessment' && e.relatedTasks.includes(String(t.task)) && e.indicators.length > 0));
  expect(withFigures.length).toBeGreaterThanOrEqual(10);
  const withDifficulties = tasks.filter((t) => entries.some((e) => e.collection === 'assessment' && e.relatedTasks.includes(String(t.task))));
  expect(withDifficulties.length).toBeGreaterThanOrEqual(10);
});

test('the tasks section card counts tasks, not entries', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('article.card').filter({ has: page.getByRole('link', { name: 'Nhiệm vụ Quý IV' }) });
  await expect(card).toContainText('13 nhiệm vụ');
  await expect(card).not.toContainText('14 mục');
});

test.describe('relations that point nowhere fail the build, naming the file and the field', () => {
  test.describe.configure({ timeout: 180_000 });
  const broken: [string, (text: string) => string, string][] = [
    ['an unknown task id', (t) => t.replace('relatedTasks: ["1"]', 'relatedTasks: ["1", "99"]'), 'economy/nong-nghiep.mdx: relatedTasks: "99" is not an entry of q4-tasks'],
    ['a paragraph the entry does not have', (t) => t.replace('relatedTasks: ["1"]', 'relatedTasks:\n  - { task: "2", paragraphs: [40] }'), 'economy/nong-nghiep.mdx: relatedTasks: task "2" names paragraph 40, but the entry has'],
  ];
  for (const [name, edit, message] of broken) {
    test(name, async () => {
      const content = copyContent(fixtureReport);
      const file = join(content, 'economy/nong-nghiep.mdx');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('relatedTasks: ["1"]');
      writeFileSync(file, edit(text));
      const result = await buildSiteAsync(content);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(message);
    });
  }
});
