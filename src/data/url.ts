/** Hrefs and URLs under the configured base and site (`SITE_URL`, which a preview build may lack). */
import { withBase } from '../lib/publish/index.ts';

/** Href of a site path under the deploy base. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * Absolute URL of a site path when the build knows its origin (`SITE_URL`), for canonical links,
 * OpenGraph and `citation_*` tags, the sitemap and printed addresses; undefined in a preview build.
 */
export function siteUrl(path: string): string | undefined {
  const site: string | undefined = import.meta.env.SITE;
  return site ? new URL(href(path), site).href : undefined;
}

/**
 * The address of a site path as the build can best write it: absolute with `SITE_URL`, root-relative
 * (base included) without, for data downloads and the addresses browser scripts resolve against the page.
 */
export function publicUrl(path: string): string {
  return siteUrl(path) ?? href(path);
}
