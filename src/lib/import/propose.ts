/**
 * Propose an import map and report.json's own keys from a document's outline, so a first import needs
 * no hand-written map: each section's collection is chosen from the words of its heading and of the
 * headings above it (a table of Vietnamese keywords), its file id is an ASCII slug of its heading, the
 * next-period task section is recognised, and every guess is listed so the user checks only those.
 * Pure: the command line reads and writes the files.
 */
import { foldVietnamese, slugify } from '../text/fold.ts';
import type { ImportMap } from './mdx.ts';
import { IMPORT_LABELS, type Entry, type ReportDocument } from './model.ts';

/** Collections the site reads, with the default section each proposes (segment, title, description). */
export const COLLECTION_SECTIONS: Record<string, { segment: string; title: string; description: string }> = {
  directives: { segment: 'chi-dao-dieu-hanh', title: 'Chỉ đạo, điều hành', description: 'Công tác chỉ đạo, điều hành.' },
  economy: { segment: 'kinh-te', title: 'Kinh tế', description: 'Các ngành kinh tế, đầu tư và ngân sách.' },
  'culture-society': { segment: 'van-hoa-xa-hoi', title: 'Văn hóa - Xã hội', description: 'Giáo dục, y tế, văn hóa, lao động và an sinh xã hội.' },
  security: { segment: 'quoc-phong-an-ninh', title: 'Quốc phòng, an ninh, nội chính', description: 'Quốc phòng, an ninh, thanh tra và nội chính.' },
  assessment: { segment: 'kho-khan-han-che', title: 'Khó khăn, hạn chế', description: 'Những khó khăn, hạn chế và nguyên nhân.' },
  'q4-tasks': { segment: 'nhiem-vu', title: 'Nhiệm vụ', description: 'Nhiệm vụ, giải pháp của kỳ tới.' },
  appendix: { segment: 'phu-luc', title: 'Phụ lục', description: 'Phụ lục kèm theo báo cáo.' },
};

/**
 * Keywords (folded: no marks, đ→d, lowercase) that send a heading to a collection. The first keyword
 * found in the section's own heading wins; without one, the nearest heading above it decides.
 */
export const COLLECTION_KEYWORDS: ReadonlyArray<[collection: string, keywords: string[]]> = [
  ['assessment', ['kho khan', 'han che', 'ton tai', 'yeu kem', 'nguyen nhan', 'danh gia chung', 'bai hoc kinh nghiem']],
  ['directives', ['cai cach hanh chinh', 'bau cu', 'phong chong dich', 'phong, chong dich', 'covid', 'muc tieu, nhiem vu', 'muc tieu nhiem vu']],
  ['security', ['quoc phong', 'an ninh', 'doi ngoai', 'noi chinh', 'thanh tra', 'khieu nai', 'to cao', 'tham nhung', 'buon lau', 'tu phap', 'trat tu']],
  ['culture-society', ['van hoa', 'xa hoi', 'giao duc', 'dao tao', 'y te', 'suc khoe', 'lao dong', 'viec lam', 'an sinh', 'giam ngheo', 'dan toc', 'ton giao', 'the thao', 'thong tin', 'truyen thong', 'gia dinh', 'tre em']],
  ['economy', ['kinh te', 'nong nghiep', 'lam nghiep', 'nong, lam', 'nong thon', 'thuy san', 'chan nuoi', 'trong trot', 'cong nghiep', 'thuong mai', 'dich vu', 'du lich', 'dau tu', 'ngan sach', 'tai chinh', 'thu, chi', 'thu chi', 'tin dung', 'ngan hang', 'doanh nghiep', 'hop tac xa', 'xay dung', 'giao thong', 'ha tang', 'quy hoach', 'tai nguyen', 'moi truong', 'dat dai', 'khoa hoc', 'cong nghe', 'xuat nhap khau', 'xuat khau', 'cua khau', 'gia tri san xuat']],
];

/** Words of the steering work itself: they choose "directives" only when no other keyword is found. */
const WEAK_DIRECTIVES = ['chi dao', 'dieu hanh'];

/** Words that name the report as a whole ("kinh tế - xã hội") and choose no collection. */
const NEUTRAL = [/kinh te\s*-\s*xa hoi/gu, /kinh te, xa hoi/gu, /kinh te xa hoi/gu];

/** Longest file id proposed from a heading, in characters (cut at a word). */
const ID_LENGTH = 40;

