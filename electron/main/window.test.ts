/**
 * The main window, built in Node with Electron's BrowserWindow, shell and session replaced by
 * recorders: its web preferences, what it loads, where it may navigate and which links leave it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { preventDefault(): void }, url: string) => void;
const electron = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => undefined),
  isPackaged: true,
  windows: [] as Array<{
    options: { webPreferences: Record<string, unknown> };
    loaded: string[];
    listeners: Map<string, Listener>;
    openHandler: ((details: { url: string }) => { action: string }) | null;
  }>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: unknown;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      const record = { options, loaded: [] as string[], listeners: new Map<string, Listener>(), openHandler: null as ((details: { url: string }) => { action: string }) | null };
      electron.windows.push(record);
      this.webContents = {
        setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => (record.openHandler = fn),
        on: (name: string, fn: Listener) => record.listeners.set(name, fn),
      };
      this.loadURL = async (url: string) => void record.loaded.push(url);
    }
    loadURL: (url: string) => Promise<void>;
    loadFile() {
      throw new Error('The window must not load from file://');
    }
    once() {}
  }
  return {
    BrowserWindow,
    shell: { openExternal: electron.openExternal },
    app: {
      get isPackaged() {
        return electron.isPackaged;
      },
    },
  };
});

const { createMainWindow } = await import('./window');

function open() {
  createMainWindow();
  return electron.windows.at(-1)!;
}

/** Fires a navigation event and says whether the window stayed (preventDefault called). */
function navigate(win: ReturnType<typeof open>, event: string, url: string): 'allowed' | 'blocked' {
  let prevented = false;
  win.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
  return prevented ? 'blocked' : 'allowed';
}

beforeEach(() => {
  electron.openExternal.mockClear();
  electron.isPackaged = true;
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, webviews, Auxclick or spellcheck', () => {
    const prefs = open().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
    expect(prefs['enableBlinkFeatures']).toBeUndefined();
  });

  it('loads the app from gloss-app://, never from file://', () => {
    expect(open().loaded).toEqual(['gloss-app://app/index.html']);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, honours it in development', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    expect(open().loaded).toEqual(['gloss-app://app/index.html']);
    electron.isPackaged = false;
    expect(open().loaded).toEqual(['http://localhost:5173/']);
  });

  it('navigates only within its own origin (scheme, host and port)', () => {
    const win = open();
    expect(navigate(win, 'will-navigate', 'gloss-app://app/index.html#/article/x')).toBe('allowed');
    for (const url of [
      'file:///opt/gloss/out/renderer/index.html',
      'file://evil.example/opt/gloss/out/renderer/index.html',
      'gloss-app://evil.example/index.html',
      'gloss-app://app:99/index.html',
      'https://example.org/',
      'javascript:alert(1)',
    ]) {
      expect(navigate(win, 'will-navigate', url), url).toBe('blocked');
      expect(navigate(win, 'will-redirect', url), url).toBe('blocked');
    }
    expect(navigate(win, 'will-attach-webview', 'https://example.org/')).toBe('blocked');
  });

  it('in development navigates only to the dev server origin', () => {
    electron.isPackaged = false;
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173';
    const win = open();
    expect(navigate(win, 'will-navigate', 'http://localhost:5173/#/x')).toBe('allowed');
    expect(navigate(win, 'will-navigate', 'http://localhost:5174/')).toBe('blocked');
    expect(navigate(win, 'will-navigate', 'gloss-app://app/index.html')).toBe('blocked');
    // A window.open of the app's own page is simply refused, not handed to the OS browser.
    expect(win.openHandler!({ url: 'http://localhost:5173/#/article/x' })).toEqual({ action: 'deny' });
    expect(electron.openExternal.mock.calls.map((c) => c[0])).toEqual(['http://localhost:5174/']);
  });

  it('sends web and plain mail links to the OS, and nothing else', async () => {
    const win = open();
    expect(navigate(win, 'will-navigate', 'https://example.org/a')).toBe('blocked');
    expect(win.openHandler!({ url: 'mailto:a@example.org' })).toEqual({ action: 'deny' });
    for (const url of ['mailto:a@b?attach=/etc/passwd', 'file:///etc/passwd', 'file://evil.example/share/x', 'javascript:alert(1)', 'gloss-app://app/index.html', 'smb://evil.example/x']) {
      expect(win.openHandler!({ url }), url).toEqual({ action: 'deny' });
      navigate(win, 'will-navigate', url);
    }
    await vi.waitFor(() => expect(electron.openExternal).toHaveBeenCalledTimes(2));
    expect(electron.openExternal.mock.calls.map((c) => c[0])).toEqual(['https://example.org/a', 'mailto:a@example.org']);
  });
});
