// Shipped to the browser: footnote previews next to footnote references (hover, keyboard focus, tap).
import { citeText } from '../lib/publish/ui-text.ts';

const REF = 'a[data-footnote-ref]';

/** Text of the footnote a reference points to, without its back-link or added controls. */
function footnoteText(ref: HTMLAnchorElement): { label: string; text: string } | undefined {
  const id = decodeURIComponent(ref.hash.slice(1));
  const item = id ? document.getElementById(id) : null;
  if (!item) return undefined;
  const copy = item.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-footnote-backref], .anchor-mark, .anchor-tools, .cite-panel').forEach((n) => n.remove());
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { label: item.dataset['footnote'] ?? ref.textContent ?? '', text };
}

/**
 * `<report-footnotes>` holds one popover. Hovering or focusing a footnote reference shows the
 * footnote's text next to it (described by it for screen readers); a tap shows it instead of
 * jumping away; Esc, moving away or tapping outside closes it. Without JS the link still jumps.
 */
class ReportFootnotes extends HTMLElement {
  #popover = document.createElement('div');
  #live = document.createElement('p');
  #ref: HTMLAnchorElement | undefined;
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  #touchRef: HTMLAnchorElement | undefined;

  connectedCallback(): void {
    if (!document.querySelector(REF)) return;
    this.#popover.id = 'xem-truoc-chu-thich';
    this.#popover.className = 'fn-popover';
    this.#popover.setAttribute('role', 'tooltip');
    this.#popover.hidden = true;
    this.#live.className = 'visually-hidden';
    this.#live.setAttribute('aria-live', 'polite');
    this.append(this.#popover, this.#live);

    document.addEventListener('pointerover', (e) => {
      const ref = this.#refOf(e.target);
      if (ref && e.pointerType === 'mouse') this.#open(ref);
      else if (ref || this.#popover.contains(e.target as Node)) this.#cancelClose();
    });
    document.addEventListener('pointerout', (e) => {
      if (e.pointerType !== 'mouse' || !this.#ref) return;
      const from = e.target as Node;
      const to = e.relatedTarget as Node | null;
      const inside = (n: Node | null) => !!n && (this.#ref?.contains(n) || this.#popover.contains(n));
      if (inside(from) && !inside(to)) this.#scheduleClose();
    });
    document.addEventListener('pointerdown', (e) => {
      const ref = this.#refOf(e.target);
      this.#touchRef = ref && e.pointerType !== 'mouse' ? ref : undefined;
      if (!ref && !this.#popover.contains(e.target as Node)) this.#close();
    });
    document.addEventListener('focusin', (e) => {
      const ref = this.#refOf(e.target);
      if (ref && ref !== this.#touchRef) this.#open(ref);
    });
    document.addEventListener('focusout', (e) => {
      if (this.#refOf(e.target) === this.#ref && this.#touchRef === undefined) this.#close();
    });
    document.addEventListener('click', (e) => {
      const ref = this.#refOf(e.target);
      if (!ref || ref !== this.#touchRef) return;
      // A tap previews in place instead of jumping to the footnote list.
      e.preventDefault();
      if (this.#ref === ref) this.#close();
      else this.#open(ref, true);
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#ref) this.#close();
    });
    addEventListener('hashchange', () => this.#close());
    addEventListener('resize', () => this.#ref && this.#place(this.#ref));
  }

  #refOf(target: EventTarget | null): HTMLAnchorElement | undefined {
    return target instanceof Element ? (target.closest<HTMLAnchorElement>(REF) ?? undefined) : undefined;
  }

  #open(ref: HTMLAnchorElement, announce = false): void {
    this.#cancelClose();
    if (this.#ref === ref) return;
    const note = footnoteText(ref);
    if (!note) return;
    this.#close();
    const label = document.createElement('strong');
    label.className = 'fn-popover__label';
    label.textContent = citeText.footnotePreview(note.label);
    const text = document.createElement('span');
    text.textContent = note.text;
    this.#popover.replaceChildren(label, ' ', text);
    this.#popover.hidden = false;
    this.#ref = ref;
    ref.setAttribute('aria-describedby', this.#popover.id);
    ref.setAttribute('aria-expanded', 'true');
    this.#place(ref);
    if (announce) this.#live.textContent = `${citeText.footnotePreview(note.label)}: ${note.text}`;
  }

  #close(): void {
    this.#cancelClose();
    if (!this.#ref) return;
    this.#ref.removeAttribute('aria-describedby');
    this.#ref.removeAttribute('aria-expanded');
    this.#ref = undefined;
    this.#popover.hidden = true;
    this.#live.textContent = '';
  }

  #scheduleClose(): void {
    this.#cancelClose();
    this.#closeTimer = setTimeout(() => this.#close(), 300);
  }

  #cancelClose(): void {
    if (this.#closeTimer !== undefined) clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
  }

  /** Below the reference (above when there is no room), kept inside the viewport. */
  #place(ref: HTMLElement): void {
    const r = ref.getBoundingClientRect();
    const p = this.#popover;
    p.style.setProperty('left', '0px');
    p.style.setProperty('top', '0px');
    const width = p.offsetWidth;
    const height = p.offsetHeight;
    const margin = 8;
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(margin, Math.min(r.left + r.width / 2 - width / 2, viewport - width - margin));
    const below = r.bottom + 6 + height <= innerHeight || r.top - 6 - height < 0;
    const top = below ? r.bottom + 6 : r.top - 6 - height;
    p.style.setProperty('left', `${left + scrollX}px`);
    p.style.setProperty('top', `${top + scrollY}px`);
  }
}

customElements.define('report-footnotes', ReportFootnotes);
