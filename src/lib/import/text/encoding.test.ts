import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, EncodingError } from './encoding.ts';

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
