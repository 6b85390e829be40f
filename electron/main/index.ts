import { app, BrowserWindow } from 'electron';
import { createDeepLinkSender, deepLinkFromArgv, PROTOCOL, registerProtocolClient } from './deep-links';
import { registerIpc } from './ipc';
import { hardenSession } from './security';
import { createMainWindow } from './window';

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

  void app.whenReady().then(() => {
    hardenSession(Boolean(process.env['ELECTRON_RENDERER_URL']));
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
