/**
 * Vietnamese-style citations of the report, one of its sections, a paragraph, a footnote or a figure:
 * issuing body (issue date). Document type and full title, number (only when one is filled in), place.
 * URL. Access date. Pure, so the build (entry citations) and the browser (paragraph citations) share one wording.
 */
import { citeText } from './ui-text.ts';

/** The cited document, as its title block prints it. */
export interface CitedReport {
  /** Issuing body, spelled out. */
  issuer: string;
  /** Issue date, ISO: "2021", "2021-10" or "2021-10-05" (as precise as the document prints it). */
  date: string;
  /** Document type as printed, e.g. "BÁO CÁO". */
  documentType: string;
  /** Number line as printed, blanks kept, e.g. "Số: /BC-UBND". */
  number: string;
  /** Full title; "\n" between printed lines. */
  title: string;
}

/** A section (entry) of the report, as a citation names it. */
export interface CitedSection {
  /** The report's numbering: "II.1.b", "Phần II", "Phần II.3". */
  number: string;
  /** Heading text, or a navigation label when the report prints none. */
  title: string;
  /** Whether `title` is printed in the report (quoted) or only a label (in parentheses). */
  printed: boolean;
  /** Q4 task number, when the section is a task. */
  task?: number | undefined;
}

/** Where a citation points. */
export interface CitedPlace {
  /** Section wording from `sectionLabel`; absent for the whole report. */
  section?: string | undefined;
  /** Paragraph number within the section. */
  paragraph?: number | undefined;
  /** Footnote number as printed. */
  footnote?: string | undefined;
  /** Figure name: "Hình 3". */
  figure?: string | undefined;
  /** Absolute URL of the place. */
  url: string;
}

/** The cited fields of a report's metadata, e.g. to hand them to the browser. */
export function citedReport(report: CitedReport): CitedReport {
  const { issuer, date, documentType, number, title } = report;
  return { issuer, date, documentType, number, title };
}

/** The number line when it carries a number ("Số: 187/BC-UBND"); undefined for a draft's blank ("Số: /BC-UBND"). */
export function filledNumber(number: string): string | undefined {
  const line = number.replace(/\s+/g, ' ').trim();
  return /\d/.test(line) ? line : undefined;
}

/**
 * The place and date line without a draft's blanks: "Lạng Sơn, ngày tháng 10 năm 2021" → "Lạng Sơn,
 * tháng 10 năm 2021" (an empty "ngày" or "tháng" is dropped); a filled line is kept as printed.
 */
export function filledPlaceDate(placeDate: string): string {
  return placeDate
    .replace(/\s+/g, ' ')
    .replace(/\bngày (?=tháng\b|năm\b|$)/gu, '')
    .replace(/\btháng (?=năm\b|$)/gu, '')
    .replace(/(?<!\S)(ngày|tháng|năm)$/u, '')
    .replace(/[ ,]+$/u, '')
    .trim();
}

const isoDate = (date: string) => /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());

/** The issue date as Vietnamese readers write it: "2021-10" → "10/2021", "2021-10-05" → "5/10/2021", "2021" → "2021". */
export function issueDate(date: string): string {
  const m = isoDate(date);
  if (!m) return date.trim();
  const [, year, month, day] = m;
  return [day, month, year].filter((p): p is string => p !== undefined).map((p) => String(Number(p))).join('/');
}

/** The issue date for `citation_*` meta tags (Highwire Press form, as Google Scholar and Zotero read it): "2021/10". */
export function citationMetaDate(date: string): string {
  const m = isoDate(date);
  return m ? m.slice(1).filter((p): p is string => p !== undefined).join('/') : date.trim();
}

/** A section as citations name it, from an entry's frontmatter (a heading is printed when it has a marker). */
export function citedSection(entry: { number: string; title: string; marker?: string | undefined; task?: number | undefined }): CitedSection {
  return { number: entry.number, title: entry.title, printed: entry.marker !== undefined, task: entry.task };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "BÁO CÁO" → "Báo cáo"; text that is not all capitals is kept as it is. */
export function sentenceCase(text: string): string {
  const t = oneLine(text);
  if (t !== t.toLocaleUpperCase('vi')) return t;
  const lower = t.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** Whether a section number starts with a word ("Phần II") rather than a numeral ("II.1.b"). */
const startsWithWord = (sectionNumber: string) => /^\p{Lu}\p{Ll}/u.test(sectionNumber);

/** Short name of a section for control names: "mục II.1.b", "Phần II", "nhiệm vụ 3". */
export function sectionShortLabel(section: CitedSection): string {
  if (section.task !== undefined) return citeText.task(section.task);
  return startsWithWord(section.number) ? section.number : citeText.section(section.number);
}

/** Section wording in a citation: `mục II.1.b “Phát triển …”`, `Phần II, nhiệm vụ 3 (label)`. */
export function sectionLabel(section: CitedSection): string {
  const title = section.printed ? `“${oneLine(section.title)}”` : `(${oneLine(section.title)})`;
  if (section.task !== undefined) {
    const parent = section.number.replace(/\.\d+$/, '');
    const head = parent !== section.number ? `${parent}, ${citeText.task(section.task)}` : citeText.task(section.task);
    return `${head} ${title}`;
  }
  return `${sectionShortLabel(section)} ${title}`;
}

/** Name of a place for controls and announcements: "mục II.1.b, đoạn 2", "chú thích 14". */
export function placeLabel(sectionShort: string | undefined, place: { paragraph?: number | undefined; footnote?: string | undefined }): string {
  if (place.footnote !== undefined) return citeText.footnote(place.footnote);
  const parts = [sectionShort, place.paragraph !== undefined ? citeText.paragraph(place.paragraph) : undefined];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/** The access date in Vietnamese numeric form ("5/3/2025"), in `timeZone` or the reader's own. */
export function formatAccessDate(date: Date, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'numeric', year: 'numeric' };
  if (timeZone) options.timeZone = timeZone;
  return new Intl.DateTimeFormat('vi-VN', options).format(date);
}

/** The citation, one line: "Issuer (10/2021). Báo cáo “title”, number, section, place. URL. Truy cập ngày …". */
export function formatCitation(report: CitedReport, place: CitedPlace, accessDate?: string): string {
  const work = [
    `${sentenceCase(report.documentType)} “${oneLine(report.title)}”`,
    filledNumber(report.number),
    place.section,
    place.figure,
    place.footnote !== undefined ? citeText.footnote(place.footnote) : undefined,
    place.paragraph !== undefined ? citeText.paragraph(place.paragraph) : undefined,
  ];
  const sentences = [
    `${oneLine(report.issuer)} (${issueDate(report.date)})`,
    work.filter((p): p is string => Boolean(p)).join(', '),
    place.url,
    accessDate ? citeText.accessed(accessDate) : undefined,
  ];
  return sentences.filter((p): p is string => Boolean(p)).map((p) => `${p}.`).join(' ');
}
