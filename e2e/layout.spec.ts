import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './support/build';

/** The bundled report's metadata, read from content/ as the editor wrote it. */
const report = JSON.parse(readFileSync(join(projectRoot, 'content/report.json'), 'utf8')) as {
  sections: { title: string }[];
  mainPoints: { quote: string }[];
};
const topLinks = [...report.sections.map((s) => s.title), 'Toàn văn', 'Dữ liệu'];
/** The Q4 tasks' titles, in task order, as their files give them. */
const taskTitles = readdirSync(join(projectRoot, 'content/q4-tasks'))
  .map((f) => readFileSync(join(projectRoot, 'content/q4-tasks', f), 'utf8'))
  .map((text) => ({ task: Number(/^task: (\d+)$/m.exec(text)?.[1]), title: /^title: "(.*)"$/m.exec(text)?.[1] ?? '' }))
  .filter((t) => Number.isInteger(t.task))
  .sort((a, b) => a.task - b.task)
  .map((t) => t.title);

test.describe('phones, 360×780', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('"Điểm chính" starts on the first screen of the home page', async ({ page }) => {
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 2, name: 'Điểm chính', exact: true });
    await expect(heading).toBeInViewport();
    const box = await heading.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(780);
  });

  test('the home page\'s first screen shows a main point and three headline figures, whole', async ({ page }) => {
    await page.goto('/');
    const within = async (boxes: ({ y: number; height: number } | null)[]) => boxes.filter((b) => b && b.y >= 0 && b.y + b.height <= 780).length;
    const points = page.getByRole('region', { name: 'Điểm chính' }).getByRole('listitem');
    await expect(points.first()).toHaveText(report.mainPoints[0]?.quote ?? '');
    expect(await within([await points.first().boundingBox()]), 'a main point within the first 780 px').toBe(1);
    const figures = page.getByRole('region', { name: 'Số liệu chính' }).getByRole('listitem');
    const boxes = await Promise.all((await figures.all()).map((f) => f.boundingBox()));
    expect(await within(boxes), 'headline figures within the first 780 px').toBeGreaterThanOrEqual(3);
  });

  test('/toan-van/: half-way down, a slim bar at the top names the section being read; "Mục lục" opens the contents, a link lands below the bar', async ({ page }) => {
    await page.goto('/toan-van/');
    await page.locator('#ii-2').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => scrollBy(0, 600));
    const bar = page.getByRole('navigation', { name: 'Mục lục' });
    const box = await bar.boundingBox();
    expect(box && Math.abs(box.y) <= 2 && box.height <= 50, `the bar sticks to the top, slim: ${JSON.stringify(box)}`).toBe(true);
    await expect(bar.locator('.toc__current')).toHaveText('II.2 Lĩnh vực văn hoá - xã hội');
    // The disclosure's summary, a native button ("Mục lục"; Playwright gives <summary> no role).
    const open = bar.locator('summary');
    await expect(open).toHaveText(/^Mục lục/);
    await expect(open).toBeInViewport();
    const openBox = await open.boundingBox();
    expect(openBox && openBox.width >= 44 && openBox.height >= 44, `"Mục lục" is a 44×44 px touch target: ${JSON.stringify(openBox)}`).toBe(true);
    await open.click();
    const task = bar.getByRole('link', { name: 'Nhiệm vụ 5: Kinh tế cửa khẩu, xuất nhập khẩu', exact: true });
    await task.scrollIntoViewIfNeeded();
    await expect(task).toBeInViewport();
    await task.click();
    await expect(page).toHaveURL(/#nhiem-vu-5$/);
    await expect(bar.getByRole('link', { name: 'Nhiệm vụ 1: Phòng, chống dịch Covid-19 và mục tiêu kép', exact: true })).toBeHidden();
    const target = await page.locator('#nhiem-vu-5').boundingBox();
    const after = await bar.boundingBox();
    expect(target && after && target.y >= after.y + after.height, `the task starts below the bar: ${JSON.stringify({ target, after })}`).toBe(true);
    await expect(bar.locator('.toc__current')).toHaveText('Nhiệm vụ 5: Kinh tế cửa khẩu, xuất nhập khẩu');

    const top = bar.getByRole('link', { name: 'Lên đầu trang' });
    await expect(top).toBeInViewport();
    const size = await top.boundingBox();
    expect(size && size.width >= 44 && size.height >= 44).toBe(true);
    await top.click();
    await expect(page).toHaveURL(/#noi-dung$/);
    expect(await page.evaluate(() => scrollY)).toBeLessThan(200);
  });

  test('Esc closes the phone\'s contents and gives focus back to "Mục lục"', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const bar = page.getByRole('navigation', { name: 'Mục lục' });
    const open = bar.locator('summary');
    await open.click();
    const link = bar.getByRole('link', { name: 'Chú thích', exact: true });
    await expect(link).toBeVisible();
    await link.focus();
    await page.keyboard.press('Escape');
    await expect(link).toBeHidden();
    await expect(open).toBeFocused();
  });

  for (const path of ['/', '/kinh-te/', '/kinh-te/kinh-te-cua-khau/', '/toan-van/', '/nhiem-vu-quy-iv/1/', '/du-lieu/', '/tim-kiem/']) {
    test(`${path}: the header is at most 120 px tall`, async ({ page }) => {
      await page.goto(path);
      const box = await page.getByRole('banner').boundingBox();
      expect(box?.height).toBeLessThanOrEqual(120);
    });
  }

  test('the Menu button opens every section, "Toàn văn" and "Dữ liệu" in one tap, with the current one marked', async ({ page }) => {
    await page.goto('/kinh-te/kinh-te-cua-khau/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Toàn văn' })).toBeHidden();
    const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    for (const name of topLinks) await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport();
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('Kinh tế');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Toàn văn' })).toBeHidden();
  });

  test('the search hint fits the box: the placeholder is not cut', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Tìm trong báo cáo' });
    const fits = await box.evaluate((input: HTMLInputElement) => {
      const probe = document.createElement('span');
      const style = getComputedStyle(input);
      probe.style.font = style.font;
      probe.style.position = 'absolute';
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const need = probe.getBoundingClientRect().width + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      probe.remove();
      return need <= input.clientWidth;
    });
    expect(fits).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });

  test('the header\'s "Menu" link leads to a list of every part of the site', async ({ page }) => {
    await page.goto('/kinh-te/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Menu' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#chi-muc$/);
    const list = page.getByRole('navigation', { name: 'Các phần của báo cáo' });
    for (const name of topLinks) await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(list.locator('a[aria-current="page"]')).toHaveText('Kinh tế');
  });
});

