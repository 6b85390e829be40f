import type { BrowserWindow } from 'electron';
import type { SessionStore } from './session-store';

/** The article id in the renderer's URL (`…index.html#/article/<id>?q=…`), or null on any other page. */
export function articleFromUrl(url: string): string | null {
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  const m = /^#\/article\/([^/?#]+)/.exec(hash);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]!);
    return /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the session store up to date with the window: its normal bounds and maximised state as the
 * user moves and resizes it, and the article it shows (the renderer routes by URL hash, so every
 * route change is an in-page navigation main can see without any IPC).
 */
export function trackWindow(win: BrowserWindow, store: SessionStore): void {
  const saveBounds = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    store.update({ window: { bounds: win.getNormalBounds(), maximized: win.isMaximized() } });
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', saveBounds);
  win.on('close', () => {
    saveBounds();
    store.flush();
  });
  win.webContents.on('did-navigate-in-page', (_event, url) => store.update({ lastArticle: articleFromUrl(url) }));
}
