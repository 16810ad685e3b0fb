// Browser-only: the <report-landing> custom element — marks the query's words in the paragraph a search result opened.
/**
 * A search result, when clicked, leaves its query in sessionStorage (`LANDING_QUERY_KEY`). On the page
 * it opens, `<report-landing>` takes the query (once), and in the element the address's #fragment
 * names, wraps the query's words where they stand together in `<mark class="landing-mark">`. The
 * matching code loads only when there is something to mark.
 */
import { LANDING_QUERY_KEY } from '../lib/search/results.ts';

/** Text nodes of the landing element that belong to the report's text (not footnote marks or link controls). */
function textNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('sup, button, .anchor-tools, .visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

class ReportLanding extends HTMLElement {
  connectedCallback(): void {
    let query: string | null = null;
    try {
      query = sessionStorage.getItem(LANDING_QUERY_KEY);
      sessionStorage.removeItem(LANDING_QUERY_KEY);
    } catch {
      return;
    }
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!query || !target) return;
    void Promise.all([import('../lib/search/engine.ts'), import('../lib/search/results.ts')]).then(([search, results]) => {
      const nodes = textNodes(target);
      const text = nodes.map((n) => n.data).join('');
      const ranges = results.standingTogether(text, search.matchRanges(text, query));
      let offset = text.length;
      // Right to left, so that wrapping one match leaves the offsets of the earlier ones as they were.
      for (const node of nodes.reverse()) {
        offset -= node.data.length;
        const end = offset + node.data.length;
        for (const r of [...ranges].reverse()) {
          if (r.end <= offset || r.start >= end) continue;
          const range = document.createRange();
          range.setStart(node, Math.max(r.start, offset) - offset);
          range.setEnd(node, Math.min(r.end, end) - offset);
          const mark = document.createElement('mark');
          mark.className = 'landing-mark';
          range.surroundContents(mark);
        }
      }
    });
  }
}

customElements.define('report-landing', ReportLanding);
