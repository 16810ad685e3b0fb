/**
 * CSP and privacy gates: what a page's policy allows (read from its HTML), and what happens when a
 * browser loads it — CSP violations, console errors, and every request it makes.
 */
import type { Page } from '@playwright/test';

/** The directives of the first `<meta http-equiv="content-security-policy">` of a page, or undefined. */
export function metaCsp(html: string): Map<string, string[]> | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const policy = (content?.[1] ?? content?.[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const directives = new Map<string, string[]>();
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
    }
    return directives;
  }
  return undefined;
}

/** What is wrong with a page's policy: none, no script-src, or a script-src that lets inline code run. */
export function cspProblems(html: string): string[] {
  const csp = metaCsp(html);
  if (!csp) return ['no <meta http-equiv="content-security-policy">'];
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  if (!scriptSrc) return ['the policy has neither script-src nor default-src'];
  const problems: string[] = [];
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSrc.includes(loose)) problems.push(`script-src allows ${loose}`);
  }
  if (csp.has('object-src') ? !csp.get('object-src')?.includes("'none'") : !csp.get('default-src')?.includes("'self'")) {
    problems.push("object-src is not 'none'");
  }
  return problems;
}

/** One request a page made. */
export interface RecordedRequest {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, fetch, image, font, … */
  type: string;
}

/** What a watched page did while it was loaded and used. */
export interface PageWatch {
  /** CSP violations: directive and blocked resource ("script-src-elem inline"). */
  cspViolations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request, in order. */
  requests: RecordedRequest[];
}

declare global {
  interface Window {
    /** Set by the CSP watcher's init script; Playwright's binding that reports a violation. */
    reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Watch a page before it navigates: CSP violations (securitypolicyviolation events), console errors,
 * uncaught exceptions and every request. Requests to any origin other than `origin` are recorded
 * and then aborted, so no test traffic leaves this machine.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { cspViolations: [], errors: [], requests: [] };
  await page.exposeFunction('reportCspViolation', (violation: string) => {
    watch.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.reportCspViolation?.(`${e.effectiveDirective} ${e.blockedURI || 'inline'} (${e.sourceFile || document.URL}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => watch.requests.push({ url: r.url(), type: r.resourceType() }));
  await page.route(
    (url) => !isSameOrigin(url.href, origin),
    (route) => route.abort('blockedbyclient'),
  );
  return watch;
}

/** Whether a URL is served by `origin`; data: and blob: URLs never reach the network. */
export function isSameOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  return new URL(url).origin === new URL(origin).origin;
}

/** Requests that went (or tried to go) to another origin. */
export function offOriginRequests(requests: RecordedRequest[], origin: string): string[] {
  return requests.filter((r) => !isSameOrigin(r.url, origin)).map((r) => `${r.type} ${r.url}`);
}
