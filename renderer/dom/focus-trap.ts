/**
 * Keeps Tab inside a modal. showModal() already makes the page behind inert, but Chromium lets Tab
 * leave the last control for the browser's own toolbar; wrapping at the edges keeps keyboard users in.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Whether Tab stops at the element. Of a group of radio buttons Tab stops only at the checked one
 * (or the first, when none is): counting the others made the trap miss its edges, and Tab left the
 * dialog from a checked radio that was not the last one in the list.
 */
function isTabStop(el: HTMLElement): boolean {
  if (el.offsetParent === null && el !== document.activeElement) return false;
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
  const group = [...(el.form ?? el.ownerDocument).querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name && !r.disabled);
  const checked = group.find((r) => r.checked);
  return checked ? checked === el : group[0] === el;
}

export function wrapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(isTabStop);
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** Who opened each modal, so closing it returns focus there. */
const openers = new WeakMap<HTMLDialogElement, HTMLElement>();

/** showModal(), remembering the focused element for wireModalDialog to return to. */
export function showModalFrom(dialog: HTMLDialogElement): void {
  const active = dialog.ownerDocument.activeElement;
  if (active instanceof HTMLElement) openers.set(dialog, active);
  dialog.showModal();
}

/**
 * The keyboard contract every Gloss modal keeps: Escape closes it and is marked handled (page shortcuts
 * skip defaultPrevented events, so the reader's Escape does not also go back to the library), Tab wraps
 * inside, and on close focus returns to the opener. Returns the cleanup.
 */
export function wireModalDialog(dialog: HTMLDialogElement, onClosed?: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    wrapTab(event, dialog);
  };
  const onClose = () => {
    const opener = openers.get(dialog);
    openers.delete(dialog);
    if (opener?.isConnected) opener.focus();
    onClosed?.();
  };
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('close', onClose);
  return () => {
    dialog.removeEventListener('keydown', onKey);
    dialog.removeEventListener('close', onClose);
  };
}
