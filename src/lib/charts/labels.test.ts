import { describe, expect, it } from 'vitest';
import { crossesLine, placeReferenceLabel, placeValueLabels, type BarGeometry, type Box } from './labels.ts';

/** A plot area 100…400 px across and 20…220 px down. */
const area: Box = { left: 100, right: 400, top: 20, bottom: 220 };
const size = 12;

describe('placeValueLabels', () => {
  // Horizontal bars: `end` and `base` are x, `centre` is y. Labels 40 px wide.
  const horizontal = (bar: Partial<BarGeometry>, reference?: number) =>
    placeValueLabels({ horizontal: true, bars: [{ end: 200, base: 100, centre: 50, thickness: 30, ...bar }], texts: ['93,2%'], widths: [40], size, area, reference })[0];

  it.each([
    ['outside its end without a plan line', { end: 200 }, undefined, { x: 206, align: 'left', inside: false }],
    ['outside its end when it clears the line', { end: 200 }, 300, { x: 206, align: 'left', inside: false }],
    ['inside the bar when the line is in the way and the bar holds it', { end: 280 }, 300, { x: 274, align: 'right', inside: true }],
    // 6 px of gap beyond the line after 3 px for the line and the halo.
    ['past the line when the bar is too short to hold it', { end: 140 }, 160, { x: 169, align: 'left', inside: false }],
    ['past the line when the line is a hair beyond a short bar', { end: 166, base: 140 }, 169, { x: 178, align: 'left', inside: false }],
    ['beyond a negative bar, on its own side', { end: 150, base: 250 }, undefined, { x: 144, align: 'right', inside: false }],
    ['right of zero when a negative bar leaves no room before the plot edge', { end: 120, base: 250 }, undefined, { x: 256, align: 'left', inside: false }],
  ])('horizontal: %s', (_, bar, reference, expected) => {
    const label = horizontal(bar, reference);
    expect(label).toMatchObject({ ...expected, y: 50, baseline: 'middle' });
    if (reference !== undefined && label) expect(crossesLine(label.box, reference, true)).toBe(false);
  });

  // Vertical bars: `end` and `base` are y (down the screen), `centre` is x.
  const vertical = (bar: Partial<BarGeometry>, reference?: number) =>
    placeValueLabels({ horizontal: false, bars: [{ end: 100, base: 220, centre: 150, thickness: 40, ...bar }], texts: ['99,4%'], widths: [40], size, area, reference })[0];

  it.each([
    ['above its end', { end: 100 }, 60, { y: 94, baseline: 'bottom', inside: false }],
    ['inside the bar top when the line is just above', { end: 70 }, 60, { y: 76, baseline: 'top', inside: true }],
    ['above the line when the bar is too short to hold it', { end: 205 }, 195, { y: 186, baseline: 'bottom', inside: false }],
  ])('vertical: %s', (_, bar, reference, expected) => {
    const label = vertical(bar, reference);
    expect(label).toMatchObject({ ...expected, x: 150, align: 'center' });
    if (label) expect(crossesLine(label.box, reference, false)).toBe(false);
  });

  it('counts the line stroke and the halo as part of a crossing', () => {
    // The box of a label 1 px clear of the line still touches its stroke.
    expect(crossesLine({ left: 201, right: 241, top: 0, bottom: 10 }, 200, true)).toBe(true);
    expect(crossesLine({ left: 203, right: 243, top: 0, bottom: 10 }, 200, true)).toBe(false);
  });
});

describe('placeReferenceLabel', () => {
  const vertical = (obstacles: Box[]) => placeReferenceLabel({ horizontal: false, at: 80, text: 'Kế hoạch: 100%', width: 90, size: 11, area, obstacles });

  it.each([
    ['at the left end above the line when it is free', [], { x: 104, y: 77, align: 'left', baseline: 'bottom' }],
    ['at the right end when a bar stands at the left', [{ left: 110, right: 150, top: 40, bottom: 220 }], { x: 396, y: 77, align: 'right', baseline: 'bottom' }],
    [
      'below the line when both ends above it are taken',
      [{ left: 110, right: 150, top: 40, bottom: 79 }, { left: 350, right: 390, top: 40, bottom: 79 }],
      { x: 104, y: 83, align: 'left', baseline: 'top' },
    ],
  ])('vertical bars: %s', (_, obstacles, expected) => {
    expect(vertical(obstacles)).toMatchObject(expected);
  });

  it.each([
    ['left of the middle: reads rightwards from the line', 150, { x: 154, align: 'left' }],
    ['right of the middle: ends at the line', 350, { x: 346, align: 'right' }],
  ])('horizontal bars, above the plot: %s', (_, at, expected) => {
    expect(placeReferenceLabel({ horizontal: true, at, text: 'Kế hoạch: 100%', width: 90, size: 11, area, obstacles: [] })).toMatchObject({ ...expected, y: 18, baseline: 'bottom' });
  });
});
