/**
 * Text as the site keeps it: NFC (one code point a letter, as Vietnamese is typed and searched) and
 * without zero-width characters, which a reader cannot see but which split words and figures so that
 * a search for "30/9/2021" cannot match "30/9/\u200B2021". Applied once, where entries are read
 * (`src/data/report.ts`), and to the page's text nodes (`rehype-report`), so page, checks and search
 * index hold the same text; each removal is named in a build warning.
 */

/** Zero-width characters removed, and the name a warning gives each. */
export const ZERO_WIDTH: Readonly<Record<string, string>> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space, a byte-order mark',
};

const ZERO_WIDTH_RUN = /[\u200B\u200C\u200D\u2060\uFEFF]/gu;

/** `text` in NFC, zero-width characters removed (line breaks are kept, so line numbers hold). */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH_RUN, '').normalize('NFC');
}

/** Strings of a parsed frontmatter value, cleaned throughout (objects and arrays kept in shape). */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  }
  return value;
}

/**
 * What `cleanText` changes in a file's text, one warning a line and kind:
 * `economy/x.mdx:12: U+200B (zero-width space) removed`, `economy/x.mdx:3: decomposed letters (NFD) normalised to NFC`.
 */
export function cleanTextWarnings(file: string, text: string): string[] {
  const warnings: string[] = [];
  text.split(/\r\n?|\n/u).forEach((line, k) => {
    const seen = new Set<string>();
    for (const [char] of line.matchAll(ZERO_WIDTH_RUN)) {
      if (seen.has(char)) continue;
      seen.add(char);
      const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      warnings.push(`warning: ${file}:${k + 1}: ${code} (${ZERO_WIDTH[char]}) removed`);
    }
    const stripped = line.replace(ZERO_WIDTH_RUN, '');
    if (stripped !== stripped.normalize('NFC')) warnings.push(`warning: ${file}:${k + 1}: decomposed letters (NFD: a letter and its accents as separate characters) normalised to NFC`);
  });
  return warnings;
}
