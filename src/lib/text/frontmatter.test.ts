import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it.each([
    ['LF', '---\ntitle: "A"\n---\n\nThân.\n', 'title: "A"', '\nThân.\n'],
    ['CRLF', '---\r\ntitle: "A"\r\n---\r\nThân.', 'title: "A"', 'Thân.'],
    ['empty frontmatter', '---\n\n---\nThân.', '', 'Thân.'],
    ['a closing fence at the end', '---\na: 1\n---', 'a: 1', ''],
  ])('%s', (_, file, frontmatter, body) => {
    expect(splitFrontmatter(file)).toEqual({ frontmatter, body });
  });

  it.each([['no opening fence', 'title: "A"\n---\n'], ['no closing fence', '---\ntitle: "A"\n'], ['fences on adjacent lines', '---\n---\nThân.']])('%s → undefined', (_, file) => {
    expect(splitFrontmatter(file)).toBeUndefined();
  });

  it('splits a 20 MB file (a regex over it overflowed the stack)', () => {
    const body = 'Một câu của báo cáo, dài vừa phải.\n\n'.repeat(600_000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(20_000_000);
    const parts = splitFrontmatter(`---\ntitle: "A"\n---\n${body}`);
    expect(parts?.frontmatter).toBe('title: "A"');
    expect(parts?.body.length).toBe(body.length);
  });
});
