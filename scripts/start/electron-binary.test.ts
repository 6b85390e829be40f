import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainFetchFailure, fetchElectronBinary, findElectronBinary, firstErrorLine, platformPath } from './electron-binary';

const dirs: string[] = [];
/** A project folder with node_modules/electron laid out as npm and electron's install.js leave it. */
function project(files: Record<string, string>): { root: string; pkg: string } {
  const root = mkdtempSync(join(tmpdir(), 'gloss-start-'));
  dirs.push(root);
  writeFileSync(join(root, 'package.json'), '{"name":"p"}');
  const pkg = join(root, 'node_modules/electron');
  for (const [name, text] of Object.entries({ 'package.json': '{"name":"electron","version":"45.5.0"}', ...files })) {
    mkdirSync(join(pkg, name, '..'), { recursive: true });
    writeFileSync(join(pkg, name), text);
  }
  return { root, pkg };
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('finding Electron without downloading it', () => {
  it('finds the executable named in path.txt', () => {
    const { root, pkg } = project({ 'path.txt': 'electron', 'dist/electron': '' });
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toEqual({ kind: 'present', path: join(pkg, 'dist/electron'), version: '45.5.0' });
  });

  it('reports a package whose binary was never downloaded', () => {
    const { root, pkg } = project({});
    expect(findElectronBinary({ root, env: {}, platform: 'linux' })).toEqual({ kind: 'not-downloaded', packageDir: pkg, version: '45.5.0' });
    // path.txt written but the executable deleted counts as not downloaded too.
    const half = project({ 'path.txt': 'electron' });
    expect(findElectronBinary({ root: half.root, env: {}, platform: 'linux' }).kind).toBe('not-downloaded');
  });

  it('reports a missing package', () => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-start-'));
    dirs.push(root);
    writeFileSync(join(root, 'package.json'), '{"name":"p"}');
    expect(findElectronBinary({ root, env: {}, platform: 'linux' }).kind).toBe('not-installed');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as electron itself does', () => {
    const { root } = project({});
    const dist = mkdtempSync(join(tmpdir(), 'gloss-dist-'));
    dirs.push(dist);
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' }).kind).toBe('not-downloaded');
    writeFileSync(join(dist, 'electron'), '');
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'linux' })).toMatchObject({ kind: 'present', path: join(dist, 'electron') });
  });

  it('knows each platform executable', () => {
    expect([platformPath('linux'), platformPath('win32'), platformPath('darwin')]).toEqual(['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron']);
  });
});

describe('downloading Electron through its own installer', () => {
  it('turns a failed download into one line', async () => {
    const { pkg } = project({
      'install.js': "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici:1:1\\n    at async FetchDownloader.download (x.js:46:30)'); process.exit(1);",
    });
    expect(await fetchElectronBinary(pkg, {})).toEqual({ ok: false, why: 'TypeError: fetch failed' });
  });

  it('reports success when the installer exits 0', async () => {
    const { pkg } = project({ 'install.js': "console.log('downloaded')" });
    expect(await fetchElectronBinary(pkg, {})).toEqual({ ok: true });
  });

  it('names the host a failed fetch could not reach', async () => {
    const notFound = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await explainFetchFailure('TypeError: fetch failed', {}, notFound)).toBe('github.com cannot be reached: ENOTFOUND');
    expect(await explainFetchFailure('TypeError: fetch failed', { ELECTRON_MIRROR: 'https://mirror.example/electron/' }, notFound)).toBe(
      'mirror.example cannot be reached: ENOTFOUND',
    );
    expect(await explainFetchFailure('TypeError: fetch failed', {}, async () => ({}))).toBe(
      'TypeError: fetch failed: github.com resolves but the download did not complete',
    );
    expect(await explainFetchFailure('Error: checksum mismatch', {}, notFound)).toBe('Error: checksum mismatch');
  });

  it('picks the error line out of a stack trace', () => {
    expect(firstErrorLine('\nRequestError: getaddrinfo ENOTFOUND github.com\n    at a (b:1:1)\n')).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(firstErrorLine('Downloading\nsomething odd')).toBe('Downloading');
    expect(firstErrorLine('')).toBe('');
  });
});
