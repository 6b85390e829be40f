import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { IpcChannel, IpcResult } from '../../../shared/ipc/contract';
import { err } from '../../../shared/model/result';
import { isOwnPage } from '../renderer-url';
import { errorText } from '../../../shared/model/error-text';

/**
 * Only the app's own page may call main. The sender frame's URL is checked before any argument is
 * looked at: a frame from another origin (were one ever to load, despite the CSP's frame-src 'none'
 * and the navigation guard) gets a refusal and no handler runs. A frame that has gone (navigated
 * away or closed while the call was in flight) has no URL to trust and is refused too.
 */
export function senderRefusal(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, channel: string): string | null {
  const url = event.senderFrame?.url;
  if (typeof url === 'string' && isOwnPage(url)) return null;
  return `${channel} refused: the call did not come from Gloss's own page (${typeof url === 'string' ? url.slice(0, 80) || 'no URL' : 'no frame'}).`;
}

/**
 * Registers one contract channel. Arguments arrive as unknown[]: the handler validates them. A thrown
 * error becomes a Result so the renderer always gets data back, never a rejected promise.
 */
export function handle<C extends IpcChannel>(channel: C, handler: (...args: unknown[]) => Promise<IpcResult<C>>): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    const refused = senderRefusal(event, channel);
    if (refused) {
      console.warn(`[ipc] ${refused}`);
      return err(refused);
    }
    try {
      return await handler(...args);
    } catch (e) {
      console.error(`[ipc] ${channel} failed`, e);
      return err(`${channel} failed: ${errorText(e)}`);
    }
  });
}
