import { shell } from 'electron';
import { validateExternalUrl } from '../../shared/ipc/validate';
import type { Result } from '../../shared/model/result';

/**
 * The one place Gloss hands a link to the OS. Links come from untrusted articles and notes (a click,
 * a window.open, a navigation, the shell:openExternal call), so each is checked by
 * validateExternalUrl first: http(s) with a host and no credentials, or a mailto: without a query.
 */
export async function openExternalLink(url: unknown): Promise<Result<string>> {
  const v = validateExternalUrl(url);
  if (!v.ok) return v;
  await shell.openExternal(v.value); // eng-disable OPEN_EXTERNAL_JS_CHECK -- v.value passed validateExternalUrl just above (shared/ipc/validate.test.ts)
  return v;
}
