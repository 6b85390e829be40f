import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { validateExternalUrl } from '../../shared/ipc/validate';

const rendererUrl = () => process.env['ELECTRON_RENDERER_URL'];

function isAppUrl(url: string): boolean {
  const dev = rendererUrl();
  if (dev) return url.startsWith(dev);
  return url.startsWith('file://') && url.includes('/out/renderer/');
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1200,
    height: 860,
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

  win.once('ready-to-show', () => win.show());

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
  if (dev) void win.loadURL(dev);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  return win;
}
