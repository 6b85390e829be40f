import { describe, expect, it } from 'vitest';
import { isHighlightShortcut } from './highlight-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isHighlightShortcut', () => {
  it('takes a plain h outside fields only', () => {
    expect(isHighlightShortcut(key('h'), false)).toBe(true);
    expect(isHighlightShortcut(key('h'), true)).toBe(false);
    expect(isHighlightShortcut(key('H', { shiftKey: true }), false)).toBe(false);
  });

  it('takes Ctrl/Cmd+Shift+H anywhere', () => {
    expect(isHighlightShortcut(key('H', { ctrlKey: true, shiftKey: true }), true)).toBe(true);
    expect(isHighlightShortcut(key('h', { metaKey: true, shiftKey: true }), false)).toBe(true);
    expect(isHighlightShortcut(key('h', { ctrlKey: true }), false)).toBe(false);
    expect(isHighlightShortcut(key('h', { altKey: true }), false)).toBe(false);
    expect(isHighlightShortcut(key('j'), false)).toBe(false);
  });
});
