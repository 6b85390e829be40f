import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { createDeepLinkSender, deepLinkFromArgv, PROTOCOL, registerProtocolClient } from './deep-links';
import { registerIpc } from './ipc';
import { rendererDevUrl } from './renderer-url';
import { hardenSession } from './security';
import { createMainWindow } from './window';

// Before 'ready': Chromium fixes a scheme's privileges at start-up.
registerAppScheme();

// One Gloss at a time: a second launch (e.g. clicking a gloss:// link) focuses the first and hands it the link.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const deepLinks = createDeepLinkSender(() => mainWindow);

  app.on('second-instance', (_event, argv) => {
    const link = deepLinkFromArgv(argv);
    if (link) deepLinks.send(link);
    else if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers protocol links here, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    if (!url.startsWith(`${PROTOCOL}://`)) return;
    event.preventDefault();
    deepLinks.send(url);
  });

  registerProtocolClient();

  // A closed window must not be handed links: on macOS the app outlives it, and touching a destroyed
  // BrowserWindow throws. Links that arrive meanwhile wait for the next window's first load.
  const openWindow = () => {
    const win = createMainWindow();
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    deepLinks.flushOnLoad(win);
    mainWindow = win;
  };

  void app.whenReady().then(async () => {
    hardenSession();
    if (!rendererDevUrl()) {
      try {
        await serveAppFiles(join(__dirname, '../renderer'));
      } catch (e) {
        dialog.showErrorBox('Gloss cannot start', e instanceof Error ? e.message : String(e));
        app.quit();
        return;
      }
    }
    registerIpc();
    openWindow();
    const initial = deepLinkFromArgv(process.argv);
    if (initial) deepLinks.send(initial);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
