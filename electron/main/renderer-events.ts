import type { BrowserWindow } from 'electron';
import type { IpcEvents } from '../../shared/ipc/contract';

/**
 * Sends events to the renderer, holding those that arrive before it has loaded (a deep link or a file
 * the app was launched with; a link that came while no window was open on macOS) until it has.
 */
export interface RendererEvents {
  send<E extends keyof IpcEvents>(event: E, payload: IpcEvents[E], options?: { focus?: boolean }): void;
  /** Call for each new window: pending events go out when it finishes loading. */
  attach(win: BrowserWindow): void;
}

/** Brings the window forward. A window not shown yet is left to its ready-to-show (no blank flash). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.focus();
}

export function createRendererEvents(getWindow: () => BrowserWindow | null): RendererEvents {
  const pending: { event: keyof IpcEvents; payload: unknown }[] = [];
  const flush = () => {
    const win = getWindow();
    if (!win || win.isDestroyed() || win.webContents.isLoading()) return;
    for (const { event, payload } of pending.splice(0)) win.webContents.send(event, payload);
  };
  return {
    send(event, payload, { focus = true } = {}) {
      pending.push({ event, payload });
      const win = getWindow();
      if (!win || win.isDestroyed()) return;
      if (focus) focusWindow(win);
      flush();
    },
    attach(win) {
      win.webContents.on('did-finish-load', flush);
    },
  };
}
