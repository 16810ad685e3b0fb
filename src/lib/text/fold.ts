/**
 * Vietnamese folding: drop tone and vowel marks, map đ/Đ to d/D, lowercase. One implementation,
 * shared by the build (slugs, search documents) and the browser (search queries).
 */

/** Remove every combining mark and map đ→d, keeping case. Input may be NFC or NFD. */
export function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Fold for matching: marks removed, đ→d, lowercase, NFC. */
export function foldVietnamese(text: string): string {
  return stripMarks(text).toLowerCase().normalize('NFC');
}

/** Lowercase ASCII slug from Vietnamese text: "Kinh tế cửa khẩu" → "kinh-te-cua-khau". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Slug of a report section number: "II.1.b" → "ii-1-b". A single-letter "đ" item becomes "dd"
 * (Telex spelling) because reports number items "d)" and "đ)" side by side, and both folding to
 * "d" would give two sections one anchor.
 */
export function numberSlug(sectionNumber: string): string {
  return slugify(sectionNumber.replace(/(^|[^\p{L}])đ(?![\p{L}])/giu, '$1dd'));
}
