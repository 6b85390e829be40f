/**
 * The keymap's commands as a person runs them by name: the desktop menus and the command palette.
 * Both come from KEYMAP (never a second list), so they cannot disagree with the keys or the
 * shortcuts help. Pure, tested in Node.
 */
import type { AppMenuName, MenuCommand } from '../../shared/ipc/contract';
import { KEYMAP, keyLabel, type CommandId, type CommandSpec, type MenuGroup } from './keymap';

/** Which application menu each keymap group appears in. */
export const MENU_OF_GROUP: Record<MenuGroup, AppMenuName> = {
  Go: 'Go',
  Find: 'Edit',
  Select: 'Edit',
  Highlight: 'Edit',
  View: 'View',
  Help: 'Help',
};

/**
 * The commands that can be chosen by name: not the ones the focused control handles itself
 * (scope 'widget': arrows in a colour picker) nor the internal ones with no help line (Tab back from
 * the toolbar), which only make sense as keys.
 */
export function runnableCommands(): CommandSpec[] {
  return (KEYMAP as readonly CommandSpec[]).filter((c) => c.scope !== 'widget' && c.help !== null);
}

/** The menus' items, enabled where a component handles the command now. */
export function menuCommands(available: ReadonlySet<string>): MenuCommand[] {
  return runnableCommands().map((c) => ({ id: c.id, label: c.label, keys: [...c.keys], menu: MENU_OF_GROUP[c.group], enabled: available.has(c.id) }));
}

export interface PaletteEntry {
  id: CommandId;
  label: string;
  /** What the command does (the shortcuts help's sentence). */
  help: string;
  /** Its keys as the shortcuts help writes them ("Ctrl+K"). */
  keys: string[];
  menu: AppMenuName;
  available: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The palette's list for what is typed: every runnable command whose name, description or menu holds
 * every typed word (in any order, case and accents ignored), in keymap order; those that apply here
 * first, so Enter runs something that works.
 */
export function paletteEntries(available: ReadonlySet<string>, query: string): PaletteEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const entries = runnableCommands()
    .map((c) => ({
      id: c.id as CommandId,
      label: c.label,
      help: c.help ?? '',
      keys: c.keys.map(keyLabel),
      menu: MENU_OF_GROUP[c.group],
      available: available.has(c.id),
    }))
    .filter((e) => {
      const text = fold(`${e.label} ${e.help} ${e.menu}`);
      return words.every((w) => text.includes(w));
    });
  return [...entries.filter((e) => e.available), ...entries.filter((e) => !e.available)];
}
