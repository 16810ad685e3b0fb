/**
 * Layout checks read from the laid-out page: paragraph tools that lie over text, and a heading scale
 * where the page's title (h1) is smaller than one of its h2s.
 */
import type { Page } from '@playwright/test';

/** The controls `<report-anchors>` adds: ¶ / # marks, a figure's pair, and the tools panel's buttons and field. */
export const toolControls = '.anchor-mark, .cite-panel button, .cite-panel input';

/**
 * Every visible paragraph-tool control whose box intersects the box of a line of text anywhere on the
 * page, as "control name ↔ "text…"". Lines are the client rects of each rendered text node
 * (`Range.getClientRects()`), except the controls' own words; boxes that only touch do not count.
 * Read at the top of the page, so sticky bars are where the flow puts them.
 */
export async function toolTextOverlaps(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.evaluate((selector) => {
    const visible = (el: Element) => el.checkVisibility({ checkVisibilityCSS: true, opacityProperty: true });
    const controls = [...document.querySelectorAll(selector)].filter(visible).map((el) => ({
      name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
      box: el.getBoundingClientRect(),
    }));
    const lines: { text: string; box: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim()) return NodeFilter.FILTER_REJECT;
        if (parent.closest(`${selector}, script, style, template`)) return NodeFilter.FILTER_REJECT;
        return visible(parent) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        // Visually hidden text (1 px, clipped) is no line a reader sees.
        if (box.width >= 2 && box.height >= 2) lines.push({ text: (node.textContent ?? '').trim().slice(0, 40), box });
      }
    }
    const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const found: string[] = [];
    for (const control of controls) {
      for (const line of lines) {
        if (overlap(control.box, line.box)) found.push(`${control.name} ↔ "${line.text}"`);
      }
    }
    return found;
  }, toolControls);
}

/** Each h2 whose font is larger than the page's h1, as 'h2 "text" 24px > h1 20.8px'; empty when the scale holds. */
export async function headingScaleProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const px = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    const h1 = document.querySelector('h1');
    if (!h1) return ['the page has no h1'];
    const top = px(h1);
    return [...document.querySelectorAll('h2')]
      .filter((h) => px(h) > top)
      .map((h) => `h2 "${(h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}" ${px(h)}px > h1 ${top}px`);
  });
}
