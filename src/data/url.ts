/** Hrefs and absolute URLs under the configured base and site. */
import { withBase } from '../lib/paths.ts';

/** Href of a site path under the deploy base. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a site path, for canonical links, citations and downloads. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
