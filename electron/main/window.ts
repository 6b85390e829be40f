import { BrowserWindow, type WebContents } from 'electron';
import { join } from 'node:path';
import { openExternalLink } from './external-links';
import { isOwnPage, rendererEntryUrl } from './renderer-url';
import { DEFAULT_SIZE, type Rect } from './window-state';

/**
 * Only the app's own origin (scheme, host and port, compared whole) may load in the window; links in
 * articles and notes are untrusted: web and mail links go to the OS, everything else is dropped.
 */
export function guardNavigation(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (!isOwnPage(url)) void openExternalLink(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isOwnPage(url)) return;
    event.preventDefault();
    void openExternalLink(url);
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Where and how the window opens (app-lifecycle.ts decides from the saved session). */
export interface MainWindowOptions {
  bounds?: Rect;
  maximized?: boolean;
  /** The renderer route to open at, e.g. "/article/<id>" (the last article read). */
  hash?: string;
  backgroundColor?: string;
}

export function createMainWindow(options: MainWindowOptions = {}): BrowserWindow {
  const win = new BrowserWindow({
    ...(options.bounds ?? DEFAULT_SIZE),
    ...(options.backgroundColor ? { backgroundColor: options.backgroundColor } : {}),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    autoHideMenuBar: false,
    // Electron's security checklist, each item held by window.test.ts; written out here, not spread
    // from a constant, so Electronegativity can read it. Auxclick off: a middle click must not open
    // a link past the window-open handler. Spellcheck off: Chromium's checker downloads dictionaries,
    // and Gloss stays offline.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK -- reviewed: the preload only exposes named methods built from shared/ipc/contract.ts, no generic send/invoke; main checks each sender and validates every argument
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });

  win.once('ready-to-show', () => {
    if (options.maximized) win.maximize();
    win.show();
  });
  guardNavigation(win.webContents);
  // The route rides in the hash, so the page loaded is always the entry itself.
  const entry = rendererEntryUrl();
  void win.loadURL(options.hash ? `${entry}#${options.hash}` : entry);
  return win;
}
