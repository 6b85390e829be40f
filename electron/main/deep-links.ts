import { app, type BrowserWindow } from 'electron';
import { DEEP_LINK_EVENT } from '../../shared/ipc/contract';
import { parseDeepLink } from '../../shared/model/deep-link';

export const PROTOCOL = 'gloss';

/** Finds a gloss:// link among command-line arguments (Windows/Linux pass it that way). */
export function deepLinkFromArgv(argv: readonly string[]): string | null {
  const found = argv.find((a) => a.startsWith(`${PROTOCOL}://`));
  return found && parseDeepLink(found) ? found : null;
}

export function registerProtocolClient(): void {
  if (process.defaultApp && process.argv[1]) {
    // Development: the OS must start electron with our app path, then the link.
    app.setAsDefaultProtocolClient(PROTOCOL, process.execPath, [process.argv[1]]); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- reviewed: gloss:// links only route inside the app; parseDeepLink refuses anything but article/highlight ids (shared/model/deep-link.test.ts)
  } else {
    app.setAsDefaultProtocolClient(PROTOCOL); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- reviewed: gloss:// links only route inside the app; parseDeepLink refuses anything but article/highlight ids (shared/model/deep-link.test.ts)
  }
}

/** Links that arrive before the renderer has loaded are held and sent once it has. */
export function createDeepLinkSender(getWindow: () => BrowserWindow | null) {
  let pending: string | null = null;
  const flush = () => {
    const win = getWindow();
    if (!win || !pending || win.webContents.isLoading()) return;
    win.webContents.send(DEEP_LINK_EVENT, pending);
    pending = null;
  };
  return {
    send(url: string) {
      if (!parseDeepLink(url)) return;
      pending = url;
      const win = getWindow();
      if (win) {
        if (win.isMinimized()) win.restore();
        win.focus();
        if (win.webContents.isLoading()) win.webContents.once('did-finish-load', flush);
        else flush();
      }
    },
    flushOnLoad(win: BrowserWindow) {
      win.webContents.on('did-finish-load', flush);
    },
  };
}
