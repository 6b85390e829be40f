/** Checks for the app:* channels (theme, progress, menu): pure, so they are tested without Electron. */
import { APP_MENU_NAMES, type AppMenuName, type MenuCommand, type TaskProgress, type ThemeSource } from './contract';
import { err, ok, type Result } from '../model/result';

const THEMES: readonly ThemeSource[] = ['system', 'light', 'dark'];

export function validateTheme(value: unknown): Result<ThemeSource> {
  return THEMES.includes(value as ThemeSource) ? ok(value as ThemeSource) : err(`Unknown theme ${JSON.stringify(value)}: expected system, light or dark.`);
}

export function validateProgress(value: unknown): Result<TaskProgress> {
  if (value === null || value === 'indeterminate') return ok(value);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return ok(value);
  return err(`Progress must be a fraction from 0 to 1, 'indeterminate' or null; got ${JSON.stringify(value)}.`);
}

/** Far more than the keymap has; a longer list is not a keymap. */
export const MAX_MENU_COMMANDS = 200;
const COMMAND_ID = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/;
// Keymap key strings: modifiers, then one printable character or a named key ("F3", "ArrowDown").
const KEY = /^((Mod|Shift|Alt)\+){0,3}([!-~]|[A-Z][A-Za-z0-9]{1,15})$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const CONTROL = /[\u0000-\u001f\u007f]/;

export function validateMenuCommands(value: unknown): Result<MenuCommand[]> {
  if (!Array.isArray(value)) return err('Expected a list of menu commands.');
  if (value.length > MAX_MENU_COMMANDS) return err(`Refused ${value.length} menu commands: at most ${MAX_MENU_COMMANDS}.`);
  const commands: MenuCommand[] = [];
  const seen = new Set<string>();
  for (const [i, item] of value.entries()) {
    const at = `Menu command ${i + 1}`;
    if (typeof item !== 'object' || item === null) return err(`${at} is not an object.`);
    const { id, label, keys, menu, enabled } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !COMMAND_ID.test(id) || id.length > 64) return err(`${at}: ${JSON.stringify(id)} is not a command id.`);
    if (seen.has(id)) return err(`${at}: ${id} is listed twice.`);
    seen.add(id);
    if (typeof label !== 'string' || !label.trim() || label.length > 80 || CONTROL.test(label)) return err(`${at} (${id}): the label must be 1–80 printable characters.`);
    if (!Array.isArray(keys) || keys.length > 4 || !keys.every((k) => typeof k === 'string' && KEY.test(k))) {
      return err(`${at} (${id}): keys must be up to 4 keymap key strings such as "Mod+K" or "F3".`);
    }
    if (!APP_MENU_NAMES.includes(menu as AppMenuName)) return err(`${at} (${id}): no menu called ${JSON.stringify(menu)}.`);
    if (typeof enabled !== 'boolean') return err(`${at} (${id}): enabled must be true or false.`);
    commands.push({ id, label, keys: [...(keys as string[])], menu: menu as AppMenuName, enabled });
  }
  return ok(commands);
}
