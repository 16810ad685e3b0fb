import { describe, expect, it } from 'vitest';
import { isPublishingBuild, resolveSiteConfig } from './site-config.ts';

describe('resolveSiteConfig: good values', () => {
  it.each([
    [{ SITE_URL: 'https://example.gov.vn' }, 'https://example.gov.vn', '/'],
    [{ SITE_URL: 'https://example.gov.vn/' }, 'https://example.gov.vn', '/'],
    [{ SITE_URL: '  http://127.0.0.1:8080 ' }, 'http://127.0.0.1:8080', '/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/bao-cao/' }, 'https://example.gov.vn', '/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/a/bao-cao_2021/' }, 'https://example.gov.vn', '/a/bao-cao_2021/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '' }, 'https://example.gov.vn', '/'],
  ])('%j → site %s, base %s, no warning', (env, site, base) => {
    expect(resolveSiteConfig(env)).toEqual({ site, base, warning: undefined });
  });
});

describe('resolveSiteConfig: SITE_URL unset', () => {
  it.each([[{}], [{ SITE_URL: '' }], [{ SITE_URL: '   ' }]])('%j → no origin, and one warning saying what a preview build lacks', (env) => {
    const config = resolveSiteConfig(env);
    expect(config.site).toBeUndefined();
    expect(config.warning).toBe('SITE_URL is not set: this is a preview build, without canonical URLs or a sitemap, and with root-relative URLs in data downloads; copied links, citations and embed code take the address the site is served at. For publication: SITE_URL=https://example.gov.vn npm run build -- --publish');
  });

  it.each([[{}], [{ SITE_URL: '' }], [{ SITE_URL: '  ' }], [{ BASE_PATH: '/bao-cao/' }]])('%j with publish → refused, naming SITE_URL', (env) => {
    expect(() => resolveSiteConfig(env, { publish: true })).toThrow(/^SITE_URL is not set: a publishing build \(--publish, or npm run build with CI=true\) needs the site's public origin.*SITE_URL=https:\/\/example\.gov\.vn npm run build -- --publish$/);
  });

  it.each<[string[], Record<string, string>, boolean]>([
    [['astro', 'build', '--publish'], {}, true],
    [['astro', 'build'], { CI: 'true', npm_lifecycle_event: 'build' }, true],
    [['astro', 'build'], { CI: '1', npm_lifecycle_event: 'build' }, true],
    // npm test's own build on CI, and npm start, stay previews.
    [['astro', 'build'], { CI: 'true', npm_lifecycle_event: 'test' }, false],
    [['astro', 'build'], { CI: 'true', npm_lifecycle_event: 'start' }, false],
    [['astro', 'build'], { CI: 'false', npm_lifecycle_event: 'build' }, false],
    [['astro', 'build'], { npm_lifecycle_event: 'build' }, false],
  ])('isPublishingBuild(%j, %j) is %s', (argv, env, publishing) => {
    expect(isPublishingBuild(argv, env)).toBe(publishing);
  });

  it('a publishing build with SITE_URL passes as any other', () => {
    expect(resolveSiteConfig({ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/bao-cao/' }, { publish: true })).toEqual({ site: 'https://example.gov.vn', base: '/bao-cao/', warning: undefined });
  });

  it('still checks BASE_PATH', () => {
    expect(resolveSiteConfig({ BASE_PATH: '/bao-cao/' }).base).toBe('/bao-cao/');
    expect(() => resolveSiteConfig({ BASE_PATH: 'bao-cao' })).toThrow('BASE_PATH=/bao-cao/');
  });
});

describe('resolveSiteConfig: bad values say what to write', () => {
  it.each([
    [{ SITE_URL: 'https://example.gov.vn/bao-cao' }, 'SITE_URL "https://example.gov.vn/bao-cao" has a path ("/bao-cao"). Write the origin in SITE_URL and the path in BASE_PATH: SITE_URL=https://example.gov.vn BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn/bao-cao/' }, 'SITE_URL=https://example.gov.vn BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'example.gov.vn' }, 'SITE_URL "example.gov.vn" is not an absolute address. Write the site\'s origin with its scheme, e.g. SITE_URL=https://example.gov.vn'],
    [{ SITE_URL: 'not a url' }, 'SITE_URL "not a url" is not an absolute address'],
    [{ SITE_URL: 'ftp://example.gov.vn' }, 'SITE_URL "ftp://example.gov.vn" must start with https:// or http://'],
    [{ SITE_URL: 'https://example.gov.vn/?x=1' }, 'must not have a query or fragment. Write the origin only: SITE_URL=https://example.gov.vn'],
    [{ SITE_URL: 'https://u:p@example.gov.vn' }, 'must not carry a user name or password'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: 'bao-cao' }, 'BASE_PATH "bao-cao" needs a slash at both ends (and no double slashes). Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/bao-cao' }, 'Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: 'bao-cao/' }, 'Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '//bao-cao/' }, 'Write BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/báo cáo/' }, 'BASE_PATH "/báo cáo/" is not a URL path. Write "/" or a sub-path of letters, digits and dashes with a slash at both ends, e.g. BASE_PATH=/bao-cao/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '///' }, 'BASE_PATH "///" is not a URL path'],
    // Dot segments: refused, naming the path they resolve to (never suggesting another dot segment).
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '../x' }, 'BASE_PATH "../x" has a "." or ".." segment: browsers resolve those away, so some URLs would keep the prefix and others lose it. Write the path without them: BASE_PATH=/x/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/../x/' }, 'BASE_PATH "/../x/" has a "." or ".." segment'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/a/../' }, 'Write the path without them: BASE_PATH=/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/./' }, 'Write the path without them: BASE_PATH=/'],
    [{ SITE_URL: 'https://example.gov.vn', BASE_PATH: '/a/./b/' }, 'Write the path without them: BASE_PATH=/a/b/'],
  ])('%j', (env, message) => {
    expect(() => resolveSiteConfig(env)).toThrow(message);
  });
});