/** What the proposer guessed, one line each, for the user to check. */
export interface Proposal {
  /** The proposed map. */
  map: ImportMap;
  /** One line per section: number, heading, collection, id, and why. */
  guesses: string[];
}

/** The collection named by the first keyword found in `heading`, or undefined. */
export function collectionOfHeading(heading: string): string | undefined {
  let folded = foldVietnamese(heading);
  for (const neutral of NEUTRAL) folded = folded.replace(neutral, ' ');
  let best: { collection: string; at: number } | undefined;
  for (const [collection, keywords] of COLLECTION_KEYWORDS) {
    for (const keyword of keywords) {
      const at = new RegExp(`(?:^|[^a-z0-9])${keyword.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![a-z0-9])`, 'u').exec(folded)?.index;
      if (at !== undefined && (best === undefined || at < best.at)) best = { collection, at };
    }
  }
  if (best) return best.collection;
  return WEAK_DIRECTIVES.some((w) => folded.includes(w)) ? 'directives' : undefined;
}

/** Leading words that say nothing of a section's subject ("Công tác", "Lĩnh vực", "Về"), left out of ids. */
const FILLER = /^(?:(?:cong tac|linh vuc|ve|mot so|tinh hinh)\s+)+/u;

/** An ASCII id from a heading, cut at a word boundary to at most `max` characters. */
export function idFromHeading(heading: string, max = ID_LENGTH): string {
  const folded = foldVietnamese(heading);
  const kept = FILLER.test(folded) && folded.replace(FILLER, '').trim() !== '' ? folded.replace(FILLER, '') : folded;
  const slug = slugify(kept);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return at > 0 ? cut.slice(0, at) : slug.slice(0, max);
}

/** The headings above an entry, nearest first: its number's parents in the outline, then its part. */
function headingsAbove(doc: ReportDocument, entry: Entry): string[] {
  const byNumber = new Map(doc.outline.map((h) => [h.number, h]));
  const found: string[] = [];
  const parts = entry.number.split('.');
  for (let k = parts.length - 1; k >= 1; k--) {
    const h = byNumber.get(parts.slice(0, k).join('.'));
    if (h) found.push(h.title);
  }
  const part = doc.outline.filter((h) => h.level === 2 && h.before <= entry.order).at(-1);
  if (part && !found.includes(part.title)) found.push(part.title);
  return found;
}

/** Whether an entry belongs to the next-period task section: a task, or text in the section that holds tasks. */
function inTaskSection(doc: ReportDocument, entry: Entry): boolean {
  if (entry.task !== undefined) return true;
  return doc.entries.some((t) => t.task !== undefined && parentNumber(t.number) === entry.number);
}

/** "Phần II.3" → "Phần II"; "V.2" → "V"; "II" → "". */
function parentNumber(number: string): string {
  const at = number.lastIndexOf('.');
  return at < 0 ? '' : number.slice(0, at);
}

/** Propose where every section goes, and say what was guessed. */
export function proposeImportMap(doc: ReportDocument): Proposal {
  const entries: ImportMap['entries'] = {};
  const guesses: string[] = [];
  const used = new Set<string>();
  let previous: string | undefined;
  for (const entry of doc.entries) {
    let collection: string;
    let why: string;
    if (entry.appendix === true) {
      collection = 'appendix';
      why = 'an appendix';
    } else if (entry.number === IMPORT_LABELS.closing) {
      collection = previous ?? 'directives';
      why = 'the closing text: kept with the section before it';
    } else if (entry.number === IMPORT_LABELS.opening) {
      collection = 'directives';
      why = 'the opening text, before the first heading';
    } else if (inTaskSection(doc, entry)) {
      collection = 'q4-tasks';
      why = entry.task !== undefined ? `task ${entry.task} of the task section` : 'text of the task section';
    } else {
      const own = collectionOfHeading(entry.title);
      const above = headingsAbove(doc, entry);
      const fromAbove = above.map((h) => ({ h, c: collectionOfHeading(h) })).find((x) => x.c !== undefined);
      if (own) {
        collection = own;
        why = `its heading's words`;
      } else if (fromAbove) {
        collection = fromAbove.c!;
        why = `the heading above it ("${fromAbove.h}")`;
      } else {
        collection = previous ?? 'directives';
        why = previous ? 'no keyword: kept with the section before it' : 'no keyword: the first section';
      }
    }
    const base =
      entry.task !== undefined
        ? String(entry.task)
        : entry.number === IMPORT_LABELS.closing
          ? 'loi-ket'
          : entry.number === IMPORT_LABELS.opening
            ? 'mo-dau'
            : collection === 'q4-tasks' && !entry.marker
              ? 'gioi-thieu'
              : idFromHeading(entry.title) || slugify(entry.number);
    let id = base;
    for (let k = 2; used.has(`${collection}/${id}`); k++) id = `${base}-${k}`;
    used.add(`${collection}/${id}`);
    entries[entry.number] = { collection, id };
    guesses.push(`${entry.number} "${entry.title}" → ${collection}/${id}.mdx (${why})`);
    previous = collection;
  }
  return { map: { entries }, guesses };
}

