/** URL paths of the site, independent of where it is deployed. */

/** Join the deploy base ("/", "/bao-cao/") and a site path ("/kinh-te/") into an href. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Site path of an entry page: section slug + entry id. */
export function entryPath(sectionSlug: string, entryId: string): string {
  return `/${sectionSlug}/${entryId}/`;
}

/** Site path of a section page. */
export function sectionPath(sectionSlug: string): string {
  return `/${sectionSlug}/`;
}
