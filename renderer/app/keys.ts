/**
 * Keyboard shortcuts as pure decisions over a key event's fields, so they are testable without a DOM.
 * Single-letter keys never fire while the reader is typing in a field.
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** `/` (outside fields) or Ctrl/Cmd+K (anywhere) focuses the searchbox. */
export function isSearchShortcut(e: KeyLike, inField: boolean): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  return !inField && e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** `?` (Shift+/ on most layouts, so Shift is allowed) outside fields opens the shortcuts help. */
export function isHelpShortcut(e: KeyLike, inField: boolean): boolean {
  return !inField && e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

export type ReaderKeyAction = 'next-match' | 'previous-match' | 'back-to-library';

/** n / N or F3 / Shift+F3 step through search matches; Escape leaves the reader. */
export function readerKeyAction(e: KeyLike, inField: boolean): ReaderKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'F3') return e.shiftKey ? 'previous-match' : 'next-match';
  if (inField) return null;
  if (e.key === 'n') return 'next-match';
  if (e.key === 'N') return 'previous-match';
  if (e.key === 'Escape') return 'back-to-library';
  return null;
}

/** Whether keystrokes are going into a text field (so letters are text, not commands). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
