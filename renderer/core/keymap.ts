/**
 * THE keymap: every keyboard command Gloss has, with its keys, where it applies and the words that
 * name it. Plain serialisable data (no functions), so the key dispatcher, the shortcuts help and
 * (later) the command palette and the desktop menus are all generated from this one table and can
 * never disagree (VS Code's keybinding registry). Order matters: when two commands share a key, the
 * earlier one is asked first (Escape drops a selection before it leaves the reader).
 *
 * Key strings: modifiers joined with "+", then a KeyboardEvent.key value: "Mod" is Ctrl, or Cmd on a
 * Mac; "Space" is the space bar. A single character ("?", "N", "]") is compared exactly and its Shift
 * is not checked, since Shift is how it is typed; a named key ("F3", "Escape", "ArrowDown") needs
 * exactly the modifiers written. Chords with Mod and the function keys work while typing in a text
 * field; every other key is text there, not a command.
 */
export type CommandScope =
  /** Anywhere in the app. */
  | 'app'
  /** While an article is open in the reader. */
  | 'reader'
  /** With focus in the article's text (or on nothing in particular). */
  | 'article'
  /** While text in the article is selected. */
  | 'selection'
  /** Handled by the focused control itself (a list item, a radio group): listed, never dispatched. */
  | 'widget';

export type MenuGroup = 'Go' | 'Find' | 'Select' | 'Highlight' | 'View' | 'Help';

export interface CommandSpec {
  id: string;
  /** A short name: a menu item's or a palette entry's text. */
  label: string;
  /** The sentence the shortcuts help shows; null for a command it does not list on its own row. */
  help: string | null;
  keys: readonly string[];
  scope: CommandScope;
  group: MenuGroup;
}

