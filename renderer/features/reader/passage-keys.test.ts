import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../../app/keys';
import { isHighlightShortcut } from '../highlights/highlight-keys';
import { passageKeyAction } from './passage-keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('passageKeyAction', () => {
  it('maps the letters and brackets outside text fields', () => {
    expect(['s', 'j', 'k', 'p', ']', '['].map((k) => passageKeyAction(key(k), false))).toEqual([
      'sentence', 'next', 'previous', 'paragraph', 'extend', 'shrink',
    ]);
    expect(passageKeyAction(key('s'), true)).toBeNull();
    expect(passageKeyAction(key('S', { shiftKey: true }), false)).toBeNull();
    expect(passageKeyAction(key('s', { ctrlKey: true }), false)).toBeNull();
  });

  it('maps Shift+→/← to extend/shrink and Alt+↓/↑ to next/previous', () => {
    expect(passageKeyAction(key('ArrowRight', { shiftKey: true }), false)).toBe('extend');
    expect(passageKeyAction(key('ArrowLeft', { shiftKey: true }), false)).toBe('shrink');
    expect(passageKeyAction(key('ArrowDown', { altKey: true }), false)).toBe('next');
    expect(passageKeyAction(key('ArrowUp', { altKey: true }), false)).toBe('previous');
    // Alt+← is the browser's Back; plain arrows scroll; in a field they all edit text.
    expect(passageKeyAction(key('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(passageKeyAction(key('ArrowDown'), false)).toBeNull();
    expect(passageKeyAction(key('ArrowRight', { shiftKey: true }), true)).toBeNull();
  });

  it('never takes the highlight key', () => {
    expect(passageKeyAction(key('h'), false)).toBeNull();
    expect(isHighlightShortcut(key('h'), false)).toBe(true);
  });
});
