// Shipped to the browser: the ¶ / # marks of paragraphs, footnotes, headings and tasks, and the one tools panel they open (figures have their own, in <report-chart>).
import { placeAddress } from '../lib/publish/addresses.ts';
import { formatAccessDate, formatCitation, placeLabel, type CitedPlace, type CitedReport } from '../lib/publish/citation.ts';
import { citeText } from '../lib/publish/ui-text.ts';
import { copyOrSelect } from './clipboard.ts';

/** The elements that get tools. */
const TARGETS = 'p[data-paragraph], li[data-footnote], [data-anchor]';

/** What the tools act on: the element's id, its name and, when it can be cited, where the citation points. */
interface Target {
  id: string;
  label: string;
  /** Citation place without the URL; undefined when the element has a link only. */
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
  return { id, label, place: section !== undefined ? { section } : undefined };
}

/**
 * `<report-anchors data-report="{…}">` holds the live region, the tools panel and two templates. On
 * connect it gives every paragraph and footnote of the main content a ¶ mark at its end, and every
 * heading and task a # mark after its title (the page's own h1 gets none: the entry's citation box is
 * next to it). A mark is a real button: it opens the one shared panel, placed in the flow under its
 * place (never over text), with "Sao chép liên kết" (copies the canonical address of the place) and,
 * where the place can be cited, "Trích dẫn" (shows the address and the Vietnamese citation, copyable).
 * Where is the mark drawn — in the margin beside the text on wide screens, after the words on narrow
 * ones — is the stylesheet's business. Figures have their own link and citation, in their "Tải về / Chia sẻ".
 */