export const KEYMAP = [
  { id: 'search.focus', label: 'Search', help: 'Search the library (⌘K on a Mac)', keys: ['/', 'Mod+K'], scope: 'app', group: 'Go' },
  { id: 'find.open', label: 'Find in this article', help: 'Find in this article (⌘F on a Mac), with the search query language', keys: ['Mod+F'], scope: 'reader', group: 'Find' },
  { id: 'match.next', label: 'Next match', help: 'Next search match in the article', keys: ['n', 'F3'], scope: 'reader', group: 'Find' },
  { id: 'match.previous', label: 'Previous match', help: 'Previous search match', keys: ['N', 'Shift+F3'], scope: 'reader', group: 'Find' },
  {
    id: 'passage.sentence',
    label: 'Select sentence',
    help: 'Select the sentence where you are reading (or the one after your last selection)',
    keys: ['s'],
    scope: 'article',
    group: 'Select',
  },
  { id: 'passage.extend', label: 'Extend selection', help: 'Extend the selection by one sentence', keys: ['Shift+ArrowRight', ']'], scope: 'article', group: 'Select' },
  { id: 'passage.shrink', label: 'Shrink selection', help: 'Shrink the selection by one sentence', keys: ['Shift+ArrowLeft', '['], scope: 'article', group: 'Select' },
  { id: 'passage.next', label: 'Next sentence', help: 'Select the next sentence', keys: ['j', 'Alt+ArrowDown'], scope: 'article', group: 'Select' },
  { id: 'passage.previous', label: 'Previous sentence', help: 'Select the previous sentence', keys: ['k', 'Alt+ArrowUp'], scope: 'article', group: 'Select' },
  { id: 'passage.paragraph', label: 'Select paragraph', help: 'Select the whole paragraph', keys: ['p'], scope: 'article', group: 'Select' },
  { id: 'highlight.create', label: 'Highlight', help: 'Highlight the selected text', keys: ['h', 'Mod+Shift+H'], scope: 'selection', group: 'Highlight' },
  {
    id: 'toolbar.focus',
    label: 'Go to the selection toolbar',
    help: 'From the selected text, to its toolbar: Highlight, Add note, Copy quote',
    keys: ['Tab'],
    scope: 'selection',
    group: 'Highlight',
  },
  // Out of the toolbar's first button backwards, or past its last, back to the text it belongs to.
  { id: 'toolbar.return', label: 'Back to the selected text', help: null, keys: ['Shift+Tab', 'Tab'], scope: 'selection', group: 'Highlight' },
  { id: 'highlight.open', label: 'Edit highlight', help: 'Open a highlight from the sidebar to edit it', keys: ['Enter', 'Space'], scope: 'widget', group: 'Highlight' },
  { id: 'highlight.color', label: 'Change colour', help: 'Change the colour in a highlight’s editor', keys: ['ArrowLeft', 'ArrowRight'], scope: 'widget', group: 'Highlight' },
  // Before reader.back: the first Escape drops a selection (and its toolbar), only a second one leaves.
  { id: 'selection.clear', label: 'Clear selection', help: null, keys: ['Escape'], scope: 'selection', group: 'Select' },
  {
    id: 'reader.back',
    label: 'Back',
    help: 'Close an editor or dialog, clear the selection, or step out of the sidebar; then back to where you came from (search results keep their query and place)',
    keys: ['Escape'],
    scope: 'reader',
    group: 'Go',
  },
  { id: 'palette.open', label: 'Command palette', help: 'Find and run any command by name (⌘⇧P on a Mac)', keys: ['Mod+Shift+P'], scope: 'app', group: 'View' },
  { id: 'help.show', label: 'Keyboard shortcuts', help: 'Show these shortcuts', keys: ['?'], scope: 'app', group: 'Help' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof KEYMAP)[number]['id'];

/** The fields of a key event a decision needs, so the decisions are testable without a DOM. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Chord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

const NAMED_VALUES: Partial<Record<string, string>> = { Space: ' ' };

export function parseChord(keys: string): Chord {
  const parts = keys.split('+');
  const key = parts.pop();
  if (!key) throw new Error(`"${keys}" names no key.`);
  const mods = new Set(parts);
  for (const m of mods) if (m !== 'Mod' && m !== 'Shift' && m !== 'Alt') throw new Error(`"${keys}": unknown modifier "${m}".`);
  return { key: NAMED_VALUES[key] ?? key, mod: mods.has('Mod'), shift: mods.has('Shift'), alt: mods.has('Alt') };
}

/** Mod chords and function keys are commands even in a text field; everything else is typing there. */
function firesInFields(chord: Chord): boolean {
  return chord.mod || /^F\d{1,2}$/.test(chord.key);
}

export function chordMatches(chord: Chord, e: KeyLike, inField: boolean): boolean {
  if (chord.mod !== (e.ctrlKey || e.metaKey) || chord.alt !== e.altKey) return false;
  const single = chord.key.length === 1;
  if (chord.shift ? !e.shiftKey : e.shiftKey && !single) return false;
  // With Ctrl or Cmd held, browsers report a letter in either case.
  const sameKey = chord.mod ? e.key.toLowerCase() === chord.key.toLowerCase() : e.key === chord.key;
  return sameKey && (!inField || firesInFields(chord));
}

const CHORDS = new Map<CommandId, readonly Chord[]>(KEYMAP.map((c) => [c.id, c.keys.map(parseChord)]));

export function matchesCommand(id: CommandId, e: KeyLike, inField: boolean): boolean {
  return (CHORDS.get(id) ?? []).some((chord) => chordMatches(chord, e, inField));
}

/** The commands a key event asks for, in keymap order (widget-scoped ones included: see their scope). */
export function commandsFor(e: KeyLike, inField: boolean): CommandId[] {
  return KEYMAP.filter((c) => matchesCommand(c.id, e, inField)).map((c) => c.id);
}

/** Whether a string from outside (a menu click over IPC) names a keymap command. */
export function isCommandId(id: string): id is CommandId {
  return KEYMAP.some((c) => c.id === id);
}

export function commandSpec(id: CommandId): CommandSpec {
  const spec = KEYMAP.find((c) => c.id === id);
  if (!spec) throw new Error(`No command "${id}" in the keymap.`);
  return spec;
}

const KEY_LABELS: Partial<Record<string, string>> = { Mod: 'Ctrl', ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓' };

/** A key string as the shortcuts help writes it: "Mod+Shift+H" → "Ctrl+Shift+H", "Alt+ArrowDown" → "Alt+↓". */
export function keyLabel(keys: string): string {
  return keys
    .split('+')
    .map((part) => KEY_LABELS[part] ?? part)
    .join('+');
}

export interface HelpRow {
  keys: readonly string[];
  does: string;
}

/** The shortcuts help's rows, in keymap order: every command with a help sentence, its keys as written for people. */
export function helpRows(): HelpRow[] {
  const rows: HelpRow[] = [];
  for (const c of KEYMAP as readonly CommandSpec[]) if (c.help !== null) rows.push({ keys: c.keys.map(keyLabel), does: c.help });
  return rows;
}
