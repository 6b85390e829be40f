import { registerAppIpc, type AppIpcOptions } from './app';
import { registerBackupIpc } from './backup';
import { registerCorpusIpc } from './corpus';
import { registerExportIpc } from './export';
import { registerShellIpc } from './shell';

export interface IpcOptions {
  app?: AppIpcOptions;
}

export function registerIpc(options: IpcOptions = {}): void {
  registerCorpusIpc();
  registerShellIpc();
  registerExportIpc();
  registerBackupIpc();
  registerAppIpc(options.app);
}
