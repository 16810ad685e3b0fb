/**
 * Accessibility gate: axe-core with the WCAG 2.2 AA and best-practice rules, plus what axe cannot
 * see — charts with a name and a data table, a keyboard walk with a visible focus ring on every
 * stop, and pointer targets of at least 24×24 px.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The axe rule tags every page must pass. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One axe violation, with the elements it was found on. */
export interface AxeViolation {
  /** axe rule id, e.g. "image-alt". */
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * Scroll every chart into view, wait until each `<report-chart>` says it is drawn, then go back to the
 * top, so the gates see the page with its lazily drawn charts. (Waiting for the element rather than for
 * the network to fall quiet saves the half second `networkidle` always costs.)
 */
export async function drawCharts(page: Page): Promise<void> {
  for (const figure of await page.locator('figure:has(canvas)').all()) await figure.scrollIntoViewIfNeeded();
  // A chart that never draws fails here within half a minute, not at the pass's long timeout.
  const drawn = () => [...document.querySelectorAll<HTMLElement>('report-chart')].every((chart) => chart.dataset['state'] === 'drawn');
  await page.waitForFunction(drawn, undefined, { timeout: 30_000 }).catch((error: unknown) => {
    throw new Error(`${page.url()}: not every <report-chart> was drawn within 30 s (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The axe rules whose outcome depends on colours. Dark mode changes nothing but colours (the gate
 * `darkModeOnlyRecolours` holds the stylesheets to that), so a page passed by every rule in light is
 * checked again in dark with these alone.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Run axe on the page as it is now (every rule of `axeTags`, or only `rules`); returns its violations.
 * axe-core is injected once per loaded document and `axe.run` called in it: @axe-core/playwright's
 * `analyze()` re-injects axe and finishes every run in a new page, which costs 0.5–4 s a run here. The
 * top document only: a page with frames is refused rather than half checked.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  const { frames, injected } = await page.evaluate(() => ({ frames: document.querySelectorAll('iframe, frame').length, injected: 'axe' in window }));
  if (frames > 0) throw new Error(`axeViolations checks one document; ${page.url()} has ${frames} frame(s)`);
  if (!injected) await page.evaluate(axe.source);
  const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: axeTags };
  // Only violations come back: passes would carry every checked node across the wire.
  const violations = await page.evaluate(
    async (options) => (await (window as unknown as { axe: typeof axe }).axe.run(document, options)).violations,
    { runOnly, resultTypes: ['violations'] } satisfies axe.RunOptions,
  );
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Violations as one line each, for a failing assertion's message. */
export function formatAxe(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.rule} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}`).join('\n');
}

/**
 * Charts (a `<figure>` holding a `<canvas>`) that lack an accessible name or a data table with
 * header cells and at least one row of data. A canvas that is not aria-hidden needs a name too.
 */
export async function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      if (el.tagName === 'FIGURE') return text(el.querySelector(':scope > figcaption'));
      return '';
    };
    const problems: string[] = [];
    document.querySelectorAll('figure').forEach((figure, i) => {
      const canvas = figure.querySelector('canvas');
      if (!canvas) return;
      const where = figure.id ? `figure#${figure.id}` : `figure ${i + 1}`;
      if (!nameOf(figure)) problems.push(`${where}: the chart has no accessible name (figcaption, aria-label or aria-labelledby)`);
      if (canvas.getAttribute('aria-hidden') !== 'true' && !nameOf(canvas)) {
        problems.push(`${where}: the canvas is neither aria-hidden nor named`);
      }
      const table = figure.querySelector('table');
      if (!table) {
        problems.push(`${where}: the chart has no data table`);
        return;
      }
      const headers = table.querySelectorAll('th').length;
      const dataRows = [...table.querySelectorAll('tbody tr, tr')].filter((tr) => tr.querySelector('td')).length;
      if (headers === 0 || dataRows === 0) problems.push(`${where}: the data table needs header cells and at least one row of data`);
    });
    return problems;
  });
}