/**
 * The one top-level heading all of a collection's entries stand under, when its own words choose that
 * collection ("III. KHÓ KHĂN, HẠN CHẾ VÀ NGUYÊN NHÂN" for assessment): the section is then named by it.
 */
function sharedHeading(doc: ReportDocument, map: ImportMap, collection: string): { title: string } | undefined {
  const headings = doc.outline.filter((h) => !/^Phần /u.test(h.number));
  const tops = headings.filter((h) => h.level === Math.min(...headings.map((o) => o.level)));
  // A top-level heading with text of its own is an entry ("III. QUỐC PHÒNG, AN NINH"): it stands under itself.
  const topOf = (entry: Entry) => (entry.marker !== undefined && !entry.number.includes('.') ? entry : tops.filter((h) => h.before <= entry.order).at(-1));
  const members = doc.entries.filter((e) => map.entries[e.number]?.collection === collection);
  const found = new Set(members.map(topOf));
  const [only] = found;
  return found.size === 1 && only && collectionOfHeading(only.title) === collection ? only : undefined;
}

/** report.json keys a person fills in, proposed from the title block; each guess is listed. */
export interface ReportKeysProposal {
  /** Keys to add where report.json lacks them. */
  keys: Record<string, unknown>;
  /** One line per proposed key. */
  guesses: string[];
}

