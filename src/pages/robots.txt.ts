/** robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH (no sitemap without SITE_URL). */
import type { APIRoute } from 'astro';
import { siteUrl } from '../data/url';

const sitemap = siteUrl('/sitemap-index.xml');

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
