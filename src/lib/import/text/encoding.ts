/**
 * The encoding of an input text file, detected before it is parsed, so a UTF-16 or Windows-1258 file is
 * named as such instead of failing later as a report without headings, and no byte is silently turned
 * into U+FFFD. Only UTF-8 (with or without a byte-order mark) is read.
 */

/** An input that is not readable UTF-8; the message says what it is and how to convert it. */
export class EncodingError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'EncodingError';
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Whether bytes look like UTF-16 without a byte-order mark: many NUL bytes on one parity. */
function looksUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 1) if (bytes[i] === 0) (i % 2 === 0 ? (even += 1) : (odd += 1));
  if (odd > n / 8 && even < odd / 4) return 'LE';
  if (even > n / 8 && odd < even / 4) return 'BE';
  return undefined;
}

/** Decode a text file as UTF-8, refusing UTF-16, Windows-1258 and other non-UTF-8 bytes, and U+FFFD. */
export function decodeUtf8Text(bytes: Uint8Array, file: string): string {
  const convert = (from: string): string => `convert it to UTF-8 first (for example: iconv -f ${from} -t UTF-8 ${file} > report.txt)`;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) throw new EncodingError(file, `the file is UTF-16 LE (it starts with a UTF-16 byte-order mark); ${convert('UTF-16')}`);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) throw new EncodingError(file, `the file is UTF-16 BE (it starts with a UTF-16 byte-order mark); ${convert('UTF-16')}`);
  const utf16 = looksUtf16(bytes);
  if (utf16) throw new EncodingError(file, `the file looks like UTF-16 ${utf16} without a byte-order mark (every other byte is 0); ${convert(`UTF-16${utf16}`)}`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(body);
    const bad = lenient.indexOf('\uFFFD');
    const offset = new TextEncoder().encode(lenient.slice(0, Math.max(0, bad))).length;
    const line = lineAt(body, offset);
    const hex = body[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    // Windows-1258 (Vietnamese ANSI) puts letters such as ơ, ư, đ and the tone marks in 0x80–0xFF.
    const highBytes = body.filter((b) => b >= 0x80).length;
    const cp1258 = highBytes > 0 && [0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xec, 0xde, 0xd2, 0xf2].some((b) => body.includes(b));
    throw new EncodingError(
      file,
      `line ${line}: byte 0x${hex} is not valid UTF-8; ${cp1258 ? `the file looks like Windows-1258 (Vietnamese ANSI): ${convert('CP1258')}` : `the file is not UTF-8: ${convert('<its encoding>')}`}`,
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const line = text.slice(0, replacement).split('\n').length;
    throw new EncodingError(file, `line ${line}: contains U+FFFD (the replacement character "\uFFFD"), text lost in an earlier conversion; fix it from the original document`);
  }
  return text;
}

/** A decoded input text made ready to parse, and what was changed on the way. */
export interface InputText {
  text: string;
  /** What was normalised, for the importer's warnings. */
  warnings: string[];
}

/**
 * UTF-8 text that was once read as Windows-1252 and saved again ("mojibake"): each Vietnamese letter
 * becomes two or three Latin-1 signs ("ỉ" → "á»‰", "đ" → "Ä‘", "ư" → "Æ°", "á" → "Ã¡"). No Vietnamese
 * word has these pairs.
 */
const MOJIBAKE = /(?:á[º»]|Ã[\u00A0-\u00BF]|Ä[\u0080-\u00BF\u2018\u2019\u201C\u201D]|Æ[\u00A0-\u00BF]|Ä‘|Ä\u0090)/u;

/** A space that looks like one but is not U+0020, and the name a message gives it. */
const ODD_SPACES: Readonly<Record<string, string>> = {
  '\u00A0': 'no-break space',
  '\u2007': 'figure space',
  '\u202F': 'narrow no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2009': 'thin space',
  '\u3000': 'ideographic space',
};

/** A heading marker at the start of a line ("Phần II", "III.", "1.2.", "b)") followed by an odd space. */
const MARKER_THEN_ODD_SPACE = /^(Phần|[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\))([\u00A0\u2007\u202F\u2002\u2003\u2009\u3000])/u;

/** "U+00A0" for a character. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Hold a decoded text to the forms the parser reads, naming the real cause and the line: mojibake is
 * refused (re-export from the original), a heading marker followed by an invisible odd space is refused
 * (it would be read as no heading, and blamed on the map), decomposed Unicode (NFD) is normalised to NFC
 * with a warning.
 */
export function checkInputText(text: string, file: string): InputText {
  const lines = text.split('\n');
  for (const [k, line] of lines.entries()) {
    const moji = MOJIBAKE.exec(line);
    if (moji) {
      const word = (line.slice(0, moji.index).split(/\s/u).at(-1) ?? '') + (line.slice(moji.index).split(/\s/u)[0] ?? '');
      throw new EncodingError(
        file,
        `line ${k + 1}: "${word}" is garbled text ("mojibake"): UTF-8 that was read as Windows-1252 and saved again, so each Vietnamese letter became two or three signs (here "${moji[0]}"); export the text from the original document again as UTF-8`,
      );
    }
    const odd = MARKER_THEN_ODD_SPACE.exec(line);
    if (odd) {
      const char = odd[2] ?? '';
      throw new EncodingError(
        file,
        `line ${k + 1}: "${odd[1]}" is followed by an invisible ${codePointName(char)} (${ODD_SPACES[char]}) instead of an ordinary space, so the line is not read as the heading "${odd[1]} …"; replace it with a space`,
      );
    }
  }
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text, warnings: [] };
  const at = lines.findIndex((line) => line !== line.normalize('NFC'));
  return {
    text: nfc,
    warnings: [`${file}: line ${at + 1}: the text is in decomposed Unicode (NFD: a letter and its accents as separate characters), normalised to NFC (one character a letter) so that it matches and is searched as printed`],
  };
}
