// Browser-only: the <report-menu> custom element — the phone header's "Menu" button that opens the main navigation.
/**
 * `<report-menu>` holds a `<button aria-controls="…" aria-expanded>` and a no-JS fallback link. Once
 * defined, the button shows (CSS keys on `:defined`) and toggles `data-open` on the navigation it
 * controls; Escape closes it and returns focus to the button.
 */
class ReportMenu extends HTMLElement {
  #abort = new AbortController();

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[aria-controls]');
    const nav = button ? document.getElementById(button.getAttribute('aria-controls') ?? '') : null;
    if (!button || !nav) return;
    const { signal } = this.#abort;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      nav.toggleAttribute('data-open', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'), { signal });
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
        set(false);
        button.focus();
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.#abort.abort();
  }
}

customElements.define('report-menu', ReportMenu);
