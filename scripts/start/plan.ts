import type { ElectronBinary, FetchOutcome } from './electron-binary';

/**
 * What `npm start` does, decided from facts gathered beforehand (pure, so every branch is tested):
 * open the desktop window, or say in ONE line why not and serve the same app in the browser.
 */
export type StartPlan = { mode: 'electron'; binary: string } | { mode: 'browser'; why: string };

export interface StartFacts {
  binary: ElectronBinary;
  /** The outcome of trying to download the binary, when it was missing and a download was tried. */
  fetched?: FetchOutcome;
  /** --browser on the command line: the user asked for the browser. */
  browserRequested: boolean;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

/** Reasons for the browser that hold whatever the binary's state: checked before any download. */
function blocker(facts: Omit<StartFacts, 'fetched' | 'binary'>): string | null {
  if (facts.browserRequested) return 'you asked for the browser (--browser)';
  // Linux needs an X11 or Wayland display for a window; over SSH or in a container there is none.
  if (facts.platform === 'linux' && !facts.env['DISPLAY'] && !facts.env['WAYLAND_DISPLAY']) {
    return 'there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  return null;
}

/** Whether a download should be tried before deciding (it can take a minute on a slow line). */
export function shouldFetch(facts: Omit<StartFacts, 'fetched'>): boolean {
  return !blocker(facts) && facts.binary.kind === 'not-downloaded' && !facts.env['ELECTRON_SKIP_BINARY_DOWNLOAD'];
}

export function planStart(facts: StartFacts): StartPlan {
  const { binary, fetched, env } = facts;
  const blocked = blocker(facts);
  if (blocked) return { mode: 'browser', why: blocked };
  if (binary.kind === 'present') return { mode: 'electron', binary: binary.path };
  if (binary.kind === 'not-installed') return { mode: 'browser', why: binary.why };
  if (env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
    return { mode: 'browser', why: `Electron ${binary.version}'s binary is not downloaded and ELECTRON_SKIP_BINARY_DOWNLOAD is set` };
  }
  if (fetched && !fetched.ok) {
    return { mode: 'browser', why: `Electron ${binary.version}'s binary could not be downloaded (${fetched.why})` };
  }
  // Downloaded just now: the caller looks again and finds it present; reaching here means it did not.
  return { mode: 'browser', why: `Electron ${binary.version}'s binary is missing after its download` };
}

/** The one line printed when no window opens. */
export function fallbackLine(why: string, url: string): string {
  return `Gloss: no desktop window because ${why}. Serving the same app in your browser at ${url} instead.`;
}
