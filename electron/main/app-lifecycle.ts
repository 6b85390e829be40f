import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import { join, resolve } from 'node:path';
import { DEEP_LINK_EVENT, MENU_COMMAND_EVENT, OPEN_FILE_EVENT, type MenuCommand } from '../../shared/ipc/contract';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { deepLinkFromArgv, isGlossLink, registerProtocolClient } from './deep-links';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { filesFromArgv, isImportable } from './open-files';
import { createOpenedFiles } from './opened-files';
import { createRendererEvents, focusWindow } from './renderer-events';
import { rendererDevUrl } from './renderer-url';
import { hardenSession } from './security';
import { createSessionStore } from './session-store';
import { applyThemeSource, followNativeTheme, windowBackground } from './theme';
import { trackWindow } from './track-window';
import { createMainWindow } from './window';
import { placeWindow } from './window-state';
import { errorText } from '../../shared/model/error-text';

/**
 * The app's life: one instance (a second launch, e.g. a clicked gloss:// link or "Open with Gloss",
 * hands its arguments to the first and quits), one window placed where it was last closed at the
 * article it last showed, and links and documents routed to that window however the OS delivers
 * them (argv on Windows/Linux, open-url / open-file events on macOS, possibly before 'ready').
 */
export function startApp(): void {
  // Before 'ready': Chromium fixes a scheme's privileges at start-up (app-protocol.ts).
  registerAppScheme();
  // Chromium's --user-data-dir=<folder>: a separate profile (its own session, database and lock), so
  // two profiles can run side by side and the Electron e2e spec never touches the user's own.
  const profile = app.commandLine.getSwitchValue('user-data-dir');
  if (profile) app.setPath('userData', resolve(profile));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const session = createSessionStore(join(app.getPath('userData'), 'session.json'));
  let mainWindow: BrowserWindow | null = null;
  const events = createRendererEvents(() => mainWindow);
  // What the OS handed Gloss to open; the page reads each once, through app:readOpenedFile.
  const openedFiles = createOpenedFiles();

  /** A command line from this launch or a second one (which, with nothing to open, means "show yourself"). */
  const receiveArgv = (argv: readonly string[], cwd: string, secondLaunch: boolean) => {
    const link = deepLinkFromArgv(argv);
    const files = filesFromArgv(argv, cwd);
    const options = { focus: secondLaunch };
    if (link) events.send(DEEP_LINK_EVENT, link, options);
    for (const path of files) events.send(OPEN_FILE_EVENT, openedFiles.offer(path), options);
    if (secondLaunch && !link && !files.length && mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  };

  app.on('second-instance', (_event, argv, workingDirectory) => receiveArgv(argv, workingDirectory, true));
  app.on('open-url', (event, url) => {
    if (!isGlossLink(url)) return;
    event.preventDefault();
    events.send(DEEP_LINK_EVENT, url);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isImportable(path)) events.send(OPEN_FILE_EVENT, openedFiles.offer(path));
  });

  registerProtocolClient();

  const openWindow = () => {
    const placed = placeWindow(session.state.window, screen.getAllDisplays(), screen.getPrimaryDisplay());
    const last = session.state.lastArticle;
    const win = createMainWindow({
      bounds: placed.bounds,
      maximized: placed.maximized,
      hash: last ? `/article/${encodeURIComponent(last)}` : undefined,
      backgroundColor: windowBackground(),
    });
    trackWindow(win, session);
    events.attach(win);
    // On macOS the app outlives its window; a link that arrives meanwhile waits for the next one.
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };

  // Development only when not packaged, whatever the environment says (renderer-url.ts).
  const dev = rendererDevUrl() !== null;
  // Standard items until the renderer sends its keymap; then rebuilt whenever it sends it again.
  const installMenu = (commands: MenuCommand[]) => {
    const template = menuTemplate(commands, {
      platform: process.platform,
      appName: app.getName(),
      dev,
      onCommand: (id) => events.send(MENU_COMMAND_EVENT, id, { focus: false }),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  void app.whenReady().then(async () => {
    hardenSession();
    if (!dev) {
      // The built renderer on gloss-app://app, with its CSP header; a build without a CSP does not start.
      try {
        await serveAppFiles(join(__dirname, '../renderer'));
      } catch (e) {
        dialog.showErrorBox('Gloss cannot start', errorText(e));
        app.quit();
        return;
      }
    }
    applyThemeSource(session.state.theme);
    followNativeTheme();
    installMenu([]);
    registerIpc({ app: { onTheme: (theme) => session.update({ theme }), onMenu: installMenu, openedFiles } });
    openWindow();
    receiveArgv(process.argv, process.cwd(), false);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('before-quit', () => session.flush());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
