import { app } from 'electron';

export const PROTOCOL = 'gloss';
/** Longer than any link Gloss writes (two 128-character ids); anything longer is not ours. */
const MAX_LINK_LENGTH = 2048;

/**
 * Whether a string is a gloss:// link at all. Well-formed or not, it goes to the renderer, which
 * opens the passage or says what is wrong with the link (a truncated paste, a foreign id).
 */
export function isGlossLink(value: string): boolean {
  return value.length <= MAX_LINK_LENGTH && value.toLowerCase().startsWith(`${PROTOCOL}://`);
}

/** The gloss:// link among command-line arguments (Windows and Linux pass a clicked link that way). */
export function deepLinkFromArgv(argv: readonly string[]): string | null {
  return argv.find(isGlossLink) ?? null;
}

/**
 * Registers Gloss as the OS's handler for gloss:// links (the links Markdown export writes). The
 * installers declare the protocol too (electron-builder's `protocols`); this covers a portable or
 * development run. In development the OS must start electron with our app path, then the link.
 */
export function registerProtocolClient(): boolean {
  if (process.defaultApp && process.argv[1]) return app.setAsDefaultProtocolClient(PROTOCOL, process.execPath, [process.argv[1]]); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- reviewed: a gloss:// link only routes inside the app: the renderer opens well-formed ones (parseDeepLink: plain ids only) and explains the rest (shared/model/deep-link.test.ts)
  return app.setAsDefaultProtocolClient(PROTOCOL); // eng-disable PROTOCOL_HANDLER_JS_CHECK -- reviewed: a gloss:// link only routes inside the app: the renderer opens well-formed ones (parseDeepLink: plain ids only) and explains the rest (shared/model/deep-link.test.ts)
}
