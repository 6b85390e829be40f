import { shell } from 'electron';
import { ok } from '../../../shared/model/result';
import { validateExternalUrl } from '../../../shared/ipc/validate';
import { handle } from './handle';

export function registerShellIpc(): void {
  handle('shell:openExternal', async (url) => {
    const v = validateExternalUrl(url);
    if (!v.ok) return v;
    await shell.openExternal(v.value);
    return ok(true as const);
  });
}
