import { expect, test } from '@playwright/test';
import { pageHtml } from '../support/site';

test('/toan-van/ shows footnotes 1–38 once each, under their own numbers', () => {
  const html = pageHtml('/toan-van/');
  const defs = [...html.matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1]));
  expect(defs).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  for (const [, n, text] of html.matchAll(/<a href="#fn-(\d+)" id="fnref-\d+(?:-\d+)?" data-footnote-ref[^>]*>([^<]*)<\/a>/g)) {
    expect(text, `reference to footnote ${n}`).toBe(n);
  }
  const refs = [...html.matchAll(/id="fnref-(\d+)"/g)].map((m) => Number(m[1]));
  expect(refs).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  // Each footnote list is labelled in Vietnamese and its back-links say where they go.
  // The list's heading sits one level below its entry's heading (I.2 is an h4, so h5) and each list
  // is a region with its own name.
  expect(html).toMatch(/<h5 id="chu-thich-1">Chú thích<\/h5>/);
  expect(html).toContain('aria-label="Chú thích mục I.2"');
  expect(html).toMatch(/<h6 id="chu-thich-14">Chú thích<\/h6>/);
  expect(html).toContain('aria-label="Quay lại vị trí chú thích 14"');
});

test('an entry page that holds footnotes 14 only shows 14, not 1', () => {
  const html = pageHtml('/kinh-te/kinh-te-cua-khau/');
  expect([...html.matchAll(/<li id="fn-(\d+)"[^>]*value="(\d+)"/g)].map((m) => [m[1], m[2]])).toEqual([['14', '14']]);
  expect(html).toMatch(/data-footnote-ref[^>]*>14<\/a>/);
});

test('paragraphs carry readable ids from their section number', () => {
  const html = pageHtml('/kinh-te/kinh-te-cua-khau/');
  expect(html).toMatch(/<p id="ii-1-b-1"[^>]*>Tiếp tục thực hiện đồng bộ các giải pháp về phát triển kinh tế cửa khẩu/);
  const dd = pageHtml('/kinh-te/doanh-nghiep-hop-tac-xa/');
  expect(dd).toMatch(/<p id="ii-1-dd-2"[^>]*>Tính từ đầu năm đến ngày 24\/9\/2021/);
  const task = pageHtml('/nhiem-vu-quy-iv/10/');
  expect(task).toMatch(/<p id="nhiem-vu-10-2"[^>]*>Tiếp tục thực hiện các giải pháp nâng cao chất lượng khám, chữa bệnh/);
});
