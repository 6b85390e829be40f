import { ipcMain } from 'electron';
import type { IpcChannel, IpcResult } from '../../../shared/ipc/contract';
import { err } from '../../../shared/model/result';

/**
 * Registers one contract channel. Arguments arrive as unknown[]: the handler validates them. A thrown
 * error becomes a Result so the renderer always gets data back, never a rejected promise.
 */
export function handle<C extends IpcChannel>(channel: C, handler: (...args: unknown[]) => Promise<IpcResult<C>>): void {
  ipcMain.handle(channel, async (_event, ...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (e) {
      console.error(`[ipc] ${channel} failed`, e);
      return err(`${channel} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
