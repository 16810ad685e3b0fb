/**
 * Where the site is published: `SITE_URL` (origin) and `BASE_PATH` (sub-path), read once by
 * `astro.config.mjs`. Bad values fail the build with a message that says what to write. Without
 * `SITE_URL` the build knows no origin: it writes no absolute address (no canonical link, no sitemap;
 * downloads carry root-relative URLs) and the browser builds copied links, citations and embed code
 * from the address the page is served at, so `npm start` works; a publishing build (`--publish`)
 * refuses to run without it.
 */

/** The command-line flag that marks a publishing build: `npm run build -- --publish`. */
export const PUBLISH_FLAG = '--publish';

/**
 * Whether this build publishes: `--publish` on its command line, or `npm run build` on a CI machine
 * (`CI` set, as CI services do). `npm test`'s own build, under CI too, stays a preview.
 */
export function isPublishingBuild(argv: readonly string[], env: { CI?: string | undefined; npm_lifecycle_event?: string | undefined }): boolean {
  if (argv.includes(PUBLISH_FLAG)) return true;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return ci && env.npm_lifecycle_event === 'build';
}

/** What the build publishes under, and what it should warn about. */
export interface SiteConfig {
  /** Astro `site`: an origin without a path, e.g. "https://example.gov.vn"; undefined when `SITE_URL` is unset. */
  site: string | undefined;
  /** Astro `base`: "/" or a sub-path with a slash at both ends, e.g. "/bao-cao/". */
  base: string;
  /** The warning to print once when `SITE_URL` was not given; undefined when it was. */
  warning: string | undefined;
}

/** A path segment as URLs carry it unescaped: letters, digits and - . _ ~ (no spaces, no %, no ?). */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `SITE_URL` checked and reduced to its origin; throws with what to write instead. */
function siteOrigin(raw: string): string {
  const example = 'SITE_URL=https://example.gov.vn';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute address. Write the site's origin with its scheme, e.g. ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://, e.g. ${example}`);
  }
  if (url.username || url.password) throw new Error(`SITE_URL "${raw}" must not carry a user name or password. Write the origin only, e.g. ${url.protocol}//${url.host}`);
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    throw new Error(`SITE_URL "${raw}" must not have a query or fragment. Write the origin only: SITE_URL=${url.origin}`);
  }
  if (url.pathname !== '/') {
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    throw new Error(`SITE_URL "${raw}" has a path ("${url.pathname}"). Write the origin in SITE_URL and the path in BASE_PATH: SITE_URL=${url.origin} BASE_PATH=${path}`);
  }
  return url.origin;
}

/** `BASE_PATH` checked: "/" or "/a/b/"; throws with what to write instead. */
function basePath(raw: string): string {
  if (raw === '/') return raw;
  const segments = raw.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) {
    // Resolve the dot segments the way a browser does, so the message names the path they stand for.
    const resolved: string[] = [];
    for (const s of segments) {
      if (s === '..') resolved.pop();
      else if (s !== '.') resolved.push(s);
    }
    const meant = resolved.length === 0 ? '/' : `/${resolved.join('/')}/`;
    throw new Error(`BASE_PATH "${raw}" has a "." or ".." segment: browsers resolve those away, so some URLs would keep the prefix and others lose it. Write the path without them: BASE_PATH=${meant}`);
  }
  const suggestion = `/${segments.join('/')}/`;
  if (segments.length === 0 || !segments.every((s) => SEGMENT.test(s))) {
    throw new Error(`BASE_PATH "${raw}" is not a URL path. Write "/" or a sub-path of letters, digits and dashes with a slash at both ends, e.g. BASE_PATH=/bao-cao/`);
  }
  if (!raw.startsWith('/') || !raw.endsWith('/') || raw.includes('//')) {
    throw new Error(`BASE_PATH "${raw}" needs a slash at both ends (and no double slashes). Write BASE_PATH=${suggestion}`);
  }
  return raw;
}

/**
 * Read `SITE_URL` and `BASE_PATH` (empty counts as unset); throws on a bad value, naming the variable,
 * and, when `publish` is set, on an unset `SITE_URL`.
 */
export function resolveSiteConfig(env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined }, options: { publish?: boolean } = {}): SiteConfig {
  const rawSite = env.SITE_URL?.trim() ?? '';
  const rawBase = env.BASE_PATH?.trim() ?? '';
  const base = rawBase === '' ? '/' : basePath(rawBase);
  if (rawSite === '') {
    if (options.publish) {
      throw new Error(`SITE_URL is not set: a publishing build (${PUBLISH_FLAG}, or npm run build with CI=true) needs the site's public origin for canonical URLs, the sitemap and data downloads. Set it, e.g. SITE_URL=https://example.gov.vn npm run build -- ${PUBLISH_FLAG}`);
    }
    return {
      site: undefined,
      base,
      warning: `SITE_URL is not set: this is a preview build, without canonical URLs or a sitemap, and with root-relative URLs in data downloads; copied links, citations and embed code take the address the site is served at. For publication: SITE_URL=https://example.gov.vn npm run build -- ${PUBLISH_FLAG}`,
    };
  }
  return { site: siteOrigin(rawSite), base, warning: undefined };
}
