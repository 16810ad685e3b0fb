/**
 * After an import is written, read it back and hold it to the source: every sentence of the input must
 * occur in the output (the fidelity rule of `lib/fidelity.ts`), so no section, paragraph or footnote is
 * lost between the text and the files — whatever the map did.
 */
import { readEntryText } from '../entry-text.ts';
import { normaliseText, sourceSentences } from '../fidelity.ts';
import { splitFrontmatter } from './mdx.ts';

/** One written MDX entry, read back from disk. */
export interface WrittenEntry {
  /** Its path, for messages. */
  path: string;
  /** The file's text. */
  text: string;
}

/** The printed text of a written entry: its heading (marker and title, when printed) and its body's paragraphs and footnotes. */
function entryText(file: WrittenEntry): string[] {
  const parts = splitFrontmatter(file.text);
  if (!parts) return [];
  const field = (key: string): string => {
    const m = new RegExp(`^${key}: (.*)$`, 'mu').exec(parts.frontmatter);
    if (!m) return '';
    try {
      return String(JSON.parse(m[1]!));
    } catch {
      return m[1]!;
    }
  };
  const marker = field('marker');
  const text = readEntryText(parts.body, 'x');
  return [
    ...(marker !== '' ? [`${marker} ${field('title')}`] : []),
    ...text.paragraphs.map((p) => p.text),
    ...text.footnotes.map((f) => f.text),
  ];
}

/** The printed text of report.json: header, outline headings, recipients and signature. */
function reportText(reportJson: string): string[] {
  const r = JSON.parse(reportJson) as {
    number?: string;
    placeDate?: string;
    documentType?: string;
    title?: string;
    outline?: Array<{ marker: string; title: string }>;
    recipientsLabel?: string;
    recipients?: string[];
    signature?: { lines: string[]; name: string };
  };
  return [
    r.number ?? '',
    r.placeDate ?? '',
    r.documentType ?? '',
    r.title ?? '',
    ...(r.outline ?? []).flatMap((h) => [h.marker, h.title]),
    r.recipientsLabel ?? '',
    ...(r.recipients ?? []),
    ...(r.signature?.lines ?? []),
    r.signature?.name ?? '',
  ];
}

/** Sentences of `source` that occur in none of the written files. Empty means nothing was lost. */
export function lostSentences(source: string, entries: WrittenEntry[], reportJson: string): string[] {
  const output = normaliseText([...reportText(reportJson), ...entries.flatMap(entryText)].join(' \u0000 '));
  return sourceSentences(source).filter((s) => !output.includes(s));
}
