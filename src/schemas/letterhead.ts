import { z } from 'astro/zod';
import { strict } from './strict.ts';

/**
 * The row above the title block of a Vietnamese administrative document, as printed: the issuing body on
 * the left ("ỦY BAN NHÂN DÂN", "TỈNH …") and the national motto on the right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), one printed line per item.
 */
export const LetterheadSchema = strict(z.object({
  /** The issuer's lines, top to bottom. */
  issuer: z.array(z.string().min(1, 'a letterhead line cannot be empty')).min(1, 'issuer needs at least one line'),
  /** The motto's lines, top to bottom. */
  motto: z.array(z.string().min(1, 'a letterhead line cannot be empty')).min(1, 'motto needs at least one line'),
}));

export type Letterhead = z.output<typeof LetterheadSchema>;
