import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { menuTemplate } from './menu';

const commands: MenuCommand[] = [
  { id: 'search.focus', label: 'Search', keys: ['/', 'Mod+K'], menu: 'Go', enabled: true },
  { id: 'reader.back', label: 'Back to the library', keys: ['Escape'], menu: 'Go', enabled: false },
  { id: 'highlight.create', label: 'Highlight', keys: ['h', 'Mod+Shift+H'], menu: 'Edit', enabled: true },
  { id: 'palette.open', label: 'Command palette…', keys: ['Mod+Shift+P'], menu: 'View', enabled: true },
  { id: 'help.show', label: 'Keyboard shortcuts', keys: ['?'], menu: 'Help', enabled: true },
];

const labels = (template: MenuItemConstructorOptions[]) => template.map((m) => m.label ?? m.role);
const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((m) => (m.label ?? '').replace('&', '') === label)?.submenu ?? []) as MenuItemConstructorOptions[];

describe('the application menu', () => {
  it('has File, Edit, View, Go, Window and Help with Alt mnemonics on Windows and Linux', () => {
    const chosen: string[] = [];
    const template = menuTemplate(commands, { platform: 'linux', appName: 'Gloss', dev: false, onCommand: (id) => chosen.push(id) });
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Go', 'windowMenu', '&Help']);
    expect(submenu(template, 'File').map((i) => i.role)).toEqual(['quit']);
  });

  it('adds the macOS app menu first, with Close instead of Quit in File', () => {
    const template = menuTemplate(commands, { platform: 'darwin', appName: 'Gloss', dev: false, onCommand: () => undefined });
    expect(labels(template)).toEqual(['Gloss', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'Help']);
    expect((template[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.role).filter(Boolean)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(submenu(template, 'File').map((i) => i.role)).toEqual(['close']);
  });

  it('puts each keymap command in its menu with its shortcut shown, enabled where it applies, and reports clicks', () => {
    const chosen: string[] = [];
    const template = menuTemplate(commands, { platform: 'win32', appName: 'Gloss', dev: false, onCommand: (id) => chosen.push(id) });
    const go = submenu(template, 'Go');
    expect(go.map((i) => [i.label, i.accelerator, i.enabled, i.registerAccelerator])).toEqual([
      ['Search', 'CmdOrCtrl+K', true, false],
      ['Back to the library', 'Escape', false, false],
    ]);
    const edit = submenu(template, 'Edit');
    expect(edit.map((i) => i.role ?? i.type ?? i.label)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll', 'separator', 'Highlight']);
    expect(submenu(template, 'View')[0]).toMatchObject({ label: 'Command palette…', accelerator: 'CmdOrCtrl+Shift+P' });
    expect(submenu(template, 'Help').map((i) => [i.label, i.accelerator])).toEqual([['Keyboard shortcuts', '?']]);
    (go[0]!.click as () => void)();
    (edit.at(-1)!.click as () => void)();
    expect(chosen).toEqual(['search.focus', 'highlight.create']);
  });

  it('before the keymap arrives, shows only the standard items (no empty menus); development adds reload and devtools', () => {
    const template = menuTemplate([], { platform: 'linux', appName: 'Gloss', dev: true, onCommand: () => undefined });
    expect(labels(template)).toEqual(['&File', '&Edit', '&View', 'windowMenu']);
    expect(submenu(template, 'View').map((i) => i.role ?? i.type)).toEqual(['reload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });
});
