/**
 * The highlight shortcut as a pure decision over a key event: `h` outside text fields, or
 * Ctrl/Cmd+Shift+H anywhere (a field's own selection is not article text, so the caller still checks
 * that the selection lies in the article).
 */
import type { KeyLike } from '../../app/keys';

export function isHighlightShortcut(e: KeyLike, inField: boolean): boolean {
  const key = e.key.toLowerCase();
  if (key !== 'h' || e.altKey) return false;
  if (e.ctrlKey || e.metaKey) return e.shiftKey;
  return !inField && !e.shiftKey;
}
