import { describe, expect, it } from 'vitest';
import { placeAddress, resolveAddress, resolveEmbedCode } from './addresses.ts';

describe('placeAddress', () => {
  it.each([
    // A build with SITE_URL: the canonical address wins wherever the page is opened.
    [{ canonical: 'https://example.gov.vn/bao-cao/kinh-te/a/', href: 'http://127.0.0.1:8080/bao-cao/kinh-te/a/' }, 'ii-1-b-2', 'https://example.gov.vn/bao-cao/kinh-te/a/#ii-1-b-2'],
    // A preview build: the page's own origin and base.
    [{ href: 'http://127.0.0.1:4334/bao-cao/kinh-te/a/' }, 'ii-1-b-2', 'http://127.0.0.1:4334/bao-cao/kinh-te/a/#ii-1-b-2'],
    [{ canonical: '', href: 'http://localhost:4334/toan-van/' }, 'fn-3', 'http://localhost:4334/toan-van/#fn-3'],
    // The page's own query and fragment are not part of the place's address.
    [{ href: 'http://127.0.0.1:4334/toan-van/?q=thu+ngan+sach#ii-1-a-1' }, 'phan-ii', 'http://127.0.0.1:4334/toan-van/#phan-ii'],
    [{ canonical: 'https://example.gov.vn/toan-van/#x', href: 'http://127.0.0.1/toan-van/' }, 'y', 'https://example.gov.vn/toan-van/#y'],
  ])('%j, #%s → %s', (page, id, expected) => {
    expect(placeAddress(page, id)).toBe(expected);
  });
});

describe('resolveAddress', () => {
  it.each([
    ['/bao-cao/hinh/3/', 'http://127.0.0.1:4334/bao-cao/kinh-te/a/', 'http://127.0.0.1:4334/bao-cao/hinh/3/'],
    ['/du-lieu/', 'http://localhost:4321/du-lieu/?q=x', 'http://localhost:4321/du-lieu/'],
    ['https://example.gov.vn/hinh/3/', 'http://127.0.0.1:4334/hinh/3/', 'https://example.gov.vn/hinh/3/'],
  ])('%s on %s → %s', (address, page, expected) => {
    expect(resolveAddress(address, page)).toBe(expected);
  });
});

describe('resolveEmbedCode', () => {
  const code = (src: string) => `<iframe src="${src}" title="Hình 3: A &amp; B" width="100%" height="600" loading="lazy"></iframe>`;
  it.each([
    [code('/bao-cao/hinh/3/'), '/bao-cao/hinh/3/', 'http://127.0.0.1:4334/bao-cao/kinh-te/a/', code('http://127.0.0.1:4334/bao-cao/hinh/3/')],
    [code('https://example.gov.vn/hinh/3/'), 'https://example.gov.vn/hinh/3/', 'http://127.0.0.1:4334/kinh-te/a/', code('https://example.gov.vn/hinh/3/')],
    // Only the quoted address is replaced, never a longer one that starts with it.
    [`${code('/hinh/3/')}<a href="/hinh/3/x">`, '/hinh/3/', 'http://h/', `${code('http://h/hinh/3/')}<a href="/hinh/3/x">`],
  ])('%s', (snippet, address, page, expected) => {
    expect(resolveEmbedCode(snippet, address, page)).toBe(expected);
  });
});
