/** URL paths of the site, independent of where it is deployed. */

/** Join the deploy base ("/", "/bao-cao/") and a site path ("/kinh-te/") into an href. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** A report's site path under its prefix: '' (a one-report site) or "/2021-9-thang" before "/kinh-te/". */
export function reportPath(basePath: string, path: string): string {
  return `${basePath}${path}`;
}

/** Site path of an entry page: section slug + entry id. */
export function entryPath(sectionSlug: string, entryId: string): string {
  return `/${sectionSlug}/${entryId}/`;
}

/** Site path of a section page. */
export function sectionPath(sectionSlug: string): string {
  return `/${sectionSlug}/`;
}

/** Site path of a numbered figure's own page, the one other sites embed: "/hinh/3/". */
export function figurePath(figureNumber: number): string {
  return `/hinh/${figureNumber}/`;
}

/** Site path of a series' CSV under a report: "/du-lieu/chuoi/thu-ngan-sach.csv" (the series as that report saw it). */
export function seriesCsvPath(seriesId: string): string {
  return `/du-lieu/chuoi/${seriesId}.csv`;
}

/** Site path of an indicator's row in the open-data table: "/du-lieu/#kim-ngach-nhap-khau" (under a report's prefix `basePath`). */
export function indicatorRowPath(indicatorId: string, basePath = ''): string {
  return `${basePath}/du-lieu/#${indicatorId}`;
}
