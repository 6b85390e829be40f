import type { MenuItemConstructorOptions } from 'electron';
import type { AppMenuName, MenuCommand } from '../../shared/ipc/contract';
import { menuAccelerator } from './accelerator';

/**
 * The application menu: the platform's standard items (roles, with their native shortcuts) plus the
 * renderer's keymap commands, each in its menu. Pure: app-lifecycle.ts builds it with Electron's
 * Menu; the test inspects the template.
 */
export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Development adds Reload and the developer tools to View. */
  dev: boolean;
  /** A keymap command was chosen. */
  onCommand(id: string): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function commandItems(commands: readonly MenuCommand[], menu: AppMenuName, onCommand: (id: string) => void): MenuItemConstructorOptions[] {
  return commands
    .filter((c) => c.menu === menu)
    .map((c) => ({
      id: c.id,
      label: c.label,
      accelerator: menuAccelerator(c.keys),
      // Shown, not registered: the renderer's dispatcher owns the keys (see accelerator.ts).
      registerAccelerator: false,
      enabled: c.enabled,
      click: () => onCommand(c.id),
    }));
}

/** Items, then a separator and the rest, leaving out an empty side (no stray separators). */
const joined = (...groups: MenuItemConstructorOptions[][]): MenuItemConstructorOptions[] =>
  groups.filter((g) => g.length > 0).flatMap((g, i) => (i === 0 ? g : [separator, ...g]));

export function menuTemplate(commands: readonly MenuCommand[], { platform, appName, dev, onCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // "&" marks the Alt-key mnemonic on Windows and Linux; macOS menus have none.
  const title = (name: string) => (mac ? name : `&${name}`);
  const items = (menu: AppMenuName) => commandItems(commands, menu, onCommand);
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: title('File'), submenu: joined(items('File'), [mac ? { role: 'close' } : { role: 'quit' }]) },
    {
      label: title('Edit'),
      submenu: joined(
        [{ role: 'undo' }, { role: 'redo' }],
        [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
        items('Edit'),
      ),
    },
    {
      label: title('View'),
      submenu: joined(
        items('View'),
        dev ? [{ role: 'reload' }, { role: 'toggleDevTools' }] : [],
        [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
        [{ role: 'togglefullscreen' }],
      ),
    },
    { label: title('Go'), submenu: items('Go') },
    // The Window role gives each platform its own (macOS: Minimize, Zoom, Bring All to Front).
    { role: 'windowMenu' },
    { label: title('Help'), role: 'help', submenu: items('Help') },
  );
  // A menu with nothing in it (Go before the renderer has sent its keymap) is left out, not shown empty.
  return template.filter((m) => !Array.isArray(m.submenu) || m.submenu.length > 0);
}
