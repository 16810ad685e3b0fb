/** "Nơi nhận:", its "- " recipient lines, then the signature block and the signatory's name as its last line. */
import { cellsOf, stripBold } from './lines.ts';
import type { Fail, SourceLine } from './lines.ts';

/** The longest line a signature block holds ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", a name). */
const SIGNATURE_LINE_MAX = 60;

/** Recipients and signature as printed. */
export interface Trailer {
  /** "Nơi nhận:" as printed. */
  recipientsLabel: string;
  /** Recipient lines without their leading "- ". */
  recipients: string[];
  /** Signature block lines (bold markers removed) and the signatory's name. */
  signature: { lines: string[]; name: string };
}

/** Parse the lines from "Nơi nhận:" to the first appendix after the signature, the footnote block or the end. */
export function parseTrailer(lines: SourceLine[], fail: Fail): Trailer {
  const [label, ...rest] = lines.filter((l) => l.text !== '');
  if (!label) return fail(lines.at(-1)?.line ?? 1, 'expected "Nơi nhận:" and a signature after the body');
  const recipients: string[] = [];
  let k = 0;
  for (; k < rest.length && rest[k]!.text.startsWith('- '); k++) recipients.push(rest[k]!.text.slice(2));
  const signature = rest.slice(k);
  for (const l of signature) {
    if (cellsOf(l)) fail(l.line, 'a table after the signature; expected a "PHỤ LỤC" line before an appendix\'s table');
    if (l.text.length > SIGNATURE_LINE_MAX) {
      fail(l.line, `a long line in the signature block; expected short lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and the signatory's name — an appendix after the signature starts with a "PHỤ LỤC" line`);
    }
  }
  const name = signature.pop();
  if (!name || signature.length === 0) return fail(label.line, 'expected a signature block and a name after the recipients');
  return {
    recipientsLabel: label.text,
    recipients,
    signature: { lines: stripBold(signature.map((l) => l.text).join('\n')).split('\n'), name: name.text },
  };
}
