import { ok } from '../../../shared/model/result';
import { openExternalLink } from '../external-links';
import { handle } from './handle';

export function registerShellIpc(): void {
  handle('shell:openExternal', async (url) => {
    const opened = await openExternalLink(url);
    return opened.ok ? ok(true as const) : opened;
  });
}