test.describe('wide screens without JavaScript', () => {
  test.use({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });

  test('"Mục lục" still lists the headings beside the text', async ({ page }) => {
    await page.goto('/toan-van/');
    const nav = page.getByRole('navigation', { name: 'Mục lục' });
    await expect(nav.getByRole('link', { name: 'II.1.b Phát triển kinh tế cửa khẩu', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Lên đầu trang' })).toBeVisible();
  });
});

// No page scrolls sideways at 320 px: checked for every page in e2e/quality/every-page.spec.ts.

/** Text of the contents item marked as the one being read. */
const marked = (page: Page) => page.getByRole('navigation', { name: 'Mục lục' }).locator('a[aria-current="true"]');

test.describe('wide screens, 1280×900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const { path, later } of [
    { path: '/toan-van/', later: '#iii-2' },
    { path: '/kinh-te/kinh-te-cua-khau/', later: '#so-lieu-trong-muc' },
  ]) {
    test(`${path}: half-way down, "Mục lục" is in view beside the text and marks the heading being read`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
      const nav = page.getByRole('navigation', { name: 'Mục lục' });
      await expect(nav).toBeInViewport();
      await expect(nav.getByRole('link', { name: 'Lên đầu trang' })).toBeVisible();
      const navBox = await nav.boundingBox();
      const textBox = await page.locator('.with-contents__text').boundingBox();
      expect(navBox && textBox && navBox.x >= textBox.x + textBox.width, 'the contents list is right of the text, not over it').toBe(true);
      expect(navBox && navBox.y >= 0 && navBox.y + navBox.height <= 900).toBe(true);

      await expect(marked(page)).toHaveCount(1);
      const before = await marked(page).textContent();
      await page.locator(later).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect(marked(page)).toHaveAttribute('href', later);
      expect(await marked(page).textContent()).not.toBe(before);
    });
  }

  test('the contents of /toan-van/ are the report\'s headings with their numbers and the tasks by name, not paragraphs', async ({ page }) => {
    await page.goto('/toan-van/');
    const nav = page.getByRole('navigation', { name: 'Mục lục' });
    await expect(nav.getByRole('link', { name: 'II.1.a Sản xuất nông, lâm nghiệp và xây dựng nông thôn mới', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: /^Đoạn \d/ })).toHaveCount(0);
    const tasks = nav.getByRole('link', { name: /^Nhiệm vụ \d+: / });
    await expect(tasks).toHaveCount(taskTitles.length);
    for (const [i, title] of taskTitles.entries()) {
      await expect(tasks.nth(i)).toHaveText(`Nhiệm vụ ${i + 1}: ${title}`);
      await expect(tasks.nth(i)).toHaveAttribute('href', `#nhiem-vu-${i + 1}`);
    }
  });

  test('the navigation wraps the same on every page: same links at the same places', async ({ page }) => {
    const layouts: string[] = [];
    for (const path of ['/', '/kinh-te/', '/kinh-te/kinh-te-cua-khau/', '/toan-van/', '/du-lieu/', '/tim-kiem/', '/nhiem-vu-quy-iv/']) {
      await page.goto(path);
      const links = await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link').evaluateAll((as) =>
        as.map((a) => { const r = a.getBoundingClientRect(); return `${a.textContent} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}`; }).join(' | '));
      layouts.push(links);
    }
    expect(new Set(layouts).size, layouts.join('\n')).toBe(1);
  });

  test('text lines on /toan-van/ hold about 65–75 characters', async ({ page }) => {
    await page.goto('/toan-van/');
    const perLine = await page.locator('#ii-1-a-1').evaluate((p) => {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      const counts = [...lines.values()].slice(0, -1);
      return counts.reduce((a, b) => a + b, 0) / counts.length;
    });
    expect(perLine).toBeGreaterThanOrEqual(60);
    expect(perLine).toBeLessThanOrEqual(80);
  });
});

