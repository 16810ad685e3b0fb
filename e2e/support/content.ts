/** The entries of a content root as files: frontmatter, body and page path, read without the site's code paths. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One MDX entry of a content root. */
export interface ContentFile {
  /** File path relative to the content root: "economy/kinh-te-cua-khau.mdx". */
  file: string;
  /** Site path of its page. */
  path: string;
  /** Parsed frontmatter. */
  frontmatter: Record<string, unknown>;
  /** MDX body without frontmatter. */
  body: string;
}

/** Every entry of the sections `report.json` lists, in folder order. */
export function contentFiles(contentDir: string): ContentFile[] {
  const report = JSON.parse(readFileSync(join(contentDir, 'report.json'), 'utf8')) as { sections: { collection: string; segment: string }[] };
  return report.sections.flatMap(({ collection, segment }) =>
    readdirSync(join(contentDir, collection))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(contentDir, collection, f), 'utf8');
        const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const frontmatter = parse(yaml) as Record<string, unknown>;
        const slug = typeof frontmatter['task'] === 'number' ? String(frontmatter['task']) : f.replace(/\.mdx$/, '');
        return { file: `${collection}/${f}`, path: `/${segment}/${slug}/`, frontmatter, body };
      }),
  );
}

/** Ids of the numbered paragraphs of a built page, in order. */
export function pageParagraphIds(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*\bdata-paragraph="\d+"[^>]*>/g)].map((m) => /\bid="([^"]+)"/.exec(m[0])?.[1] ?? '');
}
