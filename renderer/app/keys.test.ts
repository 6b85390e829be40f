import { describe, expect, it } from 'vitest';
import { isHelpShortcut, isSearchShortcut, readerKeyAction, type KeyLike } from './keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

describe('isSearchShortcut', () => {
  it('takes / outside fields and Ctrl/Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true, shiftKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
  });
});

describe('isHelpShortcut', () => {
  it('takes ? (typed with Shift) outside fields only, and not with Ctrl, Cmd or Alt', () => {
    expect(isHelpShortcut(key('?', { shiftKey: true }), false)).toBe(true);
    expect(isHelpShortcut(key('?', { shiftKey: true }), true)).toBe(false);
    expect(isHelpShortcut(key('?', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isHelpShortcut(key('/', { shiftKey: true }), false)).toBe(false);
    // `/` stays the search shortcut: the two never answer the same key.
    expect(isSearchShortcut(key('?', { shiftKey: true }), false)).toBe(false);
  });
});

describe('readerKeyAction', () => {
  it('steps matches with n / N and F3 / Shift+F3', () => {
    expect(readerKeyAction(key('n'), false)).toBe('next-match');
    expect(readerKeyAction(key('N', { shiftKey: true }), false)).toBe('previous-match');
    expect(readerKeyAction(key('F3'), true)).toBe('next-match');
    expect(readerKeyAction(key('F3', { shiftKey: true }), false)).toBe('previous-match');
  });
  it('goes back on Escape, but leaves letters typed into fields and modified keys alone', () => {
    expect(readerKeyAction(key('Escape'), false)).toBe('back-to-library');
    expect(readerKeyAction(key('n'), true)).toBeNull();
    expect(readerKeyAction(key('n', { ctrlKey: true }), false)).toBeNull();
    expect(readerKeyAction(key('x'), false)).toBeNull();
  });
});
