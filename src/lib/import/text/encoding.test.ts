import { describe, expect, it } from 'vitest';
import { checkInputText, decodeUtf8Text, EncodingError } from './encoding.ts';

const text = 'Phần I\nĐẩy mạnh sản xuất lúa, ngô.\n';
const utf8 = new TextEncoder().encode(text);
const utf16le = (s: string, bom: boolean) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    bytes[(bom ? 2 : 0) + 2 * i] = c & 0xff;
    bytes[(bom ? 2 : 0) + 2 * i + 1] = c >> 8;
  }
  return bytes;
};
/** "Phần I\nĐẩy" in Windows-1258: ầ = â (0xE2) + combining grave (0xCC), Đ = 0xD0, ẩ = â + combining hook (0xD2). */
const cp1258 = new Uint8Array([0x50, 0x68, 0xe2, 0xcc, 0x6e, 0x20, 0x49, 0x0a, 0xd0, 0xe2, 0xd2, 0x79]);

describe('decodeUtf8Text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeUtf8Text(utf8, 'r.txt')).toBe(text);
    expect(decodeUtf8Text(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'r.txt')).toBe(text);
  });

  it.each([
    ['UTF-16 with a byte-order mark', utf16le(text, true), 'r.txt: the file is UTF-16 LE (it starts with a UTF-16 byte-order mark); convert it to UTF-8 first'],
    ['UTF-16 without a byte-order mark', utf16le(text, false), 'r.txt: the file looks like UTF-16 LE without a byte-order mark'],
    ['Windows-1258', cp1258, 'r.txt: line 1: byte 0xE2 is not valid UTF-8; the file looks like Windows-1258 (Vietnamese ANSI)'],
    ['a stray invalid byte', new Uint8Array([...new TextEncoder().encode('Một\nHai '), 0xff, 0x41]), 'r.txt: line 2: byte 0xFF is not valid UTF-8; the file is not UTF-8'],
    ['a replacement character', new TextEncoder().encode('Một\nHai\nLúa 15.443,3 \uFFFDha.'), 'r.txt: line 3: contains U+FFFD'],
  ])('names %s', (_, bytes, message) => {
    expect(() => decodeUtf8Text(bytes, 'r.txt')).toThrow(EncodingError);
    expect(() => decodeUtf8Text(bytes, 'r.txt')).toThrow(message);
  });
});

describe('checkInputText', () => {
  it('passes NFC text as it is, with no warning', () => {
    expect(checkInputText(text, 'report.txt')).toEqual({ text, warnings: [] });
  });

  it('normalises decomposed (NFD) text to NFC, naming the first line that was not', () => {
    const nfd = `Phần I\n${'Đẩy mạnh sản xuất lúa, ngô.'.normalize('NFD')}\n`;
    expect(nfd).not.toBe(text);
    const checked = checkInputText(nfd, 'report.txt');
    expect(checked.text).toBe(text);
    expect(checked.warnings).toEqual([
      'report.txt: line 2: the text is in decomposed Unicode (NFD: a letter and its accents as separate characters), normalised to NFC (one character a letter) so that it matches and is searched as printed',
    ]);
  });

  it.each([
    ['"Tỉnh" read as Windows-1252', 'Phần I\nỦy ban nhân dân Tá»‰nh Lạng Sơn.\n', 'report.txt: line 2: "Tá»‰nh" is garbled text ("mojibake"): UTF-8 that was read as Windows-1252 and saved again'],
    ['"đường" read as Windows-1252', 'Phần I\nKiểm tra\nÄ‘Æ°á»ng bộ.\n', 'report.txt: line 3: "Ä‘Æ°á»ng" is garbled text ("mojibake")'],
    ['"Thái" read as Windows-1252', 'ThÃ¡i Nguyên\n', 'line 1: "ThÃ¡i" is garbled'],
  ])('refuses mojibake: %s', (_, input, message) => {
    expect(() => checkInputText(input, 'report.txt')).toThrow(EncodingError);
    expect(() => checkInputText(input, 'report.txt')).toThrow(message);
  });

  it.each([
    ['b)\u00A0Phát triển', 'line 2: "b)" is followed by an invisible U+00A0 (no-break space) instead of an ordinary space, so the line is not read as the heading "b) …"; replace it with a space'],
    ['1.2.\u202FKinh tế', 'line 2: "1.2." is followed by an invisible U+202F (narrow no-break space)'],
    ['Phần\u00A0II', 'line 2: "Phần" is followed by an invisible U+00A0'],
  ])('refuses a heading marker followed by an odd space: %j', (line, message) => {
    expect(() => checkInputText(`Phần I\n${line}\n`, 'report.txt')).toThrow(message);
  });

  it('keeps a no-break space inside a sentence (it is text, not a heading marker)', () => {
    const input = 'Phần I\nĐạt 30\u00A0% kế hoạch.\n';
    expect(checkInputText(input, 'report.txt')).toEqual({ text: input, warnings: [] });
  });

  it('keeps Vietnamese capitals with a tilde ("Ã" is a letter too)', () => {
    const input = 'NGÃ BA, ngã tư, Ẵ.\n';
    expect(checkInputText(input, 'report.txt')).toEqual({ text: input, warnings: [] });
  });
});
