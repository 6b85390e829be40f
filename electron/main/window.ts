import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateExternalUrl } from '../../shared/ipc/validate';
import { DEFAULT_SIZE, type Rect } from './window-state';

const rendererUrl = () => process.env['ELECTRON_RENDERER_URL'];
const indexFile = () => join(__dirname, '../renderer/index.html');

/**
 * Only the app's own page may load in the window: the dev server's origin, or exactly our index.html.
 * A prefix or substring test would let a link to "http://localhost:5173.evil.example" or to some
 * other file:// page under an "out/renderer" folder through.
 */
function isAppUrl(url: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const dev = rendererUrl();
  if (dev) return target.origin === new URL(dev).origin;
  return target.protocol === 'file:' && samePath(target.pathname, pathToFileURL(indexFile()).pathname);
}

// Chromium and Node may percent-encode a path differently, and Windows drive letters vary in case.
function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    const decoded = decodeURIComponent(p);
    return process.platform === 'win32' ? decoded.toLowerCase() : decoded;
  };
  try {
    return norm(a) === norm(b);
  } catch {
    return false;
  }
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
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });

  win.once('ready-to-show', () => {
    if (options.maximized) win.maximize();
    win.show();
  });

  // Links in articles and notes are untrusted: web links go to the OS browser, everything else is dropped.
  win.webContents.setWindowOpenHandler(({ url }) => {
    const v = validateExternalUrl(url);
    if (v.ok) void shell.openExternal(v.value);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    const v = validateExternalUrl(url);
    if (v.ok) void shell.openExternal(v.value);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());

  const dev = rendererUrl();
  if (dev) void win.loadURL(options.hash ? `${dev}#${options.hash}` : dev);
  else void win.loadFile(indexFile(), options.hash ? { hash: options.hash } : undefined);
  return win;
}