class ReportAnchors extends HTMLElement {
  #report: CitedReport | undefined;
  #targets = new WeakMap<HTMLElement, Target>();
  /** The control that opens the panel for each place: its mark. */
  #openers = new WeakMap<HTMLElement, HTMLElement>();
  #panel: HTMLElement | null = null;
  /** The place the panel is open for. */
  #owner: HTMLElement | undefined;
  #main: HTMLElement | null = null;
  readonly #onClick = (event: MouseEvent) => void this.#click(event);
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.#panel && !this.#panel.hidden && this.#panel.contains(event.target as Node)) this.#close();
  };

  connectedCallback(): void {
    this.#main = document.querySelector<HTMLElement>('main');
    this.#panel = this.querySelector<HTMLElement>('.cite-panel');
    if (!this.#main || !this.#panel) return;
    try {
      this.#report = JSON.parse(this.dataset['report'] ?? '') as CitedReport;
    } catch {
      this.#report = undefined;
    }
    for (const el of this.#main.querySelectorAll<HTMLElement>(TARGETS)) this.#enhance(el);
    // The panel is in main while open and back in this element while closed: one listener on each.
    for (const root of [this.#main, this]) {
      root.addEventListener('click', this.#onClick);
      root.addEventListener('keydown', this.#onKeydown);
    }
  }

  disconnectedCallback(): void {
    for (const root of [this.#main, this]) {
      root?.removeEventListener('click', this.#onClick);
      root?.removeEventListener('keydown', this.#onKeydown);
    }
    this.#main = null;
  }

  /** A copy of one of this element's templates. */
  #clone(name: 'mark'): HTMLElement | undefined {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
    const root = template?.content.firstElementChild;
    return root instanceof HTMLElement ? (root.cloneNode(true) as HTMLElement) : undefined;
  }

  #citable(target: Target): boolean {
    return target.place !== undefined && this.#report !== undefined;
  }

  #enhance(el: HTMLElement): void {
    if (this.#targets.has(el) || el.querySelector(':scope > h1')) return;
    const target = targetOf(el);
    if (!target) return;
    const mark = this.#clone('mark');
    if (!mark) return;
    const heading = el.dataset['anchor'] !== undefined;
    mark.dataset['label'] = heading ? citeText.headingMark : citeText.paragraphMark;
    mark.setAttribute('aria-label', citeText.toolsFor(target.label));
    this.#targets.set(el, target);
    this.#openers.set(el, mark);
    // A task's mark follows its title; a heading's, the heading; a paragraph's or footnote's, its last word.
    const title = el.querySelector<HTMLElement>(':scope > .task-list__title');
    const words = el.tagName === 'LI' ? el.querySelector<HTMLElement>(':scope > p:last-of-type') : null;
    if (title) title.after(mark);
    else (words ?? el).append(mark);
  }

  /** The place a click acts for: the panel's owner, or the place holding the clicked control. */
  #ownerOf(button: HTMLElement): HTMLElement | undefined {
    if (this.#panel?.contains(button)) return this.#owner;
    return button.parentElement?.closest<HTMLElement>(TARGETS) ?? undefined;
  }

  async #click(event: MouseEvent): Promise<void> {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-anchor-action]');
    const el = button ? this.#ownerOf(button) : undefined;
    const target = el ? this.#targets.get(el) : undefined;
    if (!button || !el || !target || !this.#panel) return;
    const inPanel = this.#panel.contains(button);
    const action = button.dataset['anchorAction'];
    if (action === 'open') {
      if (this.#owner === el && !this.#panel.hidden) this.#close();
      else this.#open(el, target, false);
    } else if (action === 'link') {
      // Without the Clipboard API, the address is shown selected in the panel for copying by hand.
      await copyOrSelect(this.#url(target), button, () => this.#open(el, target, true).querySelector('input') ?? button);
    } else if (action === 'cite' && inPanel) {
      this.#showBody(this.#body()?.hidden !== false);
    } else if (action === 'copy-citation') {
      const text = this.#panel.querySelector<HTMLElement>('.cite-panel__text');
      if (text) await copyOrSelect(text.textContent ?? '', button, () => text);
    } else if (action === 'close') {
      this.#close();
    }
  }

  /**
   * The one address of a place: the page's canonical URL (what the build was told with SITE_URL), else
   * where the page is served, plus the place's #id. Copied links and citations both use it, so a panel never shows two origins.
   */
  #url(target: Target): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    return placeAddress({ canonical, href: location.href }, target.id);
  }

  #body(): HTMLElement | null {
    return this.#panel?.querySelector<HTMLElement>('.cite-panel__body') ?? null;
  }

  /** Show or hide the panel's address and citation part. */
  #showBody(shown: boolean): void {
    const body = this.#body();
    if (body) body.hidden = !shown;
    this.#panel?.querySelector('.cite-panel__actions [data-anchor-action="cite"]')?.setAttribute('aria-expanded', String(shown));
  }

  /**
   * Fill the panel for `el` and put it in the flow right under it: after a paragraph; at the end of a
   * heading's wrapper, a task or a footnote's list item. `body` shows the citation part.
   */
  #open(el: HTMLElement, target: Target, body: boolean): HTMLElement {
    const panel = this.#panel as HTMLElement;
    if (this.#owner !== el || panel.hidden) {
      this.#close(false);
      const url = this.#url(target);
      const citable = this.#citable(target);
      panel.setAttribute('aria-label', citeText.toolsFor(target.label));
      panel.querySelector('.cite-panel__actions [data-anchor-action="link"]')?.setAttribute('aria-label', citeText.copyLinkTo(target.label));
      const cite = panel.querySelector<HTMLElement>('.cite-panel__actions [data-anchor-action="cite"]');
      if (cite) {
        cite.hidden = !citable;
        cite.setAttribute('aria-label', citeText.citeTarget(target.label));
      }
      this.#body()?.setAttribute('aria-label', citable ? citeText.citeTarget(target.label) : citeText.copyLinkTo(target.label));
      const input = panel.querySelector('input');
      if (input) input.value = url;
      const text = panel.querySelector<HTMLElement>('.cite-panel__text');
      if (text) text.textContent = citable && target.place && this.#report ? formatCitation(this.#report, { ...target.place, url }, formatAccessDate(new Date())) : '';
      panel.querySelectorAll<HTMLElement>('.cite-panel__text, .cite-panel__hint, [data-anchor-action="copy-citation"]').forEach((n) => (n.hidden = !citable));
      this.#place(el, panel);
      panel.hidden = false;
      this.#owner = el;
      this.#openers.get(el)?.setAttribute('aria-expanded', 'true');
    }
    this.#showBody(body);
    return panel;
  }

  #place(el: HTMLElement, panel: HTMLElement): void {
    if (el.tagName === 'LI') el.append(panel);
    else if (el.dataset['anchor'] !== undefined) el.append(panel);
    else el.after(panel);
  }

  /** Close the panel; focus goes back to the control that opened it when it was inside the panel. */
  #close(restoreFocus = true): void {
    const panel = this.#panel;
    const owner = this.#owner;
    if (!panel || panel.hidden) return;
    const opener = owner ? this.#openers.get(owner) : undefined;
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = true;
    this.#showBody(false);
    opener?.setAttribute('aria-expanded', 'false');
    // Back to its home, so a panel never lingers inside a place's text.
    this.append(panel);
    this.#owner = undefined;
    if (hadFocus && restoreFocus) opener?.focus();
  }
}

if (!customElements.get('report-anchors')) customElements.define('report-anchors', ReportAnchors);
