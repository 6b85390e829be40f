import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import type { SessionState, SessionStore } from './session-store';
import { articleFromUrl, trackWindow } from './track-window';

/** A stand-in for BrowserWindow: the events and getters trackWindow uses. */
function standInWindow() {
  const win = Object.assign(new EventEmitter(), {
    webContents: new EventEmitter(),
    bounds: { x: 10, y: 20, width: 900, height: 700 },
    maximized: false,
    minimized: false,
    isDestroyed: () => false,
    isMinimized: () => win.minimized,
    isFullScreen: () => false,
    isMaximized: () => win.maximized,
    getNormalBounds: () => win.bounds,
  });
  return win;
}

function memoryStore() {
  let state: SessionState = { window: null, lastArticle: null, theme: 'system' };
  const store: SessionStore & { flushes: number } = {
    flushes: 0,
    get state() {
      return state;
    },
    update: (patch) => (state = { ...state, ...patch }),
    flush: () => void store.flushes++,
  };
  return store;
}

describe('tracking the window', () => {
  it('reads the article id from the renderer URL', () => {
    expect(articleFromUrl('file:///app/out/renderer/index.html#/article/000_8a7174939e31e350?q=iran')).toBe('000_8a7174939e31e350');
    expect(articleFromUrl('http://localhost:5173/#/article/a%2Db')).toBe('a-b');
    expect(articleFromUrl('file:///x/index.html#/notebook')).toBeNull();
    expect(articleFromUrl('file:///x/index.html#/article/..%2F..')).toBeNull();
    expect(articleFromUrl('not a url')).toBeNull();
  });

  it('remembers normal bounds and maximised state as the window changes, and flushes on close', () => {
    const win = standInWindow();
    const store = memoryStore();
    trackWindow(win as unknown as BrowserWindow, store);
    win.emit('resize');
    expect(store.state.window).toEqual({ bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: false });
    win.maximized = true;
    win.emit('maximize');
    expect(store.state.window?.maximized).toBe(true);
    // Minimised, the bounds are the OS's; keep the last real ones.
    win.minimized = true;
    win.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    win.emit('move');
    expect(store.state.window?.bounds.x).toBe(10);
    win.minimized = false;
    win.bounds = { x: 50, y: 60, width: 1000, height: 800 };
    win.emit('close');
    expect(store.state.window).toEqual({ bounds: { x: 50, y: 60, width: 1000, height: 800 }, maximized: true });
    expect(store.flushes).toBe(1);
  });

  it('remembers the article shown, and forgets it when the reader leaves', () => {
    const win = standInWindow();
    const store = memoryStore();
    trackWindow(win as unknown as BrowserWindow, store);
    win.webContents.emit('did-navigate-in-page', {}, 'file:///x/index.html#/article/abc');
    expect(store.state.lastArticle).toBe('abc');
    win.webContents.emit('did-navigate-in-page', {}, 'file:///x/index.html#/');
    expect(store.state.lastArticle).toBeNull();
  });
});
