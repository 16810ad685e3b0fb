import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/site';
import { darkModeNonColourDeclarations, focusRingProblems, keyboardWalk } from '../support/quality-a11y';
import { citeText } from '../../src/lib/publish/index.ts';

test('dark mode only recolours: every prefers-color-scheme: dark block of the built CSS sets colours alone', () => {
  const css = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.css'))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
  const inline = builtPages().flatMap(({ file }) => [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''));
  const all = [...css, ...inline].join('\n');
  expect(all).toMatch(/prefers-color-scheme:\s*dark/);
  expect(darkModeNonColourDeclarations(all)).toEqual([]);
  // The gate itself bites: a dark block that hides something is reported.
  expect(darkModeNonColourDeclarations('@media (prefers-color-scheme: dark) { .x { --bg: #000; display: none } }')).toEqual(['.x { display: none }']);
});

// The per-page browser pass (keyboard walk, charts, axe) is in every-page.spec.ts.

test('on an entry page the keyboard reaches every place\'s ¶ mark and, once one is opened, its copy-link and citation controls, each with a focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/kinh-te/kinh-te-cua-khau/');
  const walk = await keyboardWalk(page);
  const marks = walk.stops.filter((s) => s.name.startsWith(citeText.toolsFor('')));
  expect(marks.length, 'marks reached').toBeGreaterThan(0);
  expect(focusRingProblems(marks)).toEqual([]);
  // Open the first paragraph's tools from the keyboard: its panel's controls join the walk.
  const first = page.getByRole('button', { name: citeText.toolsFor('mục II.1.b, đoạn 1'), exact: true });
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  const open = await keyboardWalk(page);
  const copy = open.stops.filter((s) => s.name.startsWith(citeText.copyLinkTo('')));
  const cite = open.stops.filter((s) => s.name.startsWith(citeText.citeTarget('')));
  expect(copy.length, 'copy-link controls reached').toBeGreaterThan(0);
  expect(cite.length, 'citation controls reached').toBeGreaterThan(0);
  expect(focusRingProblems([...copy, ...cite])).toEqual([]);
});
