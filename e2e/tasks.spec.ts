import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryText } from '../src/lib/entry-text';
import { projectRoot } from './support/build';

/** One MDX entry as the content folder holds it: its page path, frontmatter fields the tests need, and body. */
interface ContentEntry {
  path: string;
  title: string;
  number: string;
  order: number;
  task: number | undefined;
  relatedTasks: string[];
  paragraphs: string[];
}

const contentDir = join(projectRoot, 'content');
const report = JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')) as { sections: { collection: string; segment: string }[] };

function readEntries(): ContentEntry[] {
  return report.sections.flatMap(({ collection, segment }) =>
    readdirSync(join(contentDir, collection))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const text = readFileSync(join(contentDir, collection, f), 'utf8');
        const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const field = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(frontmatter)?.[1];
        const task = field('task');
        return {
          path: `/${segment}/${task ?? f.replace(/\.mdx$/, '')}/`,
          title: JSON.parse(field('title') ?? '""') as string,
          number: JSON.parse(field('number') ?? '""') as string,
          order: Number(field('order')),
          task: task === undefined ? undefined : Number(task),
          relatedTasks: JSON.parse(field('relatedTasks') ?? '[]') as string[],
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
      await expect(page.locator(`#nhiem-vu-${t.task}-${k + 1}`)).toHaveText(text);
    }

    const nav = page.getByRole('navigation', { name: 'Nhiệm vụ trước và sau' });
    const previous = tasks.find((o) => o.task === (t.task ?? 0) - 1);
    const next = tasks.find((o) => o.task === (t.task ?? 0) + 1);
    if (previous) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', previous.path);
    else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', next.path);
    else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);

    const results = entries.filter((e) => e.relatedTasks.includes(String(t.task))).sort((a, b) => a.order - b.order);
    expect(results.length, `task ${t.task} follows from at least one result`).toBeGreaterThan(0);
    const region = page.getByRole('region', { name: 'Kết quả thực hiện liên quan' });
    await expect(region.getByRole('link')).toHaveText(results.map((r) => `${r.number}. ${r.title}`));
    for (const r of results) await expect(region.getByRole('link', { name: `${r.number}. ${r.title}` })).toHaveAttribute('href', r.path);
  });
}

test('an entry page lists the tasks that follow from its results', async ({ page }) => {
  const related = entries.filter((e) => e.task === undefined && e.relatedTasks.length > 1);
  expect(related.length).toBeGreaterThan(0);
  for (const e of related) {
    await page.goto(e.path);
    const region = page.getByRole('region', { name: 'Nhiệm vụ liên quan' });
    const expected = tasks.filter((t) => e.relatedTasks.includes(String(t.task)));
    await expect(region.getByRole('link')).toHaveText(expected.map((t) => `Nhiệm vụ ${t.task}: ${t.title}`));
    for (const t of expected) await expect(region.getByRole('link', { name: `Nhiệm vụ ${t.task}: ${t.title}` })).toHaveAttribute('href', t.path);
  }
});
