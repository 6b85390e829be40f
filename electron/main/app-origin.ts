/**
 * Where the app's own page comes from, and the one test of "is this URL ours?" that navigation, the
 * window-open handler and the IPC sender check all use. Pure: no Electron, so it is tested in Node.
 *
 * The packaged app is served from a privileged custom scheme (app-protocol.ts), not file://: under
 * file:// every local file is 'self' to the CSP, and "same origin" means little (file://evil.example/…
 * is a UNC path on Windows). gloss-app://app is one origin that serves only the built renderer.
 * (gloss:// is the deep-link scheme the OS hands to Gloss; it never loads a page.)
 */
export const APP_SCHEME = 'gloss-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The Vite dev server's URL (electron-vite sets ELECTRON_RENDERER_URL), honoured only in development
 * and only on this machine: a packaged app must never be pointed at another page by its environment.
 */
export function devServerUrl(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK.has(url.hostname)) return null;
  return url.toString();
}

/**
 * Scheme, host and port, compared whole. URL.origin cannot be used: Node gives every non-special
 * scheme (gloss-app:) the opaque origin "null", which would make all of them equal.
 */
function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port;
}

/** Whether `url` is a page of the app itself: the dev server's origin in development, gloss-app://app otherwise. */
export function isAppUrl(url: string, devUrl: string | null): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username !== '' || target.password !== '') return false;
  return sameOrigin(target, new URL(devUrl ?? APP_ORIGIN));
}