test('on /toan-van/ no h2–h6 in main is smaller than the body text, and levels descend', async ({ page }) => {
  await page.goto('/toan-van/');
  const sizes = await page.evaluate(() => {
    const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    const body = Math.max(...[...document.querySelectorAll('main p')].map(px));
    const smaller = [...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)')].filter((h) => px(h) < body).map((h) => `${h.tagName} "${h.textContent?.trim().slice(0, 40)}" ${px(h)}px`);
    const level = (tag: string) => [...document.querySelectorAll(`main ${tag}:not(section[data-footnotes] *)`)].map(px);
    return { body, smaller, h2: Math.min(...level('h2')), h3: Math.max(...level('h3')), h3min: Math.min(...level('h3')), h4: Math.max(...level('h4')), h4min: Math.min(...level('h4')), h5: Math.max(...level('h5')) };
  });
  expect(sizes.body).toBeGreaterThanOrEqual(16);
  expect(sizes.smaller).toEqual([]);
  expect(sizes.h2).toBeGreaterThan(sizes.h3);
  expect(sizes.h3min).toBeGreaterThan(sizes.h4);
  expect(sizes.h4min).toBeGreaterThan(sizes.h5);
});

test('footnote references are true superscripts with no gap before them', async ({ page }) => {
  await page.goto('/kinh-te/nong-lam-nghiep-nong-thon-moi/');
  const ref = page.locator('a[data-footnote-ref]').first();
  const { gap, raised, smaller } = await ref.evaluate((a) => {
    const sup = a.closest('sup');
    const before = sup?.previousSibling;
    const range = document.createRange();
    const text = before?.textContent ?? '';
    if (before) {
      range.setStart(before, text.length - 1);
      range.setEnd(before, text.length);
    }
    const last = range.getBoundingClientRect();
    const mark = a.getBoundingClientRect();
    const fontSize = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    return { gap: mark.left - last.right, raised: mark.bottom < last.bottom, smaller: fontSize(a) < fontSize(a.closest('p') ?? a) };
  });
  expect(Math.abs(gap)).toBeLessThan(1.5);
  expect(raised).toBe(true);
  expect(smaller).toBe(true);
});

test('each main point on the home page is credited with a link to a paragraph that holds its quote', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('section[aria-labelledby="diem-chinh"] li');
  await expect(items).toHaveCount(report.mainPoints.length);
  const links: { href: string; quote: string }[] = [];
  for (const [i, point] of report.mainPoints.entries()) {
    await expect(items.nth(i)).toContainText(point.quote);
    // Points that quote one paragraph share one credit, under them.
    const credit = items.nth(i).locator('xpath=ancestor::ul[1]/following-sibling::p[1]').getByRole('link');
    links.push({ href: (await credit.getAttribute('href')) ?? '', quote: point.quote });
  }
  for (const { href, quote } of links) {
    await page.goto(href);
    const id = new URL(href, 'http://x').hash;
    expect(id).toMatch(/^#[a-z0-9-]+-\d+$/);
    // Footnote marks are not part of the sentence: compare with them left out, as the build check does.
    const text = await page.locator(`p${id}`).evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup, .anchor-mark').forEach((el) => el.remove());
      return copy.textContent?.replace(/\s+/g, ' ') ?? '';
    });
    expect(text).toContain(quote);
  }
});

test('an entry page opens with its heading, its summary, then the text; its figures link to the paragraphs that print them', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  const lead = await page.locator('.entry__lead').boundingBox();
  const text = await page.locator('#ii-1-b-1').boundingBox();
  expect(heading && lead && text && heading.y < lead.y && lead.y < text.y).toBe(true);
  expect(text && text.y).toBeLessThan(780);

  const figures = page.getByRole('region', { name: 'Số liệu trong mục này' });
  const items = figures.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const href = (await item.getByRole('link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^#(ii-1-b-\d+|fn-\d+)$/);
    const value = ((await item.locator('.entry-figure__value').textContent()) ?? '').split(' ')[0] ?? '';
    await expect(page.locator(href)).toContainText(value);
  }
});

test('a main point quoting the closing paragraph of a part is credited to that part, not to the section it happens to stand in', async ({ page }) => {
  await page.goto('/');
  const credits = page.getByRole('region', { name: 'Điểm chính' }).locator('.main-point__source a');
  await expect(credits).toHaveCount(1);
  await expect(credits).toHaveText('Đoạn cuối của Phần I — Mục III.2, đoạn 5');
  await expect(credits).toHaveAttribute('href', '/kho-khan-han-che/nguyen-nhan/#iii-2-5');
  await expect(page.getByRole('region', { name: 'Điểm chính' })).not.toContainText('Nguyên nhân của những hạn chế');
});
