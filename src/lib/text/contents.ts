/** Labels of the "Mục lục" beside the text: the report's headings with their full numbers. */

/**
 * A heading as the contents list names it: the full section number when it is nested ("II.1.a Sản
 * xuất…"), else the marker as printed ("Phần I …", "II. …"); the title alone when there is neither.
 */
export function contentsLabel(heading: { number: string; marker?: string | undefined; title: string }): string {
  const prefix = heading.number.includes('.') && !heading.number.startsWith('Phần') ? heading.number : (heading.marker ?? '');
  return prefix ? `${prefix} ${heading.title}` : heading.title;
}

/**
 * Heading level (2–6) of an entry on the full text: one below its nearest outline ancestor, counted in
 * parts of the number ("II.1.a" under outline "II.1" at level 4 → 5; "I.1" under "I" at level 2 → 3);
 * without an ancestor in the outline, two below its number's depth ("II.1" → 4, "Phụ lục 1" → 3), the
 * levels of a report whose parts are "Phần I", "Phần II".
 */
export function entryHeadingLevel(number: string, outline: readonly { number: string; level: number }[]): number {
  const parts = number.split('.');
  for (let n = parts.length - 1; n >= 1; n -= 1) {
    const ancestor = outline.find((h) => h.number === parts.slice(0, n).join('.'));
    if (ancestor) return Math.min(6, ancestor.level + parts.length - n);
  }
  return Math.min(6, parts.length + 2);
}

/**
 * The outline headings an entry at `order` is printed under, outermost first: for each level the last
 * heading placed at or before it, a heading closing the deeper ones above it ("Phần II" at order 17 ends
 * "II.1" for the entries after it).
 */
export function headingsOver<H extends { level: number; before: number }>(outline: readonly H[], order: number): H[] {
  const open: H[] = [];
  for (const heading of [...outline].filter((h) => h.before <= order).sort((a, b) => a.before - b.before || a.level - b.level)) {
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= heading.level) open.pop();
    open.push(heading);
  }
  return open;
}
