/**
 * The app's lifecycle driven in Node with a stand-in for Electron's API (app, BrowserWindow, screen,
 * nativeTheme, session, ipcMain): single instance, deep links and documents however the OS delivers
 * them, the window placed from the saved session, the theme and progress IPC.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

// The gloss-app:// scheme is tested on its own (app-protocol.test.ts); here, that it is set up in order.
const appProtocol = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('./app-protocol', () => ({
  registerAppScheme: () => void appProtocol.calls.push('registerAppScheme'),
  serveAppFiles: async (root: string) => void appProtocol.calls.push(`serveAppFiles ${root}`),
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  let resolveReady = () => {};
  let ready = Promise.resolve();
  const windows: StandInWindow[] = [];

  class StandInWindow extends EventEmitter {
    destroyed = false;
    minimized = false;
    maximized = false;
    visible = false;
    focused = 0;
    progress: unknown[] = [];
    background: string[] = [];
    loaded: { file?: string; url?: string; options?: unknown } = {};
    webContents = Object.assign(new EventEmitter(), {
      loading: true,
      sent: [] as [string, unknown][],
      isLoading: () => this.webContents.loading,
      send: (event: string, payload: unknown) => this.webContents.sent.push([event, payload]),
      setWindowOpenHandler: () => undefined,
      finishLoad: () => {
        this.webContents.loading = false;
        this.webContents.emit('did-finish-load');
      },
    });
    constructor(public options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => null;
    loadFile(file: string, options?: unknown) {
      this.loaded = { file, options };
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = { url };
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    isVisible = () => this.visible;
    maximize() {
      this.maximized = true;
    }
    isMaximized = () => this.maximized;
    isMinimized = () => this.minimized;
    isFullScreen = () => false;
    isDestroyed = () => this.destroyed;
    restore() {
      this.minimized = false;
    }
    focus() {
      this.focused++;
    }
    getNormalBounds = (): Rect => this.options as unknown as Rect;
    setProgressBar(value: number, options?: unknown) {
      this.progress.push(options ? [value, options] : value);
    }
    setBackgroundColor(colour: string) {
      this.background.push(colour);
    }
  }

  const app = Object.assign(new EventEmitter(), {
    lock: true,
    quits: 0,
    userData: '',
    protocolClients: [] as unknown[][],
    switches: {} as Record<string, string>,
    commandLine: { getSwitchValue: (name: string) => app.switches[name] ?? '' },
    setPath: (_name: string, path: string) => void (app.userData = path),
    requestSingleInstanceLock: () => app.lock,
    quit: () => void app.quits++,
    getPath: () => app.userData,
    getName: () => 'Gloss',
    getAppPath: () => process.cwd(),
    whenReady: () => ready,
    ready: () => resolveReady(),
    setAsDefaultProtocolClient: (...args: unknown[]) => (app.protocolClients.push(args), true),
  });
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const nativeTheme = Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: false });
  const menus: unknown[][] = [];
  /** Modules are re-imported for each test; the stand-in is reset to a never-started Electron. */
  const reset = () => {
    app.removeAllListeners();
    nativeTheme.removeAllListeners();
    Object.assign(app, { lock: true, quits: 0, userData: '', protocolClients: [], switches: {} });
    Object.assign(nativeTheme, { themeSource: 'system', shouldUseDarkColors: false });
    windows.length = 0;
    menus.length = 0;
    handlers.clear();
    ready = new Promise<void>((r) => (resolveReady = r));
  };
  return {
    reset,
    app,
    BrowserWindow: StandInWindow,
    Menu: { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: (menu: unknown[]) => menus.push(menu) },
    menus,
    windows,
    handlers,
    screen: {
      displays: [] as { workArea: Rect }[],
      getAllDisplays() {
        return this.displays;
      },
      getPrimaryDisplay() {
        return this.displays[0];
      },
    },
    nativeTheme,
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        setSpellCheckerEnabled: () => undefined,
      },
    },
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn) },
    shell: { openExternal: async () => undefined },
    dialog: {},
  };
});

