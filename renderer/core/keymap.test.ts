import { describe, expect, it } from 'vitest';
import { commandsFor, helpRows, KEYMAP, keyLabel, matchesCommand, parseChord, type CommandId, type KeyLike } from './keymap';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});

/** The first of `among` the key asks for, as the dispatcher would pick it (null for none). */
const first = (among: readonly CommandId[], e: KeyLike, inField: boolean) => commandsFor(e, inField).find((id) => among.includes(id)) ?? null;

const READER: readonly CommandId[] = ['match.next', 'match.previous', 'reader.back'];
const PASSAGE: readonly CommandId[] = ['passage.sentence', 'passage.next', 'passage.previous', 'passage.paragraph', 'passage.extend', 'passage.shrink'];

describe('the search shortcut', () => {
  it('takes / outside fields and Ctrl/Cmd+K anywhere', () => {
    expect(matchesCommand('search.focus', key('/'), false)).toBe(true);
    expect(matchesCommand('search.focus', key('/'), true)).toBe(false);
    expect(matchesCommand('search.focus', key('k', { ctrlKey: true }), true)).toBe(true);
    expect(matchesCommand('search.focus', key('K', { metaKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesCommand('search.focus', key('k'), false)).toBe(false);
  });
});

describe('the help shortcut', () => {
  it('takes ? (typed with Shift) outside fields only, and not with Ctrl, Cmd or Alt', () => {
    expect(matchesCommand('help.show', key('?', { shiftKey: true }), false)).toBe(true);
    expect(matchesCommand('help.show', key('?', { shiftKey: true }), true)).toBe(false);
    expect(matchesCommand('help.show', key('?', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesCommand('help.show', key('/', { shiftKey: true }), false)).toBe(false);
    // `/` stays the search shortcut: the two never answer the same key.
    expect(matchesCommand('search.focus', key('?', { shiftKey: true }), false)).toBe(false);
  });
});

describe('the reader keys', () => {
  it('steps matches with n / N and F3 / Shift+F3', () => {
    expect(first(READER, key('n'), false)).toBe('match.next');
    expect(first(READER, key('N', { shiftKey: true }), false)).toBe('match.previous');
    expect(first(READER, key('F3'), true)).toBe('match.next');
    expect(first(READER, key('F3', { shiftKey: true }), false)).toBe('match.previous');
  });
  it('goes back on Escape, but leaves letters typed into fields and modified keys alone', () => {
    expect(first(READER, key('Escape'), false)).toBe('reader.back');
    expect(first(READER, key('n'), true)).toBeNull();
    expect(first(READER, key('n', { ctrlKey: true }), false)).toBeNull();
    expect(first(READER, key('x'), false)).toBeNull();
  });
  it('asks to clear a selection before it asks to leave the reader', () => {
    expect(commandsFor(key('Escape'), false)).toEqual(['selection.clear', 'reader.back']);
  });
});

describe('the highlight shortcut', () => {
  it('takes a plain h outside fields only', () => {
    expect(matchesCommand('highlight.create', key('h'), false)).toBe(true);
    expect(matchesCommand('highlight.create', key('h'), true)).toBe(false);
    expect(matchesCommand('highlight.create', key('H', { shiftKey: true }), false)).toBe(false);
  });

  it('takes Ctrl/Cmd+Shift+H anywhere', () => {
    expect(matchesCommand('highlight.create', key('H', { ctrlKey: true, shiftKey: true }), true)).toBe(true);
    expect(matchesCommand('highlight.create', key('h', { metaKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesCommand('highlight.create', key('h', { ctrlKey: true }), false)).toBe(false);
    expect(matchesCommand('highlight.create', key('h', { altKey: true }), false)).toBe(false);
    expect(matchesCommand('highlight.create', key('j'), false)).toBe(false);
  });
});

describe('the passage keys', () => {
  it('maps the letters and brackets outside text fields', () => {
    expect(['s', 'j', 'k', 'p', ']', '['].map((k) => first(PASSAGE, key(k), false))).toEqual([
      'passage.sentence', 'passage.next', 'passage.previous', 'passage.paragraph', 'passage.extend', 'passage.shrink',
    ]);
    expect(first(PASSAGE, key('s'), true)).toBeNull();
    expect(first(PASSAGE, key('S', { shiftKey: true }), false)).toBeNull();
    expect(first(PASSAGE, key('s', { ctrlKey: true }), false)).toBeNull();
  });

  it('maps Shift+→/← to extend/shrink and Alt+↓/↑ to next/previous', () => {
    expect(first(PASSAGE, key('ArrowRight', { shiftKey: true }), false)).toBe('passage.extend');
    expect(first(PASSAGE, key('ArrowLeft', { shiftKey: true }), false)).toBe('passage.shrink');
    expect(first(PASSAGE, key('ArrowDown', { altKey: true }), false)).toBe('passage.next');
    expect(first(PASSAGE, key('ArrowUp', { altKey: true }), false)).toBe('passage.previous');
    // Alt+← is the browser's Back; plain arrows scroll; in a field they all edit text.
    expect(first(PASSAGE, key('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(first(PASSAGE, key('ArrowDown'), false)).toBeNull();
    expect(first(PASSAGE, key('ArrowRight', { shiftKey: true }), true)).toBeNull();
  });

  it('never takes the highlight key', () => {
    expect(first(PASSAGE, key('h'), false)).toBeNull();
    expect(matchesCommand('highlight.create', key('h'), false)).toBe(true);
  });
});

describe('the keymap as data', () => {
  it('is plain serialisable data with unique ids and well-formed keys', () => {
    expect(JSON.parse(JSON.stringify(KEYMAP))).toEqual(KEYMAP);
    expect(new Set(KEYMAP.map((c) => c.id)).size).toBe(KEYMAP.length);
    for (const c of KEYMAP) for (const k of c.keys) expect(() => parseChord(k)).not.toThrow();
    expect(() => parseChord('Hyper+K')).toThrow(/unknown modifier/);
  });

  it('writes keys for people', () => {
    expect(['Mod+K', 'Mod+Shift+H', 'Shift+ArrowRight', 'Alt+ArrowDown', '?'].map(keyLabel)).toEqual(['Ctrl+K', 'Ctrl+Shift+H', 'Shift+→', 'Alt+↓', '?']);
  });

  it('generates the shortcuts help it used to list by hand', () => {
    expect(helpRows()).toEqual([
      { keys: ['/', 'Ctrl+K'], does: 'Search the library (⌘K on a Mac)' },
      { keys: ['Ctrl+F'], does: 'Find in this article (⌘F on a Mac), with the search query language' },
      { keys: ['n', 'F3'], does: 'Next search match in the article' },
      { keys: ['N', 'Shift+F3'], does: 'Previous search match' },
      { keys: ['s'], does: 'Select the sentence where you are reading (or the one after your last selection)' },
      { keys: ['Shift+→', ']'], does: 'Extend the selection by one sentence' },
      { keys: ['Shift+←', '['], does: 'Shrink the selection by one sentence' },
      { keys: ['j', 'Alt+↓'], does: 'Select the next sentence' },
      { keys: ['k', 'Alt+↑'], does: 'Select the previous sentence' },
      { keys: ['p'], does: 'Select the whole paragraph' },
      { keys: ['h', 'Ctrl+Shift+H'], does: 'Highlight the selected text' },
      { keys: ['Tab'], does: 'From the selected text, to its toolbar: Highlight, Add note, Copy quote' },
      { keys: ['Enter', 'Space'], does: 'Open a highlight from the sidebar to edit it' },
      { keys: ['←', '→'], does: 'Change the colour in a highlight’s editor' },
      { keys: ['↓', '↑', 'Home', 'End'], does: 'In the Notebook, to the next, previous, first or last entry (the same box, link or button)' },
      { keys: ['Escape'], does: 'Close an editor or dialog, clear the selection, or step out of the sidebar; then back to where you came from (search results keep their query and place)' },
      { keys: ['Ctrl+Shift+P'], does: 'Find and run any command by name (⌘⇧P on a Mac)' },
      { keys: ['?'], does: 'Show these shortcuts' },
    ]);
  });
});
