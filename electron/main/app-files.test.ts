/**
 * gloss-app:// path resolution: every way out of the app folder is refused, on POSIX and Windows
 * path rules alike, and what is served carries the CSP header.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveAppFile, respondWithAppFile, type PathFlavour } from './app-files';

const roots: Record<PathFlavour, string> = { posix: '/opt/gloss/resources/app.asar/out/renderer', win32: 'C:\\Program Files\\Gloss\\resources\\app.asar\\out\\renderer' };
const flavours: PathFlavour[] = ['posix', 'win32'];

const ESCAPES = [
  // plain and percent-encoded dot segments
  'gloss-app://app/../../../etc/passwd',
  'gloss-app://app/assets/../../secret.js',
  'gloss-app://app/%2e%2e/%2e%2e/etc/passwd',
  'gloss-app://app/%2E%2E/secret.js',
  'gloss-app://app/.%2e/secret.js',
  'gloss-app://app/%2e./secret.js',
  'gloss-app://app/./index.html',
  'gloss-app://app/assets/%2e/x.js',
  // encoded separators: one segment that decodes to a path
  'gloss-app://app/..%2f..%2fetc%2fpasswd',
  'gloss-app://app/..%2F..%2Fetc%2Fpasswd',
  'gloss-app://app/%2fetc%2fpasswd',
  'gloss-app://app/..%5c..%5cwindows%5cwin.ini',
  'gloss-app://app/%5C%5Cevil.example%5Cshare%5Cx.js',
  'gloss-app://app/%252e%252e/%252e%252e/etc/passwd',
  // literal backslashes (Windows separators)
  'gloss-app://app/..\\..\\windows\\win.ini',
  'gloss-app://app/assets\\..\\..\\x.js',
  // absolute paths, drive letters, UNC and streams
  'gloss-app://app//etc/passwd',
  'gloss-app://app/C:/Windows/win.ini',
  'gloss-app://app/C:%5CWindows%5Cwin.ini',
  'gloss-app://app/c%3A/Windows/win.ini',
  'gloss-app://app//evil.example/share/x.js',
  'gloss-app://app/%2f%2fevil.example%2fshare%2fx.js',
  'gloss-app://app/index.html::$DATA',
  'gloss-app://app/index.html%3A%3A%24DATA',
  // Windows drops trailing dots and spaces, so these are ".." there
  'gloss-app://app/..%20/secret.js',
  'gloss-app://app/...%20/secret.js',
  'gloss-app://app/index.html.',
  'gloss-app://app/index.html%20',
  // devices, NUL, control characters, hidden files, bad encoding
  'gloss-app://app/CON',
  'gloss-app://app/nul.js',
  'gloss-app://app/assets/com1.json',
  'gloss-app://app/index.html%00.js',
  'gloss-app://app/index%0a.html',
  'gloss-app://app/.env',
  'gloss-app://app/.vite/manifest.json',
  'gloss-app://app/%E0%A4%A.js',
  // other hosts and schemes
  'gloss-app://evil.example/index.html',
  'gloss-app://app:8080/index.html',
  'gloss-app://user@app/index.html',
  'file:///etc/passwd',
  'file://evil.example/out/renderer/index.html',
  'https://app/index.html',
  'gloss://app/index.html',
  'not a url',
  // types the build never emits
  'gloss-app://app/index.exe',
  'gloss-app://app/script.sh',
  'gloss-app://app/noextension',
];

describe('resolveAppFile', () => {
  for (const flavour of flavours) {
    const path = flavour === 'win32' ? win32 : posix;
    const root = roots[flavour];

    it(`serves the built files under the root (${flavour})`, () => {
      expect(resolveAppFile(root, 'gloss-app://app/index.html', flavour)).toEqual({ ok: true, value: { path: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' } });
      expect(resolveAppFile(root, 'gloss-app://app/', flavour)).toEqual({ ok: true, value: { path: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' } });
      expect(resolveAppFile(root, 'gloss-app://app/assets/index-B_x9-1.js?v=1#top', flavour)).toEqual({
        ok: true,
        value: { path: path.join(root, 'assets', 'index-B_x9-1.js'), contentType: 'text/javascript; charset=utf-8' },
      });
      expect(resolveAppFile(root, 'gloss-app://app/search-index.json', flavour).ok).toBe(true);
      expect(resolveAppFile(root, 'gloss-app://app/assets/%69ndex.css', flavour)).toEqual({ ok: true, value: { path: path.join(root, 'assets', 'index.css'), contentType: 'text/css; charset=utf-8' } });
    });

    it(`refuses every escape, encoded, absolute, UNC and device path (${flavour})`, () => {
      for (const url of ESCAPES) {
        const r = resolveAppFile(root, url, flavour);
        expect(r.ok, `${url} → ${JSON.stringify(r)}`).toBe(false);
      }
    });
  }

  it('says what was wrong', () => {
    const why = (url: string) => {
      const r = resolveAppFile(roots.posix, url, 'posix');
      return r.ok ? 'served' : r.error;
    };
    expect(why('gloss-app://app/../../etc/passwd')).toBe('Refused a "." or ".." path segment.');
    expect(why('gloss-app://app/..%2f..%2fetc%2fpasswd')).toBe('Refused an encoded path separator (%2f, %5c).');
    expect(why('gloss-app://app//etc/passwd')).toBe('Refused an empty path segment (//).');
    expect(why('gloss-app://app/C:/Windows/win.ini')).toBe('Refused a drive letter or stream name (":") in the path.');
    expect(why('gloss-app://evil.example/index.html')).toBe('Refused gloss-app://evil.example: only gloss-app://app serves app files.');
    expect(why('gloss-app://app/index.exe')).toBe('Refused the file type ".exe".');
    // Each layer answers for its own case (the layers behind it would also refuse, with other words).
    expect(why('gloss-app://app/..\\..\\windows\\win.ini')).toBe('Refused a backslash in the path.');
    expect(why('gloss-app://app/.env')).toBe('Refused a "." or ".." path segment, or a hidden file.');
    expect(why('gloss-app://app/assets%20/x.js')).toBe('Refused a path segment ending in a dot or space.');
    expect(why('gloss-app://app/index.html.')).toBe('Refused a path segment ending in a dot or space.');
    expect(why('gloss-app://app/index.html%00.js')).toBe('Refused a control character in the path.');
    expect(why('gloss-app://app/CON')).toBe('Refused a Windows device name.');
    for (const name of ['a%20b.js', 'a*.js', 'a%3C.js', 'a%7C.js', 'a%22.js', '%C3%A9.js', 'a%3F.js', 'a%25.js']) {
      expect(why(`gloss-app://app/${name}`), name).toMatch(/^Refused the file name /);
    }
  });
});

describe('isInside', () => {
  it('holds a path to the root folder, by path rules and not by string prefix', () => {
    expect(isInside('/opt/gloss/out/renderer', '/opt/gloss/out/renderer/assets/a.js', 'posix')).toBe(true);
    expect(isInside('/opt/gloss/out/renderer', '/opt/gloss/out/renderer-evil/a.js', 'posix')).toBe(false);
    expect(isInside('/opt/gloss/out/renderer', '/opt/gloss/out/renderer', 'posix')).toBe(false);
    expect(isInside('/opt/gloss/out/renderer', '/opt/gloss/out/renderer/../secret', 'posix')).toBe(false);
    expect(isInside('/opt/gloss/out/renderer', '/etc/passwd', 'posix')).toBe(false);
    expect(isInside('/opt/gloss/out/renderer', '/opt/gloss/out/renderer/..a.js', 'posix')).toBe(true);
    const win = 'C:\\Program Files\\Gloss\\out\\renderer';
    expect(isInside(win, 'c:\\program files\\gloss\\out\\renderer\\index.html', 'win32')).toBe(true);
    expect(isInside(win, 'C:\\Program Files\\Gloss\\out\\renderer\\..\\..\\secret.json', 'win32')).toBe(false);
    expect(isInside(win, 'D:\\out\\renderer\\index.html', 'win32')).toBe(false);
    expect(isInside(win, '\\\\evil.example\\share\\index.html', 'win32')).toBe(false);
    expect(isInside('\\\\server\\share\\Gloss', '\\\\server\\share\\Gloss\\index.html', 'win32')).toBe(true);
    expect(isInside('\\\\server\\share\\Gloss', '\\\\server\\other\\index.html', 'win32')).toBe(false);
  });
});

describe('respondWithAppFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'gloss-app-files-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Gloss</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'gloss-outside-secret.json'), '{"secret":true}');
  const csp = "default-src 'self'; object-src 'none'";
  const respond = (url: string) => respondWithAppFile(root, url, { csp, flavour: 'posix', readFile: (p) => readFile(p) });

  it('sends each file with its type, the CSP header and nosniff', async () => {
    const page = await respond('gloss-app://app/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>Gloss</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(csp);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await respond('gloss-app://app/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(csp);
  });

  it('answers 403 for an escape and 404 for a missing file, never the file outside', async () => {
    const escape = await respond('gloss-app://app/..%2fgloss-outside-secret.json');
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('secret');
    expect(escape.headers.get('content-security-policy')).toBe(csp);
    expect((await respond('gloss-app://app/missing.js')).status).toBe(404);
  });
});
