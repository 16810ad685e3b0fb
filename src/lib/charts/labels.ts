/**
 * Where a bar chart's own annotations go: the value label at each bar's end and the label of the 100%
 * plan line. A value label never crosses the plan line: it sits outside its bar's end when it clears the
 * line, inside the bar's end when the line is in the way and the bar is long enough, and past the line
 * otherwise. The line's label takes the first free corner along the line. Pure geometry in canvas px,
 * shared by the drawing code and its tests.
 */

/** A rectangle in canvas px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One bar as Chart.js laid it out, on the value axis (`end`, `base`) and the category axis (`centre`), px. */
export interface BarGeometry {
  /** Where the bar ends (its value). */
  end: number;
  /** Where it starts (zero). */
  base: number;
  /** Middle of the bar across. */
  centre: number;
  /** Width of the bar across. */
  thickness: number;
}

/** A label to draw: anchor point, alignment and the box it covers (halo included). */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  baseline: 'top' | 'bottom' | 'middle';
  /** Drawn inside the bar, on its fill (the drawing code then uses the background colour). */
  inside: boolean;
  box: Box;
}

/** What the value labels of one bar chart need to know. */
export interface ValueLabelInput {
  /** Bars run left to right. */
  horizontal: boolean;
  bars: BarGeometry[];
  texts: string[];
  /** Width of each text in the label font, px. */
  widths: number[];
  /** Font size of the labels, px. */
  size: number;
  /** The plot area. */
  area: Box;
  /** Pixel of the plan line on the value axis, when the chart has one. */
  reference?: number | undefined;
}

/** Space between a bar's end (or the plan line) and its label, px. */
const GAP = 6;
/** Half the width of the halo stroke drawn around value labels, px. */
const HALO = 2;
/** Text height as a multiple of the font size. */
const LINE = 1.2;
/** Half the plan line's stroke and a pixel of air: a label closer than this to the line touches it, px. */
const CLEARANCE = 2;

/** Whether two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether a box reaches the plan line at `at` (a vertical line for horizontal bars, a horizontal one otherwise), its stroke included. */
export function crossesLine(box: Box, at: number, horizontal: boolean): boolean {
  return horizontal ? box.left - CLEARANCE <= at && at <= box.right + CLEARANCE : box.top - CLEARANCE <= at && at <= box.bottom + CLEARANCE;
}

/** A label anchored at (x, y) with the alignment given, `width` wide and `size` px high, halo included. */
function labelBox(x: number, y: number, width: number, size: number, align: PlacedLabel['align'], baseline: PlacedLabel['baseline']): Box {
  const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  const height = size * LINE;
  const top = baseline === 'top' ? y : baseline === 'bottom' ? y - height : y - height / 2;
  return { left: left - HALO, right: left + width + HALO, top: top - HALO, bottom: top + height + HALO };
}

/** Place each bar's value label (see the module comment for the order of preference). */
export function placeValueLabels(input: ValueLabelInput): PlacedLabel[] {
  const { horizontal, bars, texts, widths, size, area, reference } = input;
  return bars.map((bar, i) => {
    const text = texts[i] ?? '';
    const width = widths[i] ?? 0;
    const place = (at: number, inside: boolean, side: 1 | -1): PlacedLabel => {
      // `side` 1 runs with the value axis (right, or up on screen), −1 against it.
      if (horizontal) {
        const align = side === 1 ? 'left' : 'right';
        const x = at + side * GAP;
        return { text, x, y: bar.centre, align, baseline: 'middle', inside, box: labelBox(x, bar.centre, width, size, align, 'middle') };
      }
      const baseline = side === 1 ? 'bottom' : 'top';
      const y = at - side * GAP;
      return { text, x: bar.centre, y, align: 'center', baseline, inside, box: labelBox(bar.centre, y, width, size, 'center', baseline) };
    };
    // Which way the bar runs on screen: 1 when it grows towards the axis's larger values.
    const negative = horizontal ? bar.end < bar.base : bar.end > bar.base;
    const outwards: 1 | -1 = negative ? -1 : 1;
    // Room beyond a negative bar's end before the plot's edge (the category labels sit there).
    const extent = horizontal ? width : size * LINE;
    const fits = !negative || (horizontal ? bar.end - GAP - extent >= area.left : bar.end + GAP + extent <= area.bottom);
    const outside = fits ? place(bar.end, false, outwards) : place(bar.base, false, 1);
    if (reference === undefined || !crossesLine(outside.box, reference, horizontal)) return outside;
    // The plan line is in the way: inside the bar's end, if the bar holds the label without reaching the line.
    const length = Math.abs(bar.end - bar.base);
    if (length >= extent + 2 * GAP) {
      const inside = place(bar.end, true, outwards === 1 ? -1 : 1);
      if (!crossesLine(inside.box, reference, horizontal)) return inside;
    }
    // Otherwise past the line, on the bar's side of the axis.
    const beyond = horizontal ? (outwards === 1 ? Math.max(bar.end, reference) : Math.min(bar.end, reference)) : outwards === 1 ? Math.min(bar.end, reference) : Math.max(bar.end, reference);
    return place(beyond + outwards * (horizontal ? HALO + 1 : -(HALO + 1)), false, outwards);
  });
}

/** What the plan line's label needs to know. */
export interface ReferenceLabelInput {
  horizontal: boolean;
  /** Pixel of the line on the value axis. */
  at: number;
  text: string;
  /** Width of the text in the line label's font, px. */
  width: number;
  size: number;
  area: Box;
  /** What the label must not cover: value labels and bars. */
  obstacles: Box[];
}

/**
 * Place the plan line's label. Horizontal bars: above the plot at the line, turned towards the middle.
 * Vertical bars: just above (or below) the line, at its left or right end, whichever is free of every
 * obstacle; the left end above the line when none is.
 */
export function placeReferenceLabel(input: ReferenceLabelInput): PlacedLabel {
  const { horizontal, at, text, width, size, area, obstacles } = input;
  const make = (x: number, y: number, align: PlacedLabel['align'], baseline: PlacedLabel['baseline']): PlacedLabel => ({
    text,
    x,
    y,
    align,
    baseline,
    inside: false,
    box: labelBox(x, y, width, size, align, baseline),
  });
  if (horizontal) {
    const right = at > area.left + (area.right - area.left) / 2;
    return make(at + (right ? -4 : 4), area.top - 2, right ? 'right' : 'left', 'bottom');
  }
  const candidates = [
    make(area.left + 4, at - 3, 'left', 'bottom'),
    make(area.right - 4, at - 3, 'right', 'bottom'),
    make(area.left + 4, at + 3, 'left', 'top'),
    make(area.right - 4, at + 3, 'right', 'top'),
  ];
  const inArea = (box: Box) => box.top >= 0 && box.left >= area.left && box.right <= area.right;
  return candidates.find((c) => inArea(c.box) && !obstacles.some((o) => boxesOverlap(c.box, o))) ?? (candidates[0] as PlacedLabel);
}

/** The rectangle a bar covers. */
export function barBox(bar: BarGeometry, horizontal: boolean): Box {
  const [low, high] = bar.end < bar.base ? [bar.end, bar.base] : [bar.base, bar.end];
  const across = { from: bar.centre - bar.thickness / 2, to: bar.centre + bar.thickness / 2 };
  return horizontal ? { left: low, right: high, top: across.from, bottom: across.to } : { left: across.from, right: across.to, top: low, bottom: high };
}