/** One stop of a keyboard walk: the focused element and how it looked. */
export interface FocusStop {
  /** Index of the element among the page's tabbable elements (see `tabbableCount`), or -1. */
  index: number;
  /** ARIA role, roughly: link, button, searchbox, textbox, … */
  role: string;
  /** Accessible name, roughly: aria-label, label or text. */
  name: string;
  /** Computed outline of the focused element. */
  outline: { style: string; width: number; color: string };
  /** Size of the focused element's box. */
  box: { width: number; height: number };
  /** A link inside running text (exempt from the target-size rule). */
  inline: boolean;
  /** Where it is: the nearest ancestor with a class or id, then the element ("nav.breadcrumbs a"). */
  where: string;
}

/** Number every tabbable element of the page (in a WeakMap), so walk stops can be matched to them. */
async function markTabbables(page: Page): Promise<{ count: number; labels: string[] }> {
  return page.evaluate(() => {
    const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      root.querySelectorAll('*').forEach((el) => {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      });
    };
    visit(document);
    const tabbable = found.filter((el) => {
      const h = el as HTMLElement;
      if (h.tabIndex < 0 || (h as HTMLButtonElement).disabled || h.closest('[inert]')) return false;
      // Not rendered (display: none, inside a closed <details>, …) means not reachable.
      return h.checkVisibility({ checkVisibilityCSS: true });
    });
    const ids = new WeakMap<Element, number>();
    tabbable.forEach((el, i) => ids.set(el, i));
    (window as unknown as { qualityTabbables: WeakMap<Element, number> }).qualityTabbables = ids;
    (window as unknown as { qualityTabbableList: Element[] }).qualityTabbableList = tabbable;
    return {
      count: tabbable.length,
      labels: tabbable.map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`),
    };
  });
}

/**
 * Install, in the page, a recorder of focus stops: on every `focusin` it notes the element that has
 * focus (through shadow roots) and how it looks. Reading the stops in batches keeps a walk through
 * hundreds of controls to a few round trips per batch of Tabs.
 */
async function recordFocusStops(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stops: unknown[] = [];
    (window as unknown as { qualityStops: unknown[] }).qualityStops = stops;
    const describeFocus = () => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return undefined;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const tag = el.tagName.toLowerCase();
      const type = (el as HTMLInputElement).type;
      const role =
        el.getAttribute('role') ??
        (tag === 'a' ? 'link' : tag === 'input' ? (type === 'search' ? 'searchbox' : type === 'checkbox' || type === 'radio' ? type : type === 'submit' || type === 'button' ? 'button' : 'textbox') : tag === 'summary' ? 'button' : tag === 'select' ? 'combobox' : tag);
      const labels = (el as HTMLInputElement).labels;
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
      const labelText = labels && labels.length > 0 ? [...labels].map((l) => l.textContent).join(' ') : '';
      const name = (el.getAttribute('aria-label') || labelledBy || labelText || el.textContent || (el as HTMLInputElement).value || '').replace(/\s+/g, ' ').trim();
      // A link inside running text (WCAG 2.5.8's inline exception): inline or inline-block, in a block of words.
      let inline = false;
      if (tag === 'a' && style.display.startsWith('inline')) {
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        // Running text: the block holds words of its own besides the link's.
        inline = /\p{L}/u.test((block?.textContent ?? '').replace(el.textContent ?? '', ''));
      }
      const describe = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;
      const landmark = el.parentElement?.closest('[class], [id]');
      const where = `${landmark ? `${describe(landmark)} ` : ''}${describe(el)}`;
      const ids = (window as unknown as { qualityTabbables?: WeakMap<Element, number> }).qualityTabbables;
      return {
        index: ids?.get(el) ?? -1,
        role,
        name,
        outline: { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) || 0, color: style.outlineColor },
        box: { width: rect.width, height: rect.height },
        inline,
        where,
      };
    };
    document.addEventListener('focusin', () => {
      const stop = describeFocus();
      if (stop) stops.push(stop);
    });
  });
}

/** Stops recorded since `from`. */
async function recordedStops(page: Page, from: number): Promise<FocusStop[]> {
  return page.evaluate((n) => ((window as unknown as { qualityStops: FocusStop[] }).qualityStops ?? []).slice(n), from);
}

/** The result of a keyboard-only walk through a page. */
export interface KeyboardWalk {
  /** Every stop, in Tab order, from the first to the last before focus leaves the page or cycles. */
  stops: FocusStop[];
  /** Tabbable elements (label and index) that Tab never reached. */
  unreached: string[];
}

/**
 * Press Tab from the top of the freshly loaded page until focus leaves the document or comes back
 * to the first stop, recording each stop. `limit` bounds the walk on very long pages.
 */
export async function keyboardWalk(page: Page, limit = 2000): Promise<KeyboardWalk> {
  const { count, labels } = await markTabbables(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await recordFocusStops(page);
  const stops: FocusStop[] = [];
  const max = Math.min(limit, count + 5);
  const batch = 20;
  let pressed = 0;
  let done = false;
  while (!done && pressed < max) {
    const presses = Math.min(batch, max - pressed);
    // The presses of a batch are sent without waiting for each other (the protocol keeps their order), so
    // a batch costs about one round trip; the recorder in the page still sees every stop in Tab order.
    await Promise.all(Array.from({ length: presses }, () => page.keyboard.press('Tab')));
    pressed += presses;
    const fresh = await recordedStops(page, stops.length);
    // Focus left the page (nothing new was focused) or came back round to the first stop: the walk is over.
    if (fresh.length === 0) break;
    for (const stop of fresh) {
      if (stops.length > 0 && stop.index >= 0 && stop.index === stops[0]?.index) {
        done = true;
        break;
      }
      stops.push(stop);
    }
  }
  const reached = new Set(stops.map((s) => s.index));
  const unreached = labels.map((label, i) => `${i}: ${label}`).filter((_, i) => !reached.has(i));
  return { stops, unreached };
}

/**
 * Stops without a visible focus ring: outline none, thinner than 2 px, or transparent. The
 * browser's own ring (`outline-style: auto`) counts as visible.
 */
export function focusRingProblems(stops: FocusStop[]): string[] {
  return stops
    .filter((s) => s.outline.style === 'none' || (s.outline.style !== 'auto' && s.outline.width < 2) || /transparent|rgba\([^)]*,\s*0\)/.test(s.outline.color))
    .map((s) => `${s.role} "${s.name}" (${s.where}): outline ${s.outline.style} ${s.outline.width}px ${s.outline.color}`);
}

/**
 * Focus every tabbable element of the page once, in document order, without pressing Tab, and return
 * the stops recorded: how each looks as the page is laid out now (e.g. after a change of width). Call
 * after `keyboardWalk`, which installs the recorder.
 */
export async function focusEveryTabbable(page: Page): Promise<FocusStop[]> {
  await markTabbables(page);
  const from = await page.evaluate(() => (window as unknown as { qualityStops?: unknown[] }).qualityStops?.length);
  if (from === undefined) throw new Error('focusEveryTabbable: no focus recorder in the page (run keyboardWalk first)');
  await page.evaluate(() => {
    for (const el of (window as unknown as { qualityTabbableList: HTMLElement[] }).qualityTabbableList) el.focus({ preventScroll: true });
    (document.activeElement as HTMLElement | null)?.blur();
  });
  return recordedStops(page, from);
}

/**
 * Stops smaller than `min`×`min` px that are not links inside running text: 24 px is WCAG 2.5.8 (AA),
 * 44 px the touch size of WCAG 2.5.5 (AAA) that phones need.
 */
export function smallTargetProblems(stops: FocusStop[], min = 24): string[] {
  return stops
    .filter((s) => !s.inline && (s.box.width < min || s.box.height < min))
    .map((s) => `${s.role} "${s.name}" (${s.where}): ${s.box.width.toFixed(1)}×${s.box.height.toFixed(1)} px`);
}

/**
 * Declarations inside `@media (prefers-color-scheme: dark)` blocks of the given CSS that set anything
 * other than a colour: a custom property (`--x`) or a colour property. Empty means dark mode only recolours.
 */
export function darkModeNonColourDeclarations(css: string): string[] {
  const colourProperty = /^(--[\w-]+|color|background(-color)?|border(-(top|right|bottom|left))?-color|outline-color|fill|stroke|caret-color|accent-color|text-decoration-color|box-shadow|color-scheme|column-rule-color)$/;
  const found: string[] = [];
  for (const block of css.matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}/g)) {
    for (const rule of (block[1] ?? '').matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
      for (const declaration of (rule[2] ?? '').split(';')) {
        const property = declaration.split(':')[0]?.trim().toLowerCase() ?? '';
        if (property && !colourProperty.test(property)) found.push(`${(rule[1] ?? '').trim()} { ${declaration.trim()} }`);
      }
    }
  }
  return found;
}
