// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeReport from './src/lib/text/markdown/rehype-report.ts';
import { ui, isPublishingBuild, resolveSiteConfig } from './src/lib/publish/index.ts';
import { contentCacheDir, contentRoot } from './src/content-root.ts';

/**
 * Origin (SITE_URL) and sub-path (BASE_PATH) of the deployed site, checked: a bad value stops here with
 * what to write, and so does a publishing build (`npm run build -- --publish`, or `npm run build` with
 * CI=true) without SITE_URL.
 */
const { site, base, warning } = resolveSiteConfig(process.env, { publish: isPublishingBuild(process.argv, process.env) });

/** Says once per build that SITE_URL is unset, so the build writes no absolute address. */
const siteUrlWarning = {
  name: 'site-url',
  hooks: {
    'astro:config:setup': (/** @type {{ command: string, logger: { warn(message: string): void } }} */ { command, logger }) => {
      if (warning && command === 'build') logger.warn(warning);
    },
  },
};

export default defineConfig({
  // No `site` without SITE_URL: the build then writes no absolute address.
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // A sitemap lists absolute URLs only: without SITE_URL there is none.
  integrations: [siteUrlWarning, mdx(), ...(site ? [sitemap()] : [])],
  markdown: {
    // No code blocks in a report, and Shiki's inline styles would break the strict CSP below.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeReport, { footnotesLabel: ui.footnotes, regionLabel: ui.footnotesOf, backLabel: ui.footnoteBack, taskPrefix: ui.taskAnchorPrefix, tableLabel: ui.tableRegion }]],
      remarkRehype: {
        clobberPrefix: '',
        footnoteLabel: ui.footnotes,
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: {},
        footnoteBackLabel: (/** @type {number} */ i) => ui.footnoteBack(String(i + 1)),
      },
    }),
  },
  build: { format: 'directory' },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, which the bundler
        // reports once per entry although Astro handles it; real warnings stay visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  // Strict CSP: Astro hashes the scripts and styles it emits into a <meta http-equiv> on every page;
  // nothing else may run or load, and nothing leaves the site. (frame-ancestors, sandbox and
  // report-uri are ignored in a <meta> policy, so they are not listed.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Each content root keeps its own content cache, so a build of one report never reads another's
  // entries (they used to come back as "multiple entries with the same slug" warnings).
  cacheDir: process.env.ASTRO_CACHE_DIR || contentCacheDir(contentRoot),
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
});
