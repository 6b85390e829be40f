import { describe, expect, it } from 'vitest';
import type { ElectronBinary } from './electron-binary';
import { fallbackLine, planStart, shouldFetch } from './plan';

const present: ElectronBinary = { kind: 'present', path: '/x/dist/electron', version: '45.5.0' };
const missing: ElectronBinary = { kind: 'not-downloaded', packageDir: '/x', version: '45.5.0' };
const desktop = { platform: 'linux' as const, env: { DISPLAY: ':0' }, browserRequested: false };

describe('npm start plan', () => {
  it('opens Electron when its binary is there and a display exists', () => {
    expect(planStart({ ...desktop, binary: present })).toEqual({ mode: 'electron', binary: '/x/dist/electron' });
    expect(planStart({ ...desktop, platform: 'darwin', env: {}, binary: present }).mode).toBe('electron');
    expect(planStart({ ...desktop, env: { WAYLAND_DISPLAY: 'wayland-0' }, binary: present }).mode).toBe('electron');
  });

  it('tries a download only when it could lead to a window', () => {
    expect(shouldFetch({ ...desktop, binary: missing })).toBe(true);
    expect(shouldFetch({ ...desktop, binary: present })).toBe(false);
    expect(shouldFetch({ ...desktop, browserRequested: true, binary: missing })).toBe(false);
    expect(shouldFetch({ ...desktop, env: {}, binary: missing })).toBe(false); // no display on Linux
    expect(shouldFetch({ ...desktop, env: { DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, binary: missing })).toBe(false);
  });

  it('says why it serves the browser instead, one reason per case', () => {
    const why = (facts: Partial<Parameters<typeof planStart>[0]>) => {
      const plan = planStart({ ...desktop, binary: missing, ...facts });
      return plan.mode === 'browser' ? plan.why : `opened ${plan.binary}`;
    };
    expect(why({ fetched: { ok: false, why: 'github.com cannot be reached: ENOTFOUND' } })).toBe(
      "Electron 45.5.0's binary could not be downloaded (github.com cannot be reached: ENOTFOUND)",
    );
    expect(why({ env: { DISPLAY: ':0', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })).toBe(
      "Electron 45.5.0's binary is not downloaded and ELECTRON_SKIP_BINARY_DOWNLOAD is set",
    );
    expect(why({ binary: { kind: 'not-installed', why: 'the electron package is not installed (run npm install)' } })).toBe(
      'the electron package is not installed (run npm install)',
    );
    expect(why({ env: {}, binary: present })).toBe('there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set)');
    expect(why({ browserRequested: true, binary: present })).toBe('you asked for the browser (--browser)');
    expect(why({ fetched: { ok: true } })).toBe("Electron 45.5.0's binary is missing after its download");
  });

  it('prints one line with the reason and the address', () => {
    const line = fallbackLine('there is no display', 'http://127.0.0.1:5173');
    expect(line).toBe('Gloss: no desktop window because there is no display. Serving the same app in your browser at http://127.0.0.1:5173 instead.');
    expect(line).not.toContain('\n');
  });
});
