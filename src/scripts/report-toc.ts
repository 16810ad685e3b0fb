// Browser-only: the <report-toc> custom element — marks the heading being read in the "Mục lục" beside the text or in the phone's bar.
/**
 * `<report-toc>` holds a `<nav>` whose list links to the page's headings (`href="#id"`). As the page
 * scrolls, the link of the last heading that has passed the upper quarter of the window gets
 * `aria-current="true"`, its words are written into the bar's `.toc__current` (the section being read,
 * shown beside "Mục lục" on narrow screens), and the list scrolls itself to keep that link in view. On
 * wide screens the list's `<details>` is opened, so its state matches what is shown; on narrow ones the
 * list, which opens over the text under the bar, closes again when a link is followed, on Esc (focus
 * back on "Mục lục") or on a click elsewhere.
 */
const WIDE = '(min-width: 64rem)';

class ReportToc extends HTMLElement {
  #abort = new AbortController();
  #frame = 0;
  #current: HTMLAnchorElement | undefined;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.toc__list a[href^="#"]')];
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const details = this.querySelector('details');
    const nav = this.querySelector<HTMLElement>('nav');
    const { signal } = this.#abort;
    const wide = matchMedia(WIDE);
    const syncOpen = () => {
      if (details && wide.matches) details.open = true;
    };
    syncOpen();
    wide.addEventListener('change', syncOpen, { signal });
    const current = this.querySelector<HTMLElement>('.toc__current');
    const closeList = (focus: boolean) => {
      if (!details?.open || wide.matches) return;
      details.open = false;
      if (focus) details.querySelector('summary')?.focus();
    };
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('.toc__list a')) closeList(false);
    }, { signal });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details?.open && !wide.matches) closeList(true);
    }, { signal });
    // Opened on a narrow screen, the list shows the section being read.
    details?.addEventListener('toggle', () => {
      const list = details.querySelector<HTMLElement>('.toc__list');
      if (!details.open || wide.matches || !list || !this.#current) return;
      list.scrollTop = this.#current.offsetTop - list.clientHeight / 3;
    }, { signal });
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) closeList(false);
    }, { signal });

    const update = () => {
      this.#frame = 0;
      const line = window.innerHeight / 4;
      let index = -1;
      for (let i = 0; i < targets.length; i += 1) {
        const top = targets[i]?.getBoundingClientRect().top;
        if (top === undefined) continue;
        if (top > line) break;
        index = i;
      }
      const link = links[Math.max(index, 0)];
      if (link === this.#current) return;
      this.#current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'true');
      this.#current = link;
      if (current) current.textContent = link?.textContent ?? '';
      // Keep the marked link in view inside the list's own scroll box, without moving the page.
      if (link && nav && wide.matches && nav.scrollHeight > nav.clientHeight) {
        const linkTop = link.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
        if (linkTop < nav.scrollTop || linkTop > nav.scrollTop + nav.clientHeight - link.offsetHeight) nav.scrollTop = linkTop - nav.clientHeight / 3;
      }
    };
    const schedule = () => {
      this.#frame ||= requestAnimationFrame(update);
    };
    addEventListener('scroll', schedule, { passive: true, signal });
    addEventListener('resize', schedule, { passive: true, signal });
    update();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    cancelAnimationFrame(this.#frame);
  }
}

customElements.define('report-toc', ReportToc);
