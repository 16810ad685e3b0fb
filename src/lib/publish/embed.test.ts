import { describe, expect, it } from 'vitest';
import type { Chart } from '../../schemas/chart.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { chartHeight, chartSpec } from '../charts/spec.ts';
import { embedHeight, embedHostScript, embedSnippet, FIGURE_HEIGHT, FIGURE_MEASURE } from './embed.ts';

const indicator = (id: string, value: number): Indicator => ({ id, label: `Chỉ tiêu ${id}`, value, unit: 'tỷ đồng', headline: false });
const chart: Chart = { id: 'thu-chi', title: 'Thu & chi "ngân sách"', type: 'horizontal-bar', measure: 'value', indicators: ['a', 'b', 'c'] };
const spec = chartSpec(chart, [indicator('a', 1), indicator('b', 2), indicator('c', 3)], 7);

describe('embedSnippet', () => {
  it('is an iframe of the figure page (title escaped, full width, a starting height) and the host script, with no inline style or script', () => {
    expect(embedSnippet(spec, 'https://example.gov.vn/bao-cao/hinh/7/', 'https://example.gov.vn/bao-cao/nhung-hinh.js')).toBe(
      `<iframe src="https://example.gov.vn/bao-cao/hinh/7/" title="Hình 7: Thu &amp; chi &quot;ngân sách&quot;" width="100%" height="${embedHeight(spec)}" frameborder="0" loading="lazy"></iframe>\n` +
        '<script src="https://example.gov.vn/bao-cao/nhung-hinh.js" async></script>',
    );
  });

  it('starts as tall as the chart at phone and desktop widths, plus room for the title and source', () => {
    expect(embedHeight(spec)).toBe(Math.max(chartHeight(spec, 328), chartHeight(spec, 640)) + 160);
  });
});

/** Run the host script in a stand-in page holding `frames`, loaded from `src`; returns its message listener and what it posted. */
function runHost(src: string, frames: { src: string; contentWindow: object }[]) {
  let listener: ((event: { origin: string; source: unknown; data: unknown }) => void) | undefined;
  const posted: { frame: number; message: unknown; origin: string }[] = [];
  const elements = frames.map((f, n) => {
    const attributes: Record<string, string> = {};
    const contentWindow = Object.assign(f.contentWindow, { postMessage: (message: unknown, origin: string) => posted.push({ frame: n, message, origin }) });
    return { src: f.src, contentWindow, style: {} as Record<string, string>, attributes, setAttribute: (k: string, v: string) => (attributes[k] = v) };
  });
  const window: Record<string, unknown> = { addEventListener: (type: string, fn: typeof listener) => type === 'message' && (listener = fn) };
  const document = { currentScript: { src }, readyState: 'complete', getElementsByTagName: () => elements, addEventListener: () => undefined };
  new Function('window', 'document', embedHostScript())(window, document);
  return { send: (event: { origin: string; source: unknown; data: unknown }) => listener?.(event), elements, posted, window, document };
}

describe('embedHostScript', () => {
  const site = 'https://example.gov.vn';
  const figureWindow = {};
  const otherWindow = {};
  const setUp = () =>
    runHost(`${site}/bao-cao/nhung-hinh.js`, [
      { src: `${site}/bao-cao/hinh/3/`, contentWindow: figureWindow },
      { src: 'https://video.example.com/embed/1', contentWindow: otherWindow },
    ]);

  it('asks each frame of the site’s figure pages for its height, and only those', () => {
    const { posted, elements } = setUp();
    expect(posted).toEqual([{ frame: 0, message: { type: FIGURE_MEASURE }, origin: site }]);
    expect(elements[0]?.style).toMatchObject({ border: '0', width: '100%' });
    expect(elements[1]?.style).toEqual({});
  });

  it.each([
    ['sizes the frame that sent the message', { origin: site, source: figureWindow, data: { type: FIGURE_HEIGHT, height: 512.4 } }, '513px'],
    ['ignores another origin', { origin: 'https://evil.example', source: figureWindow, data: { type: FIGURE_HEIGHT, height: 900 } }, undefined],
    ['ignores a window that is no frame of the page', { origin: site, source: {}, data: { type: FIGURE_HEIGHT, height: 900 } }, undefined],
    ['ignores other messages', { origin: site, source: figureWindow, data: { type: 'other', height: 900 } }, undefined],
    ['ignores a height that is no number or out of bounds', { origin: site, source: figureWindow, data: { type: FIGURE_HEIGHT, height: -5 } }, undefined],
  ])('%s', (_, event, height) => {
    const { send, elements } = setUp();
    send(event);
    expect(elements[0]?.style['height']).toBe(height);
    expect(elements[0]?.attributes['height']).toBe(height?.replace('px', ''));
  });

  it('runs once per site even when a page pastes the snippet twice', () => {
    const first = setUp();
    const posted: unknown[] = [];
    const again = { ...first.document, getElementsByTagName: () => [{ src: `${site}/bao-cao/hinh/4/`, contentWindow: { postMessage: (m: unknown) => posted.push(m) }, style: {} }] };
    new Function('window', 'document', embedHostScript())(first.window, again);
    expect(posted).toEqual([]);
  });
});
