/** Session hardening, with Electron's session replaced by a recorder. */
import { describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  request: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void),
  check: null as null | ((wc: unknown, permission: string) => boolean),
  device: null as null | (() => boolean),
  spellchecker: null as null | boolean,
}));

vi.mock('electron', () => ({
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof recorded.request) => (recorded.request = fn),
      setPermissionCheckHandler: (fn: typeof recorded.check) => (recorded.check = fn),
      setDevicePermissionHandler: (fn: typeof recorded.device) => (recorded.device = fn),
      setSpellCheckerEnabled: (on: boolean) => (recorded.spellchecker = on),
    },
  },
}));

const { hardenSession } = await import('./security');
hardenSession();

const PERMISSIONS = [
  'clipboard-read',
  'media',
  'display-capture',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'window-management',
  'hid',
  'serial',
  'usb',
  'storage-access',
  'idle-detection',
  'speaker-selection',
  'keyboardLock',
  'fileSystem',
  'unknown',
];

describe('hardenSession', () => {
  it('grants clipboard writing and refuses every other permission, asked or checked', () => {
    const asked = (permission: string) => {
      let granted: boolean | null = null;
      recorded.request!(null, permission, (g) => (granted = g));
      return granted;
    };
    expect(asked('clipboard-sanitized-write')).toBe(true);
    expect(recorded.check!(null, 'clipboard-sanitized-write')).toBe(true);
    for (const p of PERMISSIONS) {
      expect(asked(p), p).toBe(false);
      expect(recorded.check!(null, p), p).toBe(false);
    }
    expect(recorded.device!()).toBe(false);
  });

  it('turns the spellchecker off for the session', () => {
    expect(recorded.spellchecker).toBe(false);
  });
});
