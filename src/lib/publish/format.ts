/** Number formatting for report figures: vi-VN by default, pure and locale-parametrised. */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** Format a figure as printed in Vietnamese: 1094.1 → "1.094,1", 3060 → "3.060". */
export function formatNumber(value: number, locale = 'vi-VN'): string {
  return formatter(locale).format(value);
}

/** A value with its unit: (1094.1, "nghìn lượt") → "1.094,1 nghìn lượt"; "%" is glued: "71,54%". */
export function formatWithUnit(value: number, unit: string, locale = 'vi-VN'): string {
  const number = formatNumber(value, locale);
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Signed percent with an explicit sign: 51.5 → "+51,5%", -1.31 → "−1,31%", 0 → "0%". */
export function formatSignedPercent(value: number, locale = 'vi-VN'): string {
  const magnitude = formatNumber(Math.abs(value), locale);
  if (value > 0) return `+${magnitude}%`;
  if (value < 0) return `−${magnitude}%`;
  return `${magnitude}%`;
}

/** Arrow for a change: ▲ up, ▼ down, ■ unchanged. */
export function changeArrow(value: number): '▲' | '▼' | '■' {
  if (value > 0) return '▲';
  if (value < 0) return '▼';
  return '■';
}

/**
 * The ways a report may print `value`: grouped vi-VN ("9.002") and ungrouped ("9002"),
 * each also with leading zeros ("05").
 */
export function printedForms(value: number, locale = 'vi-VN'): string[] {
  const grouped = formatNumber(value, locale);
  const plain = formatter(locale, { useGrouping: false }).format(value);
  return [...new Set([grouped, plain])];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` prints `value` as a whole number (not part of a longer one): 5 is in "05 cửa khẩu", not in "15". */
export function valueOccursIn(value: number, text: string, locale = 'vi-VN'): boolean {
  return printedForms(Math.abs(value), locale).some((form) => {
    const pattern = new RegExp(`(?<![\\d.,])0*${escapeRegExp(form)}(?![\\d]|[.,]\\d)`, 'u');
    return pattern.test(text);
  });
}

/** The first `max` words of a text with "…" when it is longer; shorter text is returned as it is. */
export function truncateWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : text.trim();
}

/**
 * A text cut to at most `max` characters at a word boundary, with "…" when cut (punctuation left at the
 * cut dropped); whitespace collapsed; a text that fits is returned whole. A first word longer than `max`
 * is cut inside it.
 */
export function shortenAtWord(text: string, max: number): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if ([...whole].length <= max) return whole;
  const room = [...whole].slice(0, Math.max(1, max - 1)).join('');
  const next = whole.charAt(room.length);
  const atBoundary = next === ' ' ? room : room.slice(0, Math.max(0, room.lastIndexOf(' ')));
  const kept = (atBoundary === '' ? room : atBoundary).replace(/[\s,;:.\-–—(]+$/u, '');
  return `${kept}…`;
}

/** Longest label made from a text's opening words (an untitled task's name in navigation and titles). */
export const OPENING_LABEL_MAX = 60;

/** A label from a text's opening words: its printed marker ("3.", "a)", "-") left out, shortened at a word (see `shortenAtWord`). */
export function openingLabel(text: string, max = OPENING_LABEL_MAX): string {
  return shortenAtWord(text.replace(/^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])\s+/u, ''), max);
}
