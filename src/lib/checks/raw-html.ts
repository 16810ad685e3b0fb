/**
 * Raw HTML in a report body. A body is the text of a signed document: it may carry a few inline
 * elements the original's typography needs (an abbreviation, a superscript) and the components authors
 * place (`<Chart id="…" />`), nothing that runs or restyles — no `<script>`, `<style>`, `<iframe>`, no
 * `on…=` handler, `style=` or `javascript:` URL, no `import`/`export` statement and no `{…}` expression (both run
 * code when the site is built). Checked on the parsed MDX tree, each problem with its line.
 */
import type { Nodes, Root } from 'mdast';

/** Inline HTML elements a body may use. */
export const ALLOWED_ELEMENTS: readonly string[] = ['abbr', 'b', 'br', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'wbr'];

/** Elements that run code, load something or restyle the page: refused with their own message. */
const DANGEROUS_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'img', 'video', 'audio', 'source', 'portal']);

/** A problem at a line of the body (1-based, counted in the body). */
export interface HtmlProblem {
  /** Line in the body. */
  line: number;
  /** What is wrong. */
  message: string;
}

/** Whether a URL would run script: `javascript:`, `vbscript:` or `data:text/html`, however spaced or cased. */
export function isScriptUrl(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters anywhere in the scheme.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/gu, '').toLowerCase();
  return /^(?:javascript|vbscript):/u.test(squeezed) || /^data:text\/html/u.test(squeezed);
}

type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkElement(node: JsxNode, components: ReadonlySet<string>, line: number, out: HtmlProblem[]): void {
  const name = node.name;
  if (name === null) return; // a fragment <>…</> renders only its children
  const isComponent = /^[A-Z]/u.test(name) || name.includes('.');
  if (isComponent) {
    if (!components.has(name)) out.push({ line, message: `<${name}> is not a component bodies may use (${[...components].join(', ')})` });
  } else if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    out.push({ line, message: `raw <${name}> is not allowed in a report body` });
  } else if (!ALLOWED_ELEMENTS.includes(name)) {
    out.push({ line, message: `raw <${name}> is not allowed in a report body; inline HTML is limited to ${ALLOWED_ELEMENTS.join(', ')}` });
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      if (!isComponent) out.push({ line, message: `<${name} {…}>: spread attributes are not allowed in a report body` });
      continue;
    }
    const attr = attribute.name;
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    if (/^on/iu.test(attr)) out.push({ line, message: `<${name} ${attr}=…>: event handler attributes are not allowed in a report body` });
    else if (attr.toLowerCase() === 'style') out.push({ line, message: `<${name} style=…>: inline styles are not allowed (the site's CSP forbids them)` });
    else if (value !== undefined && isScriptUrl(value)) {
      out.push({ line, message: `<${name} ${attr}="${value}">: javascript: URLs are not allowed in a report body` });
    } else if (attribute.value !== null && typeof attribute.value === 'object' && !isComponent) {
      out.push({ line, message: `<${name} ${attr}={…}>: attribute values must be plain text in a report body` });
    }
  }
}

/**
 * Raw HTML problems of a parsed body (see `parseEntryBody`): elements outside the allow-list, components
 * other than `components`, handlers, inline styles and script URLs — in HTML and in Markdown links and images.
 */
export function checkRawHtml(tree: Root, components: ReadonlySet<string>): HtmlProblem[] {
  const out: HtmlProblem[] = [];
  const visit = (node: Nodes): void => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, components, line, out);
    if (node.type === 'mdxjsEsm') {
      out.push({ line, message: `"${node.value.split('\n')[0]!.slice(0, 60)}": import and export statements are not allowed in a report body (they run code at build time; components need no import)` });
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      out.push({ line, message: `{${node.value.slice(0, 60)}}: expressions in braces are not allowed in a report body (they run code at build time); to print a brace, write \\{ or \\}` });
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isScriptUrl(node.url)) {
      out.push({ line, message: `link to "${node.url}": javascript: URLs are not allowed in a report body` });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return out;
}

/** `<Chart />` placements without a literal `id="…"`: the component cannot know which chart to draw. */
export function chartsWithoutId(tree: Root): number[] {
  const lines: number[] = [];
  const visit = (node: Nodes): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Chart') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (!id || typeof id.value !== 'string' || id.value === '') lines.push(node.position?.start.line ?? 1);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return lines;
}
