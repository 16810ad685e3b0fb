import { z } from 'astro/zod';
import { LetterheadSchema } from './letterhead.ts';
import { MainPointsSchema } from './main-point.ts';
import { strict } from './strict.ts';

/** Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real year, month or day ("2021-02-29" does not). */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year!, month, 0)).getUTCDate();
}

/** A heading of the original that has no text of its own ("Phần I", "II.", "1. Về phát triển kinh tế"). */
export const OutlineHeadingSchema = strict(z.object({
  /** Section number: "Phần I", "II", "II.1". */
  number: z.string().min(1),
  /** Marker as printed: "Phần I", "II.", "1.". */
  marker: z.string().min(1),
  /** Heading text as printed. */
  title: z.string().min(1),
  /** HTML heading level on the full-text page (2–5). */
  level: z.number().int().min(2).max(5),
  /** Order of the first entry this heading stands before. */
  before: z.number().int().positive(),
}));

/** A section of the site: one content collection, with its URL slug and title. */
export const SectionSchema = strict(z.object({
  /** Content collection holding its entries. */
  collection: z.enum(['directives', 'economy', 'culture-society', 'security', 'assessment', 'q4-tasks', 'appendix']),
  /** URL segment, lowercase ASCII: "kinh-te". */
  segment: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'segment must be lowercase kebab-case ASCII'),
  /** Vietnamese title: "Kinh tế". */
  title: z.string().min(1),
  /** One sentence shown on its card. */
  description: z.string().min(1),
}));

/** The report's metadata: title block, issuer, signature, recipients, sections. */
export const ReportSchema = strict(z.object({
  /** Issuing body, spelled out: "Ủy ban nhân dân tỉnh …". */
  issuer: z.string().min(1),
  /** Short title for the header and <title>. */
  shortTitle: z.string().min(1),
  /** Site description for the home page. */
  description: z.string().min(1),
  /** Year the report was issued (for citations). */
  year: z.number().int(),
  /** Publication date for citation meta tags, ISO (YYYY or YYYY-MM or YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, { error: (issue) => `date "${String(issue.input)}" is no day of the calendar (month 01–12, a day that month has)` }),
  /** Optional: the issuer and motto row above the number line, as printed ("ỦY BAN NHÂN DÂN" / "TỈNH …", "CỘNG HÒA …" / "Độc lập - Tự do - Hạnh phúc"). */
  letterhead: LetterheadSchema.optional(),
  /** Document type as printed: "BÁO CÁO". */
  documentType: z.string().min(1),
  /** Number line as printed, blanks kept: "Số: /BC-UBND". */
  number: z.string(),
  /** Place and date line as printed: "…, ngày tháng 10 năm 2021". */
  placeDate: z.string(),
  /** Full title as printed; line breaks as "\n". */
  title: z.string().min(1),
  /** Period of an indicator that names none: "9 tháng 2021". */
  defaultPeriod: z.string().min(1),
  /** Headings without text of their own, for the full text. */
  outline: z.array(OutlineHeadingSchema).default([]),
  /** "Nơi nhận:" as printed. */
  recipientsLabel: z.string().default('Nơi nhận:'),
  /** Recipients as printed, one per line. */
  recipients: z.array(z.string()).default([]),
  /** Signature block: the lines above the name, and the name. */
  signature: z.object({ lines: z.array(z.string()), name: z.string() }),
  /** Site sections in navigation order. */
  sections: z.array(SectionSchema).min(1),
  /** 3–6 sentences of the report, quoted verbatim, for "Điểm chính" on the home page. */
  mainPoints: MainPointsSchema,
}));

export type Report = z.output<typeof ReportSchema>;
export type Section = z.output<typeof SectionSchema>;
export type OutlineHeading = z.output<typeof OutlineHeadingSchema>;
