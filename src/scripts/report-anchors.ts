// Shipped to the browser: "Liên kết" and "Trích dẫn" controls on paragraphs, footnotes, headings and tasks (figures have their own, in <report-chart>).
import { placeAddress } from '../lib/addresses.ts';
import { formatAccessDate, formatCitation, placeLabel, type CitedPlace, type CitedReport } from '../lib/citation.ts';
import { citeText } from '../lib/ui-text.ts';
import { copyOrSelect } from './clipboard.ts';

/** The elements that get controls. */
const TARGETS = 'p[data-paragraph], li[data-footnote], [data-anchor]';

/** What a control acts on: the element's id, its name and, when it can be cited, where the citation points. */
interface Target {
  id: string;
  label: string;
  /** Citation place without the URL; undefined when the element has a link control only. */
  place: Omit<CitedPlace, 'url'> | undefined;
}

function targetOf(el: HTMLElement): Target | undefined {
  const id = el.id || el.querySelector('[id]')?.id;
  if (!id) return undefined;
  const scope = el.closest<HTMLElement>('[data-cite-section]');
  const section = scope?.dataset['citeSection'];
  const paragraph = el.dataset['paragraph'] !== undefined ? Number(el.dataset['paragraph']) : undefined;
  const footnote = el.dataset['footnote'];
  const label = el.dataset['anchor'] ?? placeLabel(scope?.dataset['citeShort'], { paragraph, footnote });
  if (paragraph !== undefined || footnote !== undefined) return { id, label, place: { section, paragraph, footnote } };
  // A heading or task cites its section; the page's own h1 is cited by the entry's citation box next to it.
  const citable = section !== undefined && !el.querySelector(':scope > h1');
  return { id, label, place: citable ? { section } : undefined };
}

/**
 * `<report-anchors data-report="{…}">` holds the live region and two templates; on connect it gives every
 * paragraph, footnote, heading and task in the main content a visible "Liên kết" control (copies
 * the canonical address of the place) and, where the place can be cited, "Trích dẫn" (opens a panel with
 * the same address and the Vietnamese citation, copyable). The controls sit at the end of the text they
 * belong to, so they are on screen when the reader has read it, on touch screens as with a mouse.
 */