type StandIn = Awaited<ReturnType<typeof standIn>>;
const standIn = async () =>
  (await import('electron')) as unknown as {
    reset(): void;
    app: import('node:events').EventEmitter & {
      lock: boolean;
      quits: number;
      userData: string;
      switches: Record<string, string>;
      protocolClients: unknown[][];
      ready(): void;
    };
    windows: (import('node:events').EventEmitter & {
      options: Record<string, unknown>;
      loaded: { file?: string; url?: string; options?: unknown };
      maximized: boolean;
      visible: boolean;
      minimized: boolean;
      focused: number;
      progress: unknown[];
      background: string[];
      webContents: import('node:events').EventEmitter & { sent: [string, unknown][]; finishLoad(): void };
    })[];
    handlers: Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>;
    menus: { label?: string; role?: string; submenu?: { id?: string; label?: string; click?: () => void }[] }[][];
    screen: { displays: { workArea: Rect }[] };
    nativeTheme: import('node:events').EventEmitter & { themeSource: string; shouldUseDarkColors: boolean };
  };

/** IPC as the app's own page sends it (ipc/handle.ts refuses any other sender frame). */
const fromApp = { senderFrame: { url: 'gloss-app://app/index.html' } };

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 900 } };

/** Starts the app once, in a fresh module registry, with a userData folder holding `session`. */
async function boot({ lock = true, session, argv, profile }: { lock?: boolean; session?: unknown; argv?: string[]; profile?: string } = {}): Promise<StandIn> {
  vi.resetModules();
  appProtocol.calls.length = 0;
  const electron = await standIn();
  electron.reset();
  electron.app.lock = lock;
  electron.app.userData = mkdtempSync(join(tmpdir(), 'gloss-userdata-'));
  if (profile) electron.app.switches['user-data-dir'] = profile;
  if (session) writeFileSync(join(electron.app.userData, 'session.json'), JSON.stringify(session));
  electron.screen.displays = [laptop];
  const savedArgv = process.argv;
  if (argv) process.argv = argv;
  try {
    const { startApp } = await import('./app-lifecycle');
    startApp();
    electron.app.ready();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    process.argv = savedArgv;
  }
  return electron;
}

afterEach(() => vi.restoreAllMocks());

