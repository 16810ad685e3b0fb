/**
 * The title block of a report, before its first heading: the issuer and motto row (as Word saves a
 * two-column table: one TAB line per row; or the same lines one under another), the number line ("Số:
 * /BC-UBND", blanks kept; possibly on one TAB line with the place and date), the place and date line, the
 * document type ("BÁO CÁO") and the title (possibly bold, possibly several lines). What follows the title
 * before the first heading is the report's opening text.
 */
import type { Letterhead } from '../model.ts';
import { blocksOf, cellsOf, stripBold, unwrapEmphasis } from './lines.ts';
import type { Fail, SourceLine } from './lines.ts';

const NUMBER_LINE = /^Số(?![\p{L}\p{N}])/u;
const PLACE_DATE = /(?<![\p{L}])ngày .*(?<![\p{L}])tháng .*(?<![\p{L}])năm(?![\p{L}])/iu;
const MOTTO = /^(?:CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)$/iu;
const WHOLLY_BOLD = /^\*\*.*\*\*$/u;

/** The title block as printed. */
export interface TitleBlock {
  /** The issuer and motto row, when the text has one. */
  letterhead?: Letterhead;
  /** Number line with its blanks. */
  number: string;
  /** Place and date line. */
  placeDate: string;
  /** "BÁO CÁO". */
  documentType: string;
  /** Title without bold markers; line breaks kept as "\n". */
  title: string;
  /** Lines after the title (the opening text), for the body reader. */
  rest: SourceLine[];
}

/** The title: each block's lines joined by "\n", bold removed around a block or around every line of it. */
function titleText(blocks: SourceLine[][]): string {
  return blocks
    .map((block) => {
      const texts = block.map((l) => l.text);
      if (texts.length > 1 && texts.every((t) => WHOLLY_BOLD.test(t))) return texts.map((t) => t.slice(2, -2)).join('\n');
      return stripBold(texts.join('\n'));
    })
    .join('\n');
}

/** Read the issuer and motto lines above the number line. */
function readLetterhead(lines: SourceLine[]): Letterhead | undefined {
  const issuer: string[] = [];
  const motto: string[] = [];
  for (const l of lines) {
    const cells = cellsOf(l);
    if (cells) {
      const [left = '', ...right] = cells.map((c) => unwrapEmphasis(c));
      if (left !== '') issuer.push(left);
      const r = right.filter((c) => c !== '').join(' ');
      if (r !== '') motto.push(r);
    } else {
      const t = unwrapEmphasis(l.text);
      (MOTTO.test(t) ? motto : issuer).push(t);
    }
  }
  return issuer.length + motto.length > 0 ? { issuer, motto } : undefined;
}

/** Parse the lines before the first heading; `end` is the line number of that heading (for messages). */
export function parseTitleBlock(lines: SourceLine[], end: number, fail: Fail): TitleBlock {
  const filled = lines.filter((l) => l.text !== '');
  const span = `lines 1–${end - 1}`;
  const numberAt = filled.findIndex((l) => NUMBER_LINE.test(l.text));
  if (numberAt < 0) {
    fail(filled[0]?.line ?? end, `expected the number line ("Số: …/BC-…") in the title block (${span}), before the first heading`);
  }
  const numberLine = filled[numberAt]!;
  const letterhead = readLetterhead(filled.slice(0, numberAt));

  let number = numberLine.text;
  let placeDate: string | undefined;
  let k = numberAt + 1;
  const numberCells = cellsOf(numberLine);
  if (numberCells) {
    number = numberCells[0]!;
    placeDate = numberCells.slice(1).filter((c) => c !== '').join(' ');
  }
  if (!placeDate) {
    const line = filled[k];
    if (!line || !PLACE_DATE.test(line.text)) {
      fail(line?.line ?? numberLine.line, `expected the place and date line ("Lạng Sơn, ngày … tháng … năm …") after the number line (line ${numberLine.line})`);
    }
    placeDate = line!.text;
    k += 1;
  }
  const typeLine = filled[k];
  const documentType = typeLine ? unwrapEmphasis(typeLine.text) : '';
  if (!typeLine || documentType !== documentType.toLocaleUpperCase('vi')) {
    fail(typeLine?.line ?? numberLine.line, `expected the document type in capitals ("BÁO CÁO") after the place and date line${typeLine ? `, found "${typeLine.text}"` : ''}`);
  }

  // The title: the rest of the document type's block, or the next block; then further wholly bold blocks of a bold title.
  const blocks = blocksOf(lines.filter((l) => l.line > typeLine!.line));
  const sameBlock = blocksOf(lines).find((b) => b.includes(typeLine!))!.filter((l) => l.line > typeLine!.line);
  const titleBlocks: SourceLine[][] = [];
  let restBlocks = blocks;
  if (sameBlock.length > 0) {
    titleBlocks.push(sameBlock);
    restBlocks = blocks.slice(1);
  } else if (blocks[0]) {
    titleBlocks.push(blocks[0]);
    restBlocks = blocks.slice(1);
  }
  if (titleBlocks.length === 0) fail(typeLine!.line, `expected the report's title after "${documentType}", before the first heading (line ${end})`);
  const bold = /^\*\*[\s\S]*\*\*$/u.test(titleBlocks[0]!.map((l) => l.text).join('\n'));
  while (bold && restBlocks[0]?.every((l) => WHOLLY_BOLD.test(l.text))) titleBlocks.push(restBlocks.shift()!);

  const lastTitle = titleBlocks.at(-1)!.at(-1)!.line;
  return {
    ...(letterhead ? { letterhead } : {}),
    number,
    placeDate,
    documentType,
    title: titleText(titleBlocks),
    rest: lines.filter((l) => l.line > lastTitle),
  };
}
