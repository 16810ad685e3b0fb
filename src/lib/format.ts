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
