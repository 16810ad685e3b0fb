import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from './support/site';

/**
 * Every chart of the site, at phone to desktop widths, read from Chart.js's own layout: no two tick
 * labels of a scale overlap, none runs outside the canvas, no legend item is cut off, no value label
 * crosses the 100% plan line or that line's label — in light and dark. A doughnut's legend gives every
 * slice's value or none. One page load per page and width; all charts of a page are drawn and checked in
 * one evaluate.
 */

const WIDTHS = [320, 360, 768, 1280];

/** Pages that hold at least one chart. */
const chartPages = builtPages()
  .filter((p) => readFileSync(p.file, 'utf8').includes('<report-chart'))
  .map((p) => p.path);

/** What one page's charts look like after drawing: problems found, charts checked, and how much ink each has. */
interface LayoutReport {
  charts: number;
  labels: number;
  problems: string[];
  themes: string[];
  ink: number[];
}

/** Draw every chart of the page, then measure its tick labels and legend items from Chart.js. */
async function checkCharts(page: Page): Promise<LayoutReport> {
  return page.evaluate(async () => {
    type Box = { left: number; right: number; top: number; bottom: number; text: string };
    interface LabelItem {
      label: string | string[];
      font: { string: string; lineHeight: number };
      textOffset: number;
      options: { translation: [number, number]; textAlign: string; rotation: number };
    }
    interface ChartLike {
      width: number;
      height: number;
      canvas: HTMLCanvasElement;
      chartArea: { left: number; right: number; top: number; bottom: number };
      options: { indexAxis?: string };
      config: { type: string; options?: { plugins?: { reportReference?: { value: number } | false } } };
      scales: Record<string, { getLabelItems(): LabelItem[]; getPixelForValue(v: number): number }>;
      legend?: { options: { display: boolean }; legendHitBoxes: { left: number; top: number; width: number; height: number }[]; legendItems?: { text: string }[] };
    }
    /** A label as the chart drew it: text, anchor and alignment (the test measures its box itself). */
    interface DrawnLabel {
      text: string;
      x: number;
      y: number;
      align: CanvasTextAlign;
      baseline: CanvasTextBaseline;
    }
    interface Annotations {
      valueLabels: DrawnLabel[];
      font: string;
      reference?: { label: DrawnLabel; font: string };
    }
    const elements = [...document.querySelectorAll('report-chart')] as (HTMLElement & { draw(): Promise<unknown>; chart?: ChartLike; annotations?: Annotations })[];
    await Promise.all(elements.map((e) => e.draw()));
    const ctx = document.createElement('canvas').getContext('2d');
    const problems: string[] = [];
    const ink: number[] = [];
    let labels = 0;
    const tolerance = 0.5;
    const overlap = (a: Box, b: Box) => a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
    for (const element of elements) {
      const name = element.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? element.dataset['config']?.slice(0, 40) ?? '?';
      const chart = element.chart;
      if (!chart || !ctx) {
        problems.push(`${name}: not drawn`);
        continue;
      }
      const inside = (box: Box, what: string) => {
        if (box.left < -tolerance || box.top < -tolerance || box.right > chart.width + tolerance || box.bottom > chart.height + tolerance) {
          problems.push(`${name}: ${what} "${box.text}" is clipped (${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)} in ${chart.width} × ${chart.height})`);
        }
      };
      for (const [id, scale] of Object.entries(chart.scales)) {
        const boxes = scale.getLabelItems().map((item): Box => {
          const lines = Array.isArray(item.label) ? item.label : [item.label];
          ctx.font = item.font.string;
          const width = Math.max(...lines.map((l) => ctx.measureText(String(l)).width));
          const [x, y] = item.options.translation;
          if (item.options.rotation !== 0) problems.push(`${name}: scale ${id} rotates its labels`);
          const left = item.options.textAlign === 'center' ? x - width / 2 : item.options.textAlign === 'right' ? x - width : x;
          const top = y + item.textOffset - item.font.lineHeight / 2;
          return { left, right: left + width, top, bottom: top + lines.length * item.font.lineHeight, text: lines.join(' / ') };
        });
        labels += boxes.length;
        boxes.forEach((box, i) => {
          inside(box, `scale ${id} label`);
          for (const other of boxes.slice(i + 1)) {
            if (overlap(box, other)) problems.push(`${name}: scale ${id} labels "${box.text}" and "${other.text}" overlap`);
          }
        });
      }
      const legend = chart.legend;
      if (legend?.options.display) {
        const boxes = legend.legendHitBoxes.map((h, i): Box => ({ left: h.left, right: h.left + h.width, top: h.top, bottom: h.top + h.height, text: legend.legendItems?.[i]?.text ?? String(i) }));
        labels += boxes.length;
        boxes.forEach((box, i) => {
          inside(box, 'legend item');
          for (const other of boxes.slice(i + 1)) if (overlap(box, other)) problems.push(`${name}: legend items "${box.text}" and "${other.text}" overlap`);
        });
      }
      // Value labels and the plan line: measured here from the text, font and anchor each was drawn with.
      const drawnBox = (label: DrawnLabel, font: string): Box => {
        ctx.font = font;
        ctx.textAlign = label.align;
        ctx.textBaseline = label.baseline;
        const m = ctx.measureText(label.text);
        // The halo stroke (4 px wide) reaches 2 px beyond the glyphs.
        return { left: label.x - m.actualBoundingBoxLeft - 2, right: label.x + m.actualBoundingBoxRight + 2, top: label.y - m.actualBoundingBoxAscent - 2, bottom: label.y + m.actualBoundingBoxDescent + 2, text: label.text };
      };
      const notes = element.annotations;
      if (chart.config.type === 'bar') {
        if (!notes) {
          problems.push(`${name}: no annotations`);
        } else {
          const labelsDrawn = notes.valueLabels.map((l) => drawnBox(l, notes.font));
          if (labelsDrawn.length === 0) problems.push(`${name}: no value labels`);
          labelsDrawn.forEach((box) => inside(box, 'value label'));
          const plan = chart.config.options?.plugins?.reportReference;
          if (plan) {
            const horizontal = chart.options.indexAxis === 'y';
            const at = chart.scales[horizontal ? 'x' : 'y']?.getPixelForValue(plan.value) ?? NaN;
            const area = chart.chartArea;
            const line: Box = horizontal ? { left: at - 1, right: at + 1, top: area.top, bottom: area.bottom, text: 'plan line' } : { left: area.left, right: area.right, top: at - 1, bottom: at + 1, text: 'plan line' };
            if (!notes.reference) problems.push(`${name}: plan line not drawn`);
            const lineLabel = notes.reference ? drawnBox(notes.reference.label, notes.reference.font) : undefined;
            if (lineLabel) inside(lineLabel, 'plan line label');
            for (const box of labelsDrawn) {
              if (overlap(box, line)) problems.push(`${name}: value label "${box.text}" crosses the plan line`);
              if (lineLabel && overlap(box, lineLabel)) problems.push(`${name}: value label "${box.text}" and the plan line's label overlap`);
            }
          }
        }
      }
      // A doughnut's legend gives every slice's value, or no slice's.
      if (chart.config.type === 'doughnut' && legend?.legendItems) {
        const withValue = legend.legendItems.filter((item) => /: [\d.,]+ /.test(item.text)).length;
        if (withValue !== 0 && withValue !== legend.legendItems.length) problems.push(`${name}: the legend gives values for ${withValue} of ${legend.legendItems.length} slices`);
      }
      // The canvas carries marks: share of pixels that differ clearly from its top-left corner.
      const c = chart.canvas;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let differ = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs((data[i] ?? 0) - (data[0] ?? 0)) + Math.abs((data[i + 1] ?? 0) - (data[1] ?? 0)) + Math.abs((data[i + 2] ?? 0) - (data[2] ?? 0)) > 60) differ += 1;
      }
      ink.push(differ / Math.max(1, c.width * c.height));
    }
    return { charts: elements.length, labels, problems, themes: elements.map((e) => e.dataset['theme'] ?? ''), ink };
  });
}

