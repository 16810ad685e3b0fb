// Shipped to the browser: link and citation controls on paragraphs, footnotes, headings and [data-anchor] elements.
import { formatAccessDate, formatCitation, placeLabel, type CitedReport } from '../lib/citation.ts';
import { citeText } from '../lib/ui-text.ts';

const svg = (paths: string) =>
  `<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
const linkIcon = svg('<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/>');
const citeIcon = svg('<path d="M4 11h5v7H4v-4c0-4 1-6 4-7M14 11h5v7h-5v-4c0-4 1-6 4-7"/>');

/** Put text on the clipboard; false when the Clipboard API is missing or refuses. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Say something through the page's polite live region. */
function announce(message: string): void {
  const status = document.querySelector<HTMLElement>('report-anchors [role="status"]');
  if (!status) return;
  status.textContent = '';
  // A fresh text node makes screen readers repeat the same words on a second copy.
  requestAnimationFrame(() => (status.textContent = message));
}

/** Select the text of an element so the reader can copy it by hand. */
function selectContents(el: HTMLElement): void {
  if (el instanceof HTMLInputElement) {
    el.focus();
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copy `text`, or select `fallback` when the clipboard is unavailable; announce what happened. */
async function copyOrSelect(text: string, button: HTMLElement, fallback: () => HTMLElement): Promise<void> {
  if (await writeClipboard(text)) {
    announce(citeText.copied);
    button.dataset['copied'] = '';
    setTimeout(() => delete button.dataset['copied'], 2000);
  } else {
    selectContents(fallback());
    announce(citeText.selectedToCopy);
  }
}

/** What a control acts on: the element's id, its name and, for citable places, the citation place. */
interface Target {
  id: string;
  label: string;
  citable: boolean;
  section: string | undefined;
  paragraph: number | undefined;
  footnote: string | undefined;
}

function targetOf(el: HTMLElement): Target | undefined {
  const id = el.id || el.querySelector('[id]')?.id;
  if (!id) return undefined;
  const scope = el.closest<HTMLElement>('[data-cite-section]');
  const paragraph = el.dataset['paragraph'] !== undefined ? Number(el.dataset['paragraph']) : undefined;
  const footnote = el.dataset['footnote'];
  const citable = paragraph !== undefined || footnote !== undefined;
  const label = el.dataset['anchor'] ?? placeLabel(scope?.dataset['citeShort'], { paragraph, footnote });
  return { id, label, citable, section: scope?.dataset['citeSection'], paragraph, footnote };
}

/**
 * `<report-anchors data-report="{…}">` holds the live region; on connect it gives every paragraph,
 * footnote, heading wrapper and `[data-anchor]` element in the main content a small toolbar: copy
 * the link, and for paragraphs and footnotes, open a Vietnamese citation with a copy button.
 */
class ReportAnchors extends HTMLElement {
  #report: CitedReport | undefined;
  #targets = new WeakMap<HTMLElement, Target>();
  /** Open panels and the element each belongs to. */
  #owners = new WeakMap<HTMLElement, HTMLElement>();
  #listening = false;

  connectedCallback(): void {
    const main = document.querySelector<HTMLElement>('main');
    if (!main) return;
    try {
      this.#report = JSON.parse(this.dataset['report'] ?? '') as CitedReport;
    } catch {
      this.#report = undefined;
    }
    for (const el of main.querySelectorAll<HTMLElement>('p[data-paragraph], li[data-footnote], [data-anchor]')) this.#enhance(el);
    if (this.#listening) return;
    this.#listening = true;
    main.addEventListener('click', (event) => void this.#onClick(event));
    main.addEventListener('keydown', (event) => {
      const panel = (event.target as Element).closest<HTMLElement>('.cite-panel');
      if (event.key === 'Escape' && panel) this.#closePanel(panel);
    });
  }

  #enhance(el: HTMLElement): void {
    const target = this.#targets.has(el) ? undefined : targetOf(el);
    if (!target) return;
    this.#targets.set(el, target);
    const tools = document.createElement('span');
    tools.className = 'anchor-tools';
    tools.append(this.#button('link', citeText.copyLinkTo(target.label), linkIcon));
    if (target.citable && this.#report) {
      const cite = this.#button('cite', citeText.citeTarget(target.label), citeIcon);
      cite.setAttribute('aria-expanded', 'false');
      cite.setAttribute('aria-controls', `trich-dan-${target.id}`);
      tools.append(cite);
    }
    this.#holder(el).append(tools);
  }

  /** Where an element's toolbar and panel go: inside it, or in its last cell for a table row. */
  #holder(el: HTMLElement): HTMLElement {
    return el.tagName === 'TR' && el.lastElementChild instanceof HTMLElement ? el.lastElementChild : el;
  }

  #button(action: string, label: string, icon: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'anchor-tools__button';
    button.dataset['anchorAction'] = action;
    button.setAttribute('aria-label', label);
    button.title = label;
    button.innerHTML = icon;
    return button;
  }

  async #onClick(event: MouseEvent): Promise<void> {
    const clicked = event.target as Element;
    const button = clicked.closest<HTMLButtonElement>('button[data-anchor-action]');
    const host = clicked.closest<HTMLElement>('.anchor-tools, .cite-panel');
    if (!button || !host) {
      this.#activate(clicked);
      return;
    }
    const el = host.classList.contains('anchor-tools') ? host.parentElement?.closest<HTMLElement>('p[data-paragraph], li[data-footnote], [data-anchor]') : this.#owners.get(host);
    const target = el ? this.#targets.get(el) : undefined;
    if (!el || !target) return;
    const action = button.dataset['anchorAction'];
    if (action === 'link') {
      await copyOrSelect(this.#linkUrl(target), button, () => this.#openPanel(el, target).querySelector('input') ?? button);
    } else if (action === 'cite') {
      const panel = document.getElementById(`trich-dan-${target.id}`);
      if (panel) this.#closePanel(panel);
      else this.#openPanel(el, target);
    } else if (action === 'copy-citation') {
      const text = host.querySelector<HTMLElement>('.cite-panel__text');
      if (text) await copyOrSelect(text.textContent ?? '', button, () => text);
    } else if (action === 'close') {
      this.#closePanel(host);
    }
  }

  /** Tapping a paragraph (no hover on touch screens) shows its toolbar until another is tapped. */
  #activate(clicked: Element): void {
    if (clicked.closest('a, button, input, summary, label') || !getSelection()?.isCollapsed) return;
    const el = clicked.closest<HTMLElement>('p[data-paragraph], li[data-footnote], [data-anchor]');
    for (const active of document.querySelectorAll('.anchor-active')) if (active !== el) active.classList.remove('anchor-active');
    if (el && this.#targets.has(el)) el.classList.toggle('anchor-active');
  }

  /** The address the reader is at, pointing at the target. */
  #linkUrl(target: Target): string {
    return `${location.origin}${location.pathname}#${target.id}`;
  }

  #citation(target: Target): string {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`;
    const url = `${canonical.split('#')[0]}#${target.id}`;
    if (!this.#report) return url;
    return formatCitation(this.#report, { section: target.section, paragraph: target.paragraph, footnote: target.footnote, url }, formatAccessDate(new Date()));
  }

  #openPanel(el: HTMLElement, target: Target): HTMLElement {
    const existing = document.getElementById(`trich-dan-${target.id}`);
    if (existing) return existing;
    const panel = document.createElement('div');
    panel.className = 'cite-panel';
    panel.id = `trich-dan-${target.id}`;
    panel.setAttribute('role', 'group');
    panel.setAttribute('aria-label', target.citable ? citeText.citeTarget(target.label) : citeText.copyLinkTo(target.label));
    const label = document.createElement('label');
    label.className = 'cite-panel__link';
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = this.#linkUrl(target);
    label.append(citeText.link, input);
    panel.append(label);
    if (target.citable && this.#report) {
      const text = document.createElement('p');
      text.className = 'cite-panel__text';
      text.textContent = this.#citation(target);
      const hint = document.createElement('p');
      hint.className = 'cite-panel__hint';
      hint.textContent = citeText.citationHint;
      panel.append(text, hint);
    }
    const actions = document.createElement('p');
    actions.className = 'cite-panel__actions';
    if (target.citable && this.#report) actions.append(this.#textButton('copy-citation', citeText.copyCitation));
    actions.append(this.#textButton('close', citeText.close));
    panel.append(actions);
    if (el.tagName === 'LI' || el.tagName === 'TR') this.#holder(el).append(panel);
    else el.after(panel);
    this.#owners.set(panel, el);
    this.#toolsOf(el)?.querySelector('[data-anchor-action="cite"]')?.setAttribute('aria-expanded', 'true');
    return panel;
  }

  #textButton(action: string, text: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button--quiet';
    button.dataset['anchorAction'] = action;
    button.textContent = text;
    return button;
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

/**
 * `<report-citation data-report data-section data-url>`: the citation of a whole entry or report,
 * rendered at build time without an access date; adds today's date and a working copy button.
 */
class ReportCitation extends HTMLElement {
  connectedCallback(): void {
    const text = this.querySelector<HTMLElement>('.citation__text');
    const button = this.querySelector<HTMLButtonElement>('button');
    if (!text || !button) return;
    try {
      const report = JSON.parse(this.dataset['report'] ?? '') as CitedReport;
      text.textContent = formatCitation(report, { section: this.dataset['section'], url: this.dataset['url'] ?? location.href }, formatAccessDate(new Date()));
    } catch {
      // Keep the build's wording (without access date).
    }
    button.hidden = false;
    button.addEventListener('click', () => void copyOrSelect(text.textContent ?? '', button, () => text));
  }
}

customElements.define('report-anchors', ReportAnchors);
customElements.define('report-citation', ReportCitation);
