/**
 * The gloss-app:// scheme that serves the built renderer (see app-origin.ts for why not file://).
 * Registered as privileged before the app is ready, because Chromium fixes scheme privileges at start:
 * standard (real origins and relative URLs, IndexedDB), secure (like https: for the platform APIs the
 * renderer uses), fetch/CORS support for module scripts and workers; no service workers, no CSP bypass.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cspFromHtml } from '../../shared/security/csp';
import { respondWithAppFile } from './app-files';
import { APP_SCHEME } from './app-origin';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true, allowServiceWorkers: false, bypassCSP: false, stream: false },
    },
  ]);
}

/**
 * Serves `root` (out/renderer) on gloss-app://app. The CSP header is the policy of the built
 * index.html's meta tag, read once: a build without one does not start, rather than run unprotected.
 */
export async function serveAppFiles(root: string): Promise<void> {
  const csp = cspFromHtml(await readFile(join(root, 'index.html'), 'utf8'));
  if (!csp.ok) throw new Error(`Gloss will not serve ${root}: ${csp.error}`);
  const flavour = process.platform === 'win32' ? 'win32' : 'posix';
  // Every path goes through resolveAppFile's escape checks (app-files.test.ts) before anything is read.
  protocol.handle(APP_SCHEME, (request) => respondWithAppFile(root, request.url, { csp: csp.value, flavour, readFile: (p) => readFile(p) }));
}
