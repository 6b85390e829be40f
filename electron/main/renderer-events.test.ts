import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { createRendererEvents } from './renderer-events';

function standInWindow(loading: boolean) {
  const sent: [string, unknown][] = [];
  const calls: string[] = [];
  const webContents = Object.assign(new EventEmitter(), {
    loading,
    isLoading: () => webContents.loading,
    send: (event: string, payload: unknown) => sent.push([event, payload]),
  });
  const win = {
    webContents,
    minimized: true,
    isDestroyed: () => false,
    isMinimized: () => win.minimized,
    restore: () => (calls.push('restore'), (win.minimized = false)),
    focus: () => calls.push('focus'),
  };
  return { win, sent, calls };
}

describe('events for the renderer', () => {
  it('holds events until the page has loaded, then sends them in order', () => {
    const { win, sent, calls } = standInWindow(true);
    const events = createRendererEvents(() => win as unknown as BrowserWindow);
    events.attach(win as unknown as BrowserWindow);
    events.send('app:deepLink', 'gloss://article/a');
    events.send('app:openFile', { path: '/d/x.md', name: 'x.md' });
    expect(sent).toEqual([]);
    expect(calls).toEqual(['restore', 'focus', 'focus']);
    win.webContents.loading = false;
    win.webContents.emit('did-finish-load');
    expect(sent).toEqual([
      ['app:deepLink', 'gloss://article/a'],
      ['app:openFile', { path: '/d/x.md', name: 'x.md' }],
    ]);
    win.webContents.emit('did-finish-load');
    expect(sent).toHaveLength(2);
  });

  it('keeps events that arrive with no window for the next one', () => {
    let current: ReturnType<typeof standInWindow>['win'] | null = null;
    const events = createRendererEvents(() => current as unknown as BrowserWindow | null);
    events.send('app:deepLink', 'gloss://article/late');
    const next = standInWindow(false);
    current = next.win;
    events.attach(next.win as unknown as BrowserWindow);
    next.win.webContents.emit('did-finish-load');
    expect(next.sent).toEqual([['app:deepLink', 'gloss://article/late']]);
  });
});