class ReportAnchors extends HTMLElement {
  #report: CitedReport | undefined;
  #targets = new WeakMap<HTMLElement, Target>();
  /** Open panels and the element each belongs to. */
  #owners = new WeakMap<HTMLElement, HTMLElement>();
  #main: HTMLElement | null = null;
  readonly #onClick = (event: MouseEvent) => void this.#click(event);
  readonly #onKeydown = (event: KeyboardEvent) => {
    const panel = (event.target as Element).closest<HTMLElement>('.cite-panel');
    if (event.key === 'Escape' && panel) this.#closePanel(panel);
  };

  connectedCallback(): void {
    this.#main = document.querySelector<HTMLElement>('main');
    if (!this.#main) return;
    try {
      this.#report = JSON.parse(this.dataset['report'] ?? '') as CitedReport;
    } catch {
      this.#report = undefined;
    }
    for (const el of this.#main.querySelectorAll<HTMLElement>(TARGETS)) this.#enhance(el);
    this.#main.addEventListener('click', this.#onClick);
    this.#main.addEventListener('keydown', this.#onKeydown);
  }

  disconnectedCallback(): void {
    this.#main?.removeEventListener('click', this.#onClick);
    this.#main?.removeEventListener('keydown', this.#onKeydown);
    this.#main = null;
  }

  /** A copy of one of this element's templates. */
  #clone(name: 'tools' | 'panel'): HTMLElement | undefined {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
    const root = template?.content.firstElementChild;
    return root instanceof HTMLElement ? (root.cloneNode(true) as HTMLElement) : undefined;
  }

  #enhance(el: HTMLElement): void {
    if (this.#targets.has(el)) return;
    const target = targetOf(el);
    const tools = target && this.#clone('tools');
    if (!target || !tools) return;
    this.#targets.set(el, target);
    const link = tools.querySelector<HTMLElement>('[data-anchor-action="link"]');
    const cite = tools.querySelector<HTMLElement>('[data-anchor-action="cite"]');
    link?.setAttribute('aria-label', citeText.copyLinkTo(target.label));
    if (target.place && this.#report) {
      cite?.setAttribute('aria-label', citeText.citeTarget(target.label));
      cite?.setAttribute('aria-controls', this.#panelId(target));
    } else {
      cite?.remove();
    }
    this.#holder(el).append(tools);
  }

  #panelId(target: Target): string {
    return `trich-dan-${target.id}`;
  }

  /** Where an element's controls go: inside it; in a table row, its last cell. */
  #holder(el: HTMLElement): HTMLElement {
    return el.tagName === 'TR' && el.lastElementChild instanceof HTMLElement ? el.lastElementChild : el;
  }

  /** The element a click inside controls or a panel acts for. */
  #ownerOf(host: HTMLElement): HTMLElement | undefined {
    if (host.classList.contains('cite-panel')) return this.#owners.get(host);
    return host.parentElement?.closest<HTMLElement>(TARGETS) ?? undefined;
  }

  async #click(event: MouseEvent): Promise<void> {
    const clicked = event.target as Element;
    const button = clicked.closest<HTMLButtonElement>('button[data-anchor-action]');
    const host = button?.closest<HTMLElement>('.anchor-tools, .cite-panel');
    const el = host ? this.#ownerOf(host) : undefined;
    const target = el ? this.#targets.get(el) : undefined;
    if (!button || !host || !el || !target) return;
    const action = button.dataset['anchorAction'];
    if (action === 'link') {
      await copyOrSelect(this.#url(target), button, () => this.#openPanel(el, target).querySelector('input') ?? button);
    } else if (action === 'cite') {
      const panel = document.getElementById(this.#panelId(target));
      if (panel) this.#closePanel(panel);
      else this.#openPanel(el, target);
    } else if (action === 'copy-citation') {
      const text = host.querySelector<HTMLElement>('.cite-panel__text');
      if (text) await copyOrSelect(text.textContent ?? '', button, () => text);
    } else if (action === 'close') {
      this.#closePanel(host);
    }
  }

  /**
   * The one address of a place: the page's canonical URL (what the build was told with SITE_URL), or in
   * a preview build the address the page is served at, plus the place's #id. Copied links and citations
   * both use it, so a panel never shows two origins.
   */
  #url(target: Target): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    return placeAddress({ canonical, href: location.href }, target.id);
  }

  #openPanel(el: HTMLElement, target: Target): HTMLElement {
    const existing = document.getElementById(this.#panelId(target));
    if (existing) return existing;
    const panel = this.#clone('panel') ?? document.createElement('div');
    const url = this.#url(target);
    const citable = target.place !== undefined && this.#report !== undefined;
    panel.id = this.#panelId(target);
    panel.setAttribute('aria-label', citable ? citeText.citeTarget(target.label) : citeText.copyLinkTo(target.label));
    const input = panel.querySelector('input');
    if (input) input.value = url;
    const text = panel.querySelector<HTMLElement>('.cite-panel__text');
    if (citable && text && target.place && this.#report) {
      text.textContent = formatCitation(this.#report, { ...target.place, url }, formatAccessDate(new Date()));
    } else {
      panel.querySelectorAll('.cite-panel__text, .cite-panel__hint, [data-anchor-action="copy-citation"]').forEach((n) => n.remove());
    }
    const holder = this.#holder(el);
    if (el.tagName === 'LI' || el.tagName === 'TR') holder.append(panel);
    else holder.after(panel);
    this.#owners.set(panel, el);
    this.#toolsOf(el)?.querySelector('[data-anchor-action="cite"]')?.setAttribute('aria-expanded', 'true');
    return panel;
  }

  #toolsOf(el: HTMLElement): HTMLElement | null {
    return this.#holder(el).querySelector<HTMLElement>(':scope > .anchor-tools');
  }

  #closePanel(panel: HTMLElement): void {
    const owner = this.#owners.get(panel);
    const tools = owner ? this.#toolsOf(owner) : null;
    const toggle = tools?.querySelector<HTMLElement>('[data-anchor-action="cite"]') ?? tools?.querySelector<HTMLElement>('[data-anchor-action="link"]');
    tools?.querySelector('[data-anchor-action="cite"]')?.setAttribute('aria-expanded', 'false');
    const hadFocus = panel.contains(document.activeElement);
    panel.remove();
    if (hadFocus) toggle?.focus();
  }
}

if (!customElements.get('report-anchors')) customElements.define('report-anchors', ReportAnchors);
