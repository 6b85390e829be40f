/**
 * Keymap key strings (renderer/core/keymap.ts: "Mod+K", "Shift+F3", "N", "Alt+ArrowDown") as
 * Electron accelerators ("CmdOrCtrl+K", "Shift+F3", "Shift+N", "Alt+Down"). The menu only SHOWS
 * them (registerAccelerator: false): the renderer's one key dispatcher handles every key, with its
 * scopes and its rule that letters typed in a text field are text.
 */
const NAMED: Partial<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Escape',
  Enter: 'Enter',
  Tab: 'Tab',
  Space: 'Space',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
};
const MODIFIERS: Partial<Record<string, string>> = { Mod: 'CmdOrCtrl', Shift: 'Shift', Alt: 'Alt' };

/** null for a key a menu cannot show (the keymap has none; "+" itself is one). */
export function toAccelerator(keys: string): string | null {
  const parts = keys.split('+');
  const key = parts.pop();
  if (!key) return null;
  const mods: string[] = [];
  for (const m of parts) {
    const mapped = MODIFIERS[m];
    if (!mapped) return null;
    mods.push(mapped);
  }
  let name: string | undefined;
  if (/^F([1-9]|1\d|2[0-4])$/.test(key)) name = key;
  else if (/^[a-z0-9]$/.test(key)) name = key.toUpperCase();
  else if (/^[A-Z]$/.test(key)) {
    // Without Ctrl/Cmd the keymap compares a letter exactly, so its "N" is typed with Shift; with
    // Ctrl/Cmd the letter's case does not matter ("Mod+K" is Ctrl+K).
    if (!mods.includes('CmdOrCtrl') && !mods.includes('Shift')) mods.push('Shift');
    name = key;
  } else name = NAMED[key] ?? (/^[!-~]$/.test(key) ? key : undefined);
  return name ? [...mods, name].join('+') : null;
}

/**
 * The one accelerator a menu item shows for a command with several keys: a Ctrl/Cmd chord if it has
 * one (what menus conventionally show), else a function key, else its first key.
 */
export function menuAccelerator(keys: readonly string[]): string | undefined {
  const ranked = [...keys].sort((a, b) => rank(a) - rank(b));
  for (const k of ranked) {
    const accelerator = toAccelerator(k);
    if (accelerator) return accelerator;
  }
  return undefined;
}

const rank = (k: string) => (k.startsWith('Mod+') ? 0 : /(^|\+)F\d+$/.test(k) ? 1 : 2);
