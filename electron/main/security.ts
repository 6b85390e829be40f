import { session } from 'electron';

/**
 * What a reader needs from the platform, and nothing more. No camera, microphone, geolocation,
 * notifications, MIDI, HID/USB/serial devices. It does write the clipboard ("Copy quote", "Copy as
 * Markdown"): navigator.clipboard.writeText asks for this one permission, and Chromium still requires
 * a user gesture for it. Reading the clipboard stays refused.
 */
export const isPermissionAllowed = (permission: string): boolean => permission === 'clipboard-sanitized-write';

/**
 * Session-wide hardening, applied before the window opens. The CSP is not set here: the gloss-app://
 * handler sends it with every response (app-protocol.ts), from the one definition in index.html.
 */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  // Off for the window (webPreferences.spellcheck) and for the session: Chromium's spellchecker
  // downloads dictionaries from the network, and Gloss makes no network requests of its own.
  ses.setSpellCheckerEnabled(false);
}