describe('app lifecycle', () => {
  it('--user-data-dir selects a separate profile, holding its own session', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'gloss-profile-'));
    writeFileSync(join(profile, 'session.json'), JSON.stringify({ lastArticle: 'p1' }));
    const electron = await boot({ profile });
    expect(electron.app.userData).toBe(profile);
    expect(electron.windows[0]!.loaded.url).toBe('gloss-app://app/index.html#/article/p1');
  });

  it('a second launch quits at once, leaving the first instance in charge', async () => {
    const electron = await boot({ lock: false });
    expect(electron.app.quits).toBe(1);
    expect(electron.windows).toHaveLength(0);
  });

  it('registers gloss:// and opens one window, hidden until ready, at the default place the first time', async () => {
    const electron = await boot();
    expect(electron.app.protocolClients.map((a) => a[0])).toEqual(['gloss']);
    expect(electron.windows).toHaveLength(1);
    const [win] = electron.windows;
    expect(win!.options).toMatchObject({ x: 120, y: 20, width: 1200, height: 860, show: false, backgroundColor: '#fbfaf7' });
    expect(win!.loaded.url).toBe('gloss-app://app/index.html');
    // The scheme is privileged before 'ready' and serves out/renderer before the window loads from it.
    expect(appProtocol.calls).toEqual(['registerAppScheme', `serveAppFiles ${join(__dirname, '../renderer')}`]);
    win!.emit('ready-to-show');
    expect(win!.visible).toBe(true);
  });

  it('reopens where it was: bounds kept on a live display, maximised, at the last article', async () => {
    const electron = await boot({
      session: { window: { bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: true }, lastArticle: '000_8a7174939e31e350', theme: 'dark' },
    });
    const [win] = electron.windows;
    expect(win!.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(win!.loaded.url).toBe('gloss-app://app/index.html#/article/000_8a7174939e31e350');
    expect(electron.nativeTheme.themeSource).toBe('dark');
    win!.emit('ready-to-show');
    expect(win!.maximized).toBe(true);
  });

  it('brings a window from an unplugged monitor onto the remaining display', async () => {
    const electron = await boot({ session: { window: { bounds: { x: 2500, y: 300, width: 1000, height: 700 }, maximized: false } } });
    expect(electron.windows[0]!.options).toMatchObject({ x: 220, y: 100, width: 1000, height: 700 });
  });

  it('hands a second launch’s link to the running window, focused, after it has loaded', async () => {
    const electron = await boot();
    const [win] = electron.windows;
    win!.minimized = true;
    electron.app.emit('second-instance', {}, ['/opt/Gloss/gloss', 'gloss://article/a1#highlight=h1'], '/home/me');
    expect(win!.minimized).toBe(false);
    expect(win!.focused).toBe(1);
    expect(win!.webContents.sent).toEqual([]);
    win!.webContents.finishLoad();
    expect(win!.webContents.sent).toEqual([['app:deepLink', 'gloss://article/a1#highlight=h1']]);
    // A malformed link is passed on too: the renderer says what is wrong with it.
    electron.app.emit('second-instance', {}, ['/opt/Gloss/gloss', 'gloss://article/'], '/home/me');
    expect(win!.webContents.sent.at(-1)).toEqual(['app:deepLink', 'gloss://article/']);
    // A plain second launch just brings the window forward.
    electron.app.emit('second-instance', {}, ['/opt/Gloss/gloss'], '/home/me');
    expect(win!.focused).toBe(3);
    expect(win!.webContents.sent).toHaveLength(2);
  });

  it('follows a link the app was launched with once the page has loaded, without showing the window early', async () => {
    const electron = await boot({ argv: ['/opt/Gloss/gloss', 'gloss://article/z9'] });
    const [win] = electron.windows;
    expect(win!.focused).toBe(0);
    expect(win!.visible).toBe(false);
    win!.webContents.finishLoad();
    expect(win!.webContents.sent).toEqual([['app:deepLink', 'gloss://article/z9']]);
  });

  it('takes macOS open-url links (even before the window exists) and ignores other schemes', async () => {
    const electron = await boot();
    const [win] = electron.windows;
    const prevented: string[] = [];
    const event = (url: string) => ({ preventDefault: () => prevented.push(url) });
    electron.app.emit('open-url', event('https://example.org'), 'https://example.org');
    electron.app.emit('open-url', event('gloss://article/b2'), 'gloss://article/b2');
    win!.webContents.finishLoad();
    expect(prevented).toEqual(['gloss://article/b2']);
    expect(win!.webContents.sent).toEqual([['app:deepLink', 'gloss://article/b2']]);
  });

  it('sends documents to import: from the first launch’s argv, a second launch, and macOS open-file', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'gloss-docs-'));
    mkdirSync(join(docs, 'sub'));
    for (const name of ['first.epub', 'sub/second.md', 'third.pdf', 'skip.txt']) writeFileSync(join(docs, name), 'x');
    const electron = await boot({ argv: ['/opt/Gloss/gloss', join(docs, 'first.epub'), join(docs, 'skip.txt')] });
    const [win] = electron.windows;
    electron.app.emit('second-instance', {}, ['/opt/Gloss/gloss', 'sub/second.md'], docs);
    electron.app.emit('open-file', { preventDefault() {} }, join(docs, 'third.pdf'));
    electron.app.emit('open-file', { preventDefault() {} }, join(docs, 'skip.txt'));
    win!.webContents.finishLoad();
    expect(win!.webContents.sent).toEqual([
      ['app:openFile', { path: join(docs, 'first.epub'), name: 'first.epub' }],
      ['app:openFile', { path: join(docs, 'sub/second.md'), name: 'second.md' }],
      ['app:openFile', { path: join(docs, 'third.pdf'), name: 'third.pdf' }],
    ]);

    // The page reads exactly the documents it was told about, once each, and nothing else.
    const read = electron.handlers.get('app:readOpenedFile')!;
    expect(await read(fromApp, join(docs, 'third.pdf'))).toEqual({ ok: true, value: { name: 'third.pdf', bytes: new Uint8Array([0x78]) } });
    expect(await read(fromApp, join(docs, 'third.pdf'))).toEqual({ ok: false, error: 'third.pdf was not opened with Gloss, so it is not read.' });
    expect(await read(fromApp, join(docs, 'skip.txt'))).toEqual({ ok: false, error: 'skip.txt was not opened with Gloss, so it is not read.' });
    expect(await read(fromApp, '/etc/passwd')).toMatchObject({ ok: false });
    expect(await read(fromApp, 42)).toEqual({ ok: false, error: 'Expected the path of a file Gloss was asked to open.' });
    rmSync(join(docs, 'first.epub'));
    expect(await read(fromApp, join(docs, 'first.epub'))).toEqual({ ok: false, error: 'first.epub could not be found (it may have been moved or deleted).' });
  });

  it('saves the window and the article shown when the window closes', async () => {
    const electron = await boot();
    const [win] = electron.windows;
    win!.webContents.emit('did-navigate-in-page', {}, 'file:///app/index.html#/article/c3?q=iran');
    win!.emit('close');
    const saved = JSON.parse(readFileSync(join(electron.app.userData, 'session.json'), 'utf8'));
    expect(saved).toEqual({ window: { bounds: expect.objectContaining({ x: 120, y: 20, width: 1200, height: 860 }), maximized: false }, lastArticle: 'c3', theme: 'system' });
  });

  it('app:setTheme drives nativeTheme and is remembered; the window background follows the effective theme', async () => {
    const electron = await boot();
    const setTheme = electron.handlers.get('app:setTheme')!;
    expect(await setTheme(fromApp, 'dark')).toEqual({ ok: true, value: true });
    expect(electron.nativeTheme.themeSource).toBe('dark');
    electron.nativeTheme.shouldUseDarkColors = true;
    electron.nativeTheme.emit('updated');
    expect(electron.windows[0]!.background).toEqual(['#16171a']);
    expect(await setTheme(fromApp, 'neon')).toMatchObject({ ok: false });
    electron.app.emit('before-quit');
    expect(JSON.parse(readFileSync(join(electron.app.userData, 'session.json'), 'utf8')).theme).toBe('dark');
  });

  it('app:setProgress shows, animates and clears the dock/taskbar progress', async () => {
    const electron = await boot();
    const setProgress = electron.handlers.get('app:setProgress')!;
    for (const p of [0.25, 'indeterminate', null]) expect(await setProgress(fromApp, p)).toEqual({ ok: true, value: true });
    expect(await setProgress(fromApp, 7)).toMatchObject({ ok: false });
    expect(electron.windows[0]!.progress).toEqual([0.25, [2, { mode: 'indeterminate' }], -1]);
  });

  it('builds the menu from the keymap the renderer sends, and sends menu clicks back as command ids', async () => {
    const electron = await boot();
    expect(electron.menus).toHaveLength(1);
    expect(electron.menus[0]!.map((m) => m.label ?? m.role)).not.toContain('&Go');
    const setMenu = electron.handlers.get('app:setMenu')!;
    const keymap = [{ id: 'search.focus', label: 'Search', keys: ['/', 'Mod+K'], menu: 'Go', enabled: true }];
    expect(await setMenu(fromApp, keymap)).toEqual({ ok: true, value: true });
    const menu = electron.menus.at(-1)!;
    const go = menu.find((m) => m.label?.replace('&', '') === 'Go')!;
    expect(go.submenu!.map((i) => i.label)).toEqual(['Search']);
    const [win] = electron.windows;
    win!.webContents.finishLoad();
    go.submenu![0]!.click!();
    expect(win!.webContents.sent).toEqual([['app:menuCommand', 'search.focus']]);
    expect(await setMenu(fromApp, [{ ...keymap[0], menu: 'Tools' }])).toMatchObject({ ok: false });
    expect(electron.menus).toHaveLength(2);
  });
});
