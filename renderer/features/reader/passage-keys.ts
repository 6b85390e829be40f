/**
 * The keys that select passages without a mouse, as a pure decision over a key event. Letters and
 * brackets only outside text fields; the arrow chords too, since Shift+arrows and Alt+arrows edit text
 * in a field.
 */
import type { KeyLike } from '../../app/keys';
import type { PassageAction } from './passage-step';

const LETTERS: Partial<Record<string, PassageAction>> = {
  s: 'sentence',
  j: 'next',
  k: 'previous',
  p: 'paragraph',
  ']': 'extend',
  '[': 'shrink',
};

export function passageKeyAction(e: KeyLike, inField: boolean): PassageAction | null {
  if (inField || e.ctrlKey || e.metaKey) return null;
  if (e.altKey) {
    if (e.shiftKey) return null;
    // Alt+←/→ are Back/Forward in Chromium on Windows and Linux: only ↑/↓ move the selection.
    if (e.key === 'ArrowDown') return 'next';
    if (e.key === 'ArrowUp') return 'previous';
    return null;
  }
  if (e.shiftKey) {
    if (e.key === 'ArrowRight') return 'extend';
    if (e.key === 'ArrowLeft') return 'shrink';
    return null;
  }
  return LETTERS[e.key] ?? null;
}
