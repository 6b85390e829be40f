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
