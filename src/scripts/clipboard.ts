// Shipped to the browser: copying to the clipboard and saying so, shared by <report-anchors> and <report-citation>.
import { citeText } from '../lib/publish/ui-text.ts';

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

/** Say something through the page's polite live region (rendered by AnchorControls.astro). */
export function announce(message: string): void {
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

/** Copy `text`, or select `fallback()` when the clipboard is unavailable; mark `button` and announce what happened. */
export async function copyOrSelect(text: string, button: HTMLElement, fallback: () => HTMLElement): Promise<void> {
  if (await writeClipboard(text)) {
    announce(citeText.copied);
    button.dataset['copied'] = '';
    setTimeout(() => delete button.dataset['copied'], 2000);
  } else {
    selectContents(fallback());
    announce(citeText.selectedToCopy);
  }
}
