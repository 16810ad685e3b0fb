/** Labels of the "Mục lục" beside the text: the report's headings with their full numbers. */

/**
 * A heading as the contents list names it: the full section number when it is nested ("II.1.a Sản
 * xuất…"), else the marker as printed ("Phần I …", "II. …"); the title alone when there is neither.
 */
export function contentsLabel(heading: { number: string; marker?: string | undefined; title: string }): string {
  const prefix = heading.number.includes('.') && !heading.number.startsWith('Phần') ? heading.number : (heading.marker ?? '');
  return prefix ? `${prefix} ${heading.title}` : heading.title;
}
