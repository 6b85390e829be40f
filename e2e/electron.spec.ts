/**
 * The same flow as the browser specs, in the real Electron shell. Electron's binary cannot be
 * downloaded on machines without GitHub access (CI here installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1);
 * there this spec is skipped and says why. Everywhere else it builds the app and drives its window.
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');

function electronBinary(): { path: string | null; why: string } {
  try {
    const path = createRequire(__filename)('electron') as unknown as string;
    if (typeof path === 'string' && existsSync(path)) return { path, why: '' };
    return { path: null, why: `the electron package points at ${String(path)}, which does not exist` };
  } catch (e) {
    return { path: null, why: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
  }
}

const binary = electronBinary();
const skipReason = `No Electron binary on this machine (${binary.why}); install without ELECTRON_SKIP_BINARY_DOWNLOAD to run this spec.`;
if (!binary.path) console.log(`[electron.spec] skipped: ${skipReason}`);

test.describe('Electron shell', () => {
  test.skip(!binary.path, skipReason);
  let app: ElectronApplication;

  test.beforeAll(() => {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  });
  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one secure window with the library, search and reader', async () => {
    app = await electron.launch({ args: [root], cwd: root, env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } });
    const page = await app.firstWindow();

    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

    const library = page.getByRole('list', { name: 'Library' });
    await expect(library.getByText('How Iran’s regime failed to derail Iraq’s nationwide protests')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search' }).fill("Iran's regime");
    await expect(page.locator('mark').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');

    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toHaveText('How Iran’s regime failed to derail Iraq’s nationwide protests');
    await expect(article).toContainText('Analysis by PMOI/MEK');
    await expect(article).not.toContainText('728 x 90');

    // Served from gloss-app://app with the CSP header; no file:// reads, no path out of the app folder.
    expect(page.url()).toMatch(/^gloss-app:\/\/app\/index\.html/);
    const served = await page.evaluate(async () => {
      const own = await fetch('/index.html');
      const escape = await fetch('gloss-app://app/..%2f..%2fpackage.json');
      const file = await fetch('file:///etc/hosts').then(
        () => 'read',
        () => 'refused',
      );
      return { csp: own.headers.get('content-security-policy'), escape: escape.status, file };
    });
    expect(served.csp).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(served.escape).toBe(403);
    expect(served.file).toBe('refused');
    const hardening = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0]!.webContents;
      const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { auxclick: p.disableBlinkFeatures, spellcheck: p.spellcheck };
    });
    expect(hardening).toEqual({ auxclick: 'Auxclick', spellcheck: false });
  });
});
