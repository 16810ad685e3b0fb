/**
 * Absolute addresses in the browser. A build with `SITE_URL` writes absolute addresses (and a canonical
 * link); a preview build writes root-relative ones, which the browser resolves against the address the
 * page is served at, so copied links, citations and embed code work wherever the site is opened.
 */

/** The page as the browser sees it: its canonical link (absent in a preview build) and its own address. */
export interface PageAddress {
  /** `href` of `<link rel="canonical">`, when the page has one. */
  canonical?: string | undefined;
  /** `location.href`. */
  href: string;
}

/** The address of a place (`#id`) on the page: the canonical URL when there is one, else the page's own; never a query or old fragment. */
export function placeAddress(page: PageAddress, id: string): string {
  const url = new URL(page.canonical || page.href);
  url.search = '';
  url.hash = '';
  return `${url.href}#${id}`;
}

/** An address the build wrote (absolute, or root-relative such as "/bao-cao/hinh/3/") made absolute against the page's own. */
export function resolveAddress(address: string, pageHref: string): string {
  return new URL(address, pageHref).href;
}

/** Embed code whose figure address (`src="…"`, as the build wrote it) is made absolute against the page's own. */
export function resolveEmbedCode(code: string, address: string, pageHref: string): string {
  const absolute = resolveAddress(address, pageHref);
  return absolute === address ? code : code.split(`"${address}"`).join(`"${absolute}"`);
}
