import { registerBackupIpc } from './backup';
import { registerCorpusIpc } from './corpus';
import { registerExportIpc } from './export';
import { registerShellIpc } from './shell';

export function registerIpc(): void {
  registerCorpusIpc();
  registerShellIpc();
  registerExportIpc();
  registerBackupIpc();
}
