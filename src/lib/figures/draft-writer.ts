/**
 * Writes proposals into an entry's frontmatter as draft indicators: each a list item under `indicators:`
 * with `draft: true`, its printed clause as a YAML comment above it. The yaml Document API locates the
 * list (and refuses frontmatter that does not parse); the new items are spliced in as text, so every other
 * byte of the file — hand-typed indicators, comments, quoting, the body — stays as it was. Pure.
 */
import { isMap, isScalar, isSeq, parseDocument, type Pair } from 'yaml';
import type { Indicator } from '../../schemas/indicator.ts';
import { indicatorYamlLines, uniqueId } from './proposer.ts';

/** A proposal to write: the indicator and the clause it was read from. */
export interface DraftProposal {
  indicator: Indicator;
  /** The clause its figure is printed in, written as the comment above it. */
  clause: string;
}

/** Frontmatter the writer refuses to edit, with a message naming the file. */
export class FrontmatterError extends Error {}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/u;

/** The `indicators` pair of a frontmatter map, if any. */
function indicatorsPair(contents: unknown): Pair | undefined {
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isScalar(p.key) && p.key.value === 'indicators');
}

/** A frontmatter parsed, or a FrontmatterError naming `file` and the YAML problem. */
function parseFrontmatter(yaml: string, file: string) {
  const doc = parseDocument(yaml);
  const error = doc.errors[0];
  if (error) throw new FrontmatterError(`${file}: the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new FrontmatterError(`${file}: the frontmatter is not a map of keys (title, number, order, indicators…)`);
  return doc;
}

/**
 * `source` (a whole MDX file) with `drafts` added at the end of its `indicators:` list (the list made when
 * there is none, or it is `[]`), each with a unique id (against `taken`, which the new ids join) and
 * `draft: true`. Returns the new text and the ids written. Throws a FrontmatterError naming `file` when the
 * file has no frontmatter, it does not parse, or `indicators:` is a non-empty flow list (`[{ … }]`).
 */
export function writeDrafts(source: string, file: string, drafts: readonly DraftProposal[], taken: Set<string>): { source: string; ids: string[] } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new FrontmatterError(`${file}: has no frontmatter (a "---" block at the top) to write indicators into`);
  const [whole, open = '', yaml = '', close = ''] = match;
  const doc = parseFrontmatter(yaml, file);
  if (drafts.length === 0) return { source, ids: [] };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const pair = indicatorsPair(doc.contents);
  const value = pair?.value;

  let at: number;
  let end: number;
  let lead: string;
  let trail = '';
  let pad = '  ';
  if (pair === undefined) {
    at = end = yaml.length;
    lead = `${yaml.length > 0 ? eol : ''}indicators:${eol}`;
  } else if (isSeq(value) && !value.flow && value.range) {
    // After the last item of the block list: its range ends after the item's line.
    at = end = value.range[2];
    const lineStart = yaml.lastIndexOf('\n', value.range[0] - 1) + 1;
    pad = ' '.repeat(value.range[0] - lineStart);
    lead = at > 0 && yaml[at - 1] !== '\n' ? eol : '';
    // What followed the list (a blank line, the next key) follows the new items on a line of its own.
    trail = at < yaml.length ? eol : '';
  } else if ((isSeq(value) && value.flow && value.items.length === 0) || (isScalar(value) && value.value === null) || value === null) {
    // "indicators: []" or "indicators:" with nothing: the value is replaced by a block list.
    const range = (value as { range?: [number, number, number] } | null)?.range;
    at = range ? range[0] : ((pair.key as { range?: [number, number, number] }).range?.[1] ?? yaml.length) + 1;
    end = range ? range[1] : at;
    // The list starts on the line after the key: drop the space after the colon.
    while (at > 0 && yaml[at - 1] === ' ') at -= 1;
    lead = eol;
  } else {
    throw new FrontmatterError(`${file}: "indicators:" is written as a flow list ("[{ … }]"); write it as a block list ("- id: …" items) so that --write can add to it`);
  }

  const ids: string[] = [];
  const items = drafts.map(({ indicator, clause }) => {
    const id = uniqueId(indicator.id, taken);
    ids.push(id);
    const lines = [`# ${clause.replace(/\s+/gu, ' ').trim()}`, ...indicatorYamlLines({ ...indicator, draft: true }, id)];
    return lines.map((line) => `${pad}${line}`).join(eol);
  });
  const tail = yaml.slice(end);
  const inserted = `${lead}${items.join(eol)}${trail}`;
  const written = `${yaml.slice(0, at)}${inserted}${tail}`;

  // The splice must leave every other key as it was and add exactly these items after the old ones.
  const before = doc.toJS() as Record<string, unknown>;
  const after = parseFrontmatter(written, file).toJS() as Record<string, unknown>;
  const oldList = Array.isArray(before['indicators']) ? (before['indicators'] as unknown[]) : [];
  const newList = Array.isArray(after['indicators']) ? (after['indicators'] as unknown[]) : [];
  const rest = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).filter(([k]) => k !== 'indicators'));
  if (rest(before) !== rest(after) || JSON.stringify(newList.slice(0, oldList.length)) !== JSON.stringify(oldList) || newList.length !== oldList.length + drafts.length) {
    throw new Error(`${file}: writing the drafts would change the frontmatter beyond "indicators:"; nothing was written`);
  }
  return { source: `${open}${written}${close}${source.slice(whole.length)}`, ids };
}