/** Sentence case for an uppercase Vietnamese line: "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân"; Roman numerals stay ("QUÝ IV" → "Quý IV"). */
export function sentenceCase(text: string): string {
  const lower = text
    .split(/(\s+)/u)
    .map((word) => (/^[IVXLC]+[.,;:]?$/u.test(word) ? word : word.toLocaleLowerCase('vi')))
    .join('');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** The place of a place-and-date line: "Lạng Sơn, ngày … năm 2021" → "Lạng Sơn". */
function placeOf(placeDate: string): string | undefined {
  const place = placeDate.split(',')[0]?.trim();
  return place && !/\d/u.test(place) ? place : undefined;
}

/** Issuer spelled out from the letterhead's issuer lines, with the place as the place-date line spells it. */
export function issuerFrom(issuerLines: string[], placeDate: string): string | undefined {
  if (issuerLines.length === 0) return undefined;
  let issuer = sentenceCase(issuerLines.join(' ').replace(/\s+/gu, ' ').trim());
  const place = placeOf(placeDate);
  if (place) {
    const folded = foldVietnamese(issuer);
    const at = folded.lastIndexOf(foldVietnamese(place));
    if (at >= 0) issuer = issuer.slice(0, at) + place + issuer.slice(at + place.length);
  }
  return issuer;
}

/** ISO date from a place-and-date line: "ngày 05 tháng 11 năm 2021" → "2021-11-05"; blanks give less. */
export function dateFrom(placeDate: string): string | undefined {
  const folded = foldVietnamese(placeDate);
  const year = /nam\s+(\d{4})/u.exec(folded)?.[1];
  if (!year) return undefined;
  const month = /thang\s+(\d{1,2})\b/u.exec(folded)?.[1];
  const day = /ngay\s+(\d{1,2})\b/u.exec(folded)?.[1];
  if (!month || Number(month) < 1 || Number(month) > 12) return year;
  const mm = month.padStart(2, '0');
  return day && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The reporting period a title names: "… 9 tháng đầu năm … 2021" → "9 tháng 2021"; "tháng 10 năm 2021" → "tháng 10/2021". */
export function periodFrom(title: string, year: string | undefined): string | undefined {
  const folded = foldVietnamese(title.replace(/\s+/gu, ' '));
  const y = /nam\s+(\d{4})/u.exec(folded)?.[1] ?? year;
  const suffix = y ? ` ${y}` : '';
  const months = /(\d{1,2}) thang (?:dau nam)?/u.exec(folded);
  if (months) return `${months[1]} tháng${suffix}`;
  const month = /thang (\d{1,2})\b/u.exec(folded);
  if (month) return `tháng ${month[1]}${y ? `/${y}` : ''}`;
  const quarter = /quy ([ivx]+)\b/u.exec(folded);
  if (quarter) return `quý ${quarter[1]!.toUpperCase()}${suffix}`;
  return y ? `năm ${y}` : undefined;
}

/** Word positions [start, end) in `text` of a folded phrase found in it. */
function wordSpan(text: string, foldedPhrase: string): [number, number] {
  const words = text.split(/\s+/u).map((w) => foldVietnamese(w));
  const phrase = foldedPhrase.split(' ');
  const at = words.findIndex((_, k) => phrase.every((p, j) => words[k + j] === p));
  return at < 0 ? [0, 0] : [at, at + phrase.length];
}

/** Shorten text at a word boundary to at most `max` characters, with "…" when cut. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:\s]+$/u, '')}…`;
}

/**
 * Propose report.json's own keys (issuer, shortTitle, description, year, date, defaultPeriod,
 * sections) from the title block and the proposed map. Only keys `existing` lacks are proposed.
 */
export function proposeReportKeys(
  doc: ReportDocument & { letterhead?: { issuer: string[]; motto: string[] } },
  map: ImportMap,
  existing: Record<string, unknown> = {},
): ReportKeysProposal {
  const keys: Record<string, unknown> = {};
  const guesses: string[] = [];
  const propose = (key: string, value: unknown, from: string): void => {
    if (key in existing || value === undefined) return;
    keys[key] = value;
    guesses.push(`report.json "${key}": ${JSON.stringify(value)} (${from})`);
  };
  const title = doc.title.replace(/\n/gu, ' ');
  const date = dateFrom(doc.placeDate);
  const year = date?.slice(0, 4) ?? /\b(\d{4})\b/u.exec(title)?.[1];
  const signer = doc.signature.lines.map((l) => l.replace(/^(?:TM|KT|TL|Q)\.\s*/u, '')).find((l) => /ỦY BAN|UỶ BAN|HỘI ĐỒNG|SỞ|BAN /u.test(l));
  const fromLetterhead = issuerFrom(doc.letterhead?.issuer ?? [], doc.placeDate);
  const fromSignature = signer ? issuerFrom([signer, placeOf(doc.placeDate) ?? ''], doc.placeDate) : undefined;
  const issuer = fromLetterhead ?? fromSignature;
  propose('issuer', issuer, fromLetterhead ? 'the letterhead' : 'the signature block and the place: check it');
  propose('shortTitle', shorten(`${sentenceCase(doc.documentType)} ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`, 90), 'the document type and title, shortened');
  propose('description', `Toàn văn ${doc.documentType.toLocaleLowerCase('vi')}${issuer ? ` của ${issuer}` : ''}: ${title}`, 'the document type, issuer and title');
  propose('year', year === undefined ? undefined : Number(year), 'the place-and-date line or the title');
  propose('date', date ?? year, 'the place-and-date line');
  propose('defaultPeriod', periodFrom(title, year), 'the title');
  const collections = [...new Set(Object.values(map.entries).map((t) => t.collection))];
  const taskHeading = doc.outline.find((h) => doc.entries.some((e) => e.task !== undefined && parentNumber(e.number) === h.number));
  propose(
    'sections',
    collections.map((collection) => {
      const section = { collection, ...(COLLECTION_SECTIONS[collection] ?? { segment: slugify(collection), title: collection, description: collection }) };
      const heading = sharedHeading(doc, map, collection);
      if (heading) {
        const title = sentenceCase(heading.title);
        return { ...section, segment: idFromHeading(heading.title) || section.segment, title, description: `${title}.` };
      }
      if (collection === 'q4-tasks' && taskHeading) {
        const period = /(quy [ivx]+|thang \d{1,2}|\d+ thang (?:cuoi|dau) nam|nam \d{4})/u.exec(foldVietnamese(taskHeading.title))?.[1];
        const printed = period ? taskHeading.title.split(/\s+/u).slice(...wordSpan(taskHeading.title, period)).join(' ') : undefined;
        return {
          ...section,
          segment: period ? `nhiem-vu-${slugify(period)}` : section.segment,
          title: printed ? `Nhiệm vụ ${sentenceCase(printed).charAt(0).toLocaleLowerCase('vi')}${sentenceCase(printed).slice(1)}` : section.title,
          description: `${sentenceCase(taskHeading.title)}.`,
        };
      }
      return section;
    }),
    'one per collection in the map, in the order of the text',
  );
  return { keys, guesses };
}
