import { session } from 'electron';

/**
 * The renderer's index.html carries the CSP as a meta tag (it is loaded from file://, where there are
 * no response headers). In development it comes from Vite's server, so the header is set here too.
 * Vite's dev server needs 'unsafe-inline' styles and ws: for hot reload; the built app does not.
 */
const DEV_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

export function hardenSession(isDev: boolean): void {
  const ses = session.defaultSession;
  // A reader needs no camera, microphone, geolocation or notifications. It does write the clipboard
  // ("Copy quote", "Copy as Markdown"): navigator.clipboard.writeText asks for this one permission,
  // and Chromium still requires a user gesture for it. Reading the clipboard stays refused.
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowed(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowed(permission));
  if (isDev) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEV_CSP] } });
    });
  }
}
