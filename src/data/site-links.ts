/** The site's top-level links, in navigation order: the report's sections, the full text, the open data. */
import { reportPath, ui } from '../lib/publish/index.ts';
import type { ReportSection } from './report.ts';

/** A top-level link of the site. */
export interface SiteLink {
  /** Site path. */
  path: string;
  label: string;
}

/** Every section, then (under the report's prefix `basePath`) "Toàn văn" and "Dữ liệu": what the header menu and the footer list show. */
export function siteLinks(sections: readonly ReportSection[], basePath = ''): SiteLink[] {
  return [...sections.map((s) => ({ path: s.path, label: s.title })), { path: reportPath(basePath, '/toan-van/'), label: ui.fullText }, { path: reportPath(basePath, '/du-lieu/'), label: ui.openData }];
}

/** Whether a link is the page being shown, or the section it belongs to. */
export function isCurrentLink(linkPath: string, currentPath: string): boolean {
  return currentPath === linkPath || (linkPath !== '/' && currentPath.startsWith(linkPath));
}
