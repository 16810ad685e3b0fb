/** Link gate: every internal link, resource and #anchor of a set of built pages resolves. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
  /** URL path of the target, with its #fragment when the fragment is what is missing. */
  target: string;
  /** URL path of the page that links to it. */
  page: string;
  /** What is wrong: an HTTP status or a missing fragment. */
  reason: string;
}

/** A free TCP port on this machine, so several link checks can run side by side. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** URL path ("/kinh-te/") of an absolute URL on the checker's own server. */
function pathOf(url: string | undefined, origin: string): string {
  if (!url) return '(start)';
  if (url.startsWith(origin)) return url.slice(origin.length - 1);
  // linkinator reports URLs on its own server relative to the served folder.
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') ? url : `/${url}`;
}

/** `<form action>` targets of a page; linkinator reads links and resources but not forms. */
function formActions(html: string): string[] {
  return [...html.matchAll(/<form\b[^>]*?\saction=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The HTML file that a root-relative URL path is served from, as `astro preview` resolves it. */
function fileFor(root: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/**
 * Check every link, resource and fragment on `files` (HTML files under `root`) with linkinator,
 * serving `root` locally, plus every `<form action>`. Absolute links to `siteUrl` (canonical,
 * og:url) are checked against the same files; links to other origins are not followed (the
 * privacy gate makes sure no page loads anything from elsewhere).
 */
export async function checkLinks(root: string, files: string[], siteUrl = 'http://localhost:4321/'): Promise<BrokenLink[]> {
  const port = await freePort();
  const origin = `http://localhost:${port}/`;
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const paths = files.map((file) => relative(root, file).split(sep).join('/'));
  const checker = new LinkChecker();
  const result = await checker.check({
    path: paths,
    serverRoot: root,
    port,
    recurse: false,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin }],
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken: BrokenLink[] = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({
      target: pathOf(l.url, origin),
      // linkinator gives a missing same-page #fragment no parent: the page is the target's own.
      page: l.parent ? pathOf(l.parent, origin) : pathOf(l.url, origin).replace(/#.*$/, ''),
      reason: l.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${l.status ?? 0}`)).join('; ') || `HTTP ${l.status ?? 0}`,
    }));
  files.forEach((file, i) => {
    const page = `/${paths[i]}`;
    for (const action of formActions(readFileSync(file, 'utf8'))) {
      const target = new URL(action, `${origin}${paths[i]}`);
      if (target.origin === new URL(origin).origin && !fileFor(root, target.pathname)) {
        broken.push({ target: target.pathname, page, reason: 'form action: no page at this path' });
      }
    }
  });
  return broken.sort((a, b) => `${a.page} ${a.target}`.localeCompare(`${b.page} ${b.target}`));
}