/**
 * Every chart of the page is drawn at its frame's present width and height (after a resize, once the
 * chart has followed it). Both: when the width changes, Chart.js may first follow the new width with the
 * old height, and only a frame later the height the element gives the frame for the new width.
 */
async function settled(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('report-chart')].every((e) => {
      const chart = (e as HTMLElement & { chart?: { width: number; height: number } }).chart;
      const frame = e.querySelector('canvas')?.parentElement;
      return chart !== undefined && frame !== null && frame !== undefined && Math.abs(chart.width - frame.clientWidth) < 1 && Math.abs(chart.height - frame.clientHeight) < 1;
    }),
  );
}

// One page load per page: the charts are checked at each width in turn (they re-lay out as the
// viewport changes, as a reader rotating a phone or resizing a window sees), in light, then in dark.
// A figure page (/hinh/<n>/) draws its chart in the same column as its entry page once the screen is
// wider than that column, so above phone widths its entry page already checks the same layout.
for (const path of chartPages) {
  test(`${path}: tick labels and legends fit at ${WIDTHS.join(', ')} px, in light and dark`, async ({ page }) => {
    const widths = path.startsWith('/hinh/') ? WIDTHS.filter((w) => w <= 360) : WIDTHS;
    await page.setViewportSize({ width: widths[0] ?? 320, height: 800 });
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await page.goto(path);
    const count = await page.locator('report-chart').count();
    expect(count).toBeGreaterThan(0);
    // Charts draw as they near the viewport; draw them all now.
    await page.evaluate(() => Promise.all([...document.querySelectorAll('report-chart')].map((e) => (e as HTMLElement & { draw(): Promise<unknown> }).draw())));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        // Nothing on the page is wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBeLessThanOrEqual(0);
        await expect.poll(() => settled(page), `${width} px, ${colorScheme}: charts follow the width`).toBe(true);
        if (colorScheme === 'dark') await expect(page.locator('report-chart[data-theme="dark"][data-state="drawn"]')).toHaveCount(count);
        const report = await checkCharts(page);
        expect(report.charts).toBe(count);
        expect(report.labels).toBeGreaterThan(count);
        expect(report.problems, `${width} px, ${colorScheme}`).toEqual([]);
        expect(report.themes.every((t) => t === colorScheme)).toBe(true);
        for (const share of report.ink) expect(share, `${width} px, ${colorScheme}: the chart carries marks`).toBeGreaterThan(0.02);
      }
    }
  });
}

test('a chart re-lays out when its width changes: bars turn horizontal on a phone and back on a desktop, labels still fit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/kinh-te/cong-nghiep-thuong-mai-du-lich/');
  const industry = page.locator('#chi-so-san-xuat-cong-nghiep-theo-nganh report-chart');
  const axis = () => industry.evaluate((e) => (e as HTMLElement & { chart?: { options: { indexAxis?: string } } }).chart?.options.indexAxis);
  expect((await checkCharts(page)).problems).toEqual([]);
  expect(await axis()).toBe('x');
  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(axis).toBe('y');
  await expect.poll(async () => (await checkCharts(page)).problems).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(axis).toBe('x');
  await expect.poll(async () => (await checkCharts(page)).problems).toEqual([]);
});
