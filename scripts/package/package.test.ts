/**
 * The packaging checks that can run without downloading Electron: the electron-builder config is
 * valid against electron-builder's own schema; a `--dir` build given a stand-in unpacked Electron
 * produces an app folder whose app.asar holds main, preload, renderer, corpus and index; and the
 * fuses electron-builder flipped read back as configured. (`npm run test:package`.)
 */
import { listPackage, extractFile } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { ARTICLE_TEXT_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../../shared/library/library-files';
import { binScript } from '../start/bin-script';
import { writeStandInElectronDist } from './stand-in-electron';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const run = promisify(execFile);
const electronVersion = (require('electron/package.json') as { version: string }).version;

/**
 * electron-builder's own validator (what its CLI runs before building), taken from the
 * app-builder-lib electron-builder itself uses. It coerces in place, so it is given a copy.
 */
async function validate(candidate: unknown): Promise<void> {
  const fromBuilder = createRequire(require.resolve('electron-builder'));
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
    validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  await validateConfiguration(structuredClone(candidate), { isEnabled: false, add: () => undefined });
}

describe('the electron-builder config', () => {
  it('is valid against electron-builder’s schema', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('and the validator does refuse a wrong one', async () => {
    await expect(validate({ ...config, installerKind: 'msi' })).rejects.toThrow("unknown property 'installerKind'");
    await expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).rejects.toThrow('electronFuses.runAsNode should be a boolean');
    await expect(validate({ ...config, fileAssociations: [{ name: 'no extension' }] })).rejects.toThrow(/fileAssociations/);
  });

  it('declares the installers, the gloss:// protocol and the document types', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toBe('nsis');
    expect(config.mac?.target).toBe('dmg');
    expect(config.protocols).toEqual([{ name: 'Gloss link', schemes: ['gloss'] }]);
    expect((config.fileAssociations as { ext: string | string[] }[]).flatMap((a) => a.ext)).toEqual(['html', 'htm', 'md', 'markdown', 'epub', 'pdf']);
    expect(statSync(join(root, 'build/icon.png')).size).toBeGreaterThan(10_000);
  });
});

describe('a --dir build with a stand-in Electron', () => {
  const work = mkdtempSync(join(tmpdir(), 'gloss-package-'));
  const appDir = join(work, 'dist', 'linux-unpacked');
  let asarPath: string;

  beforeAll(async () => {
    await run(process.execPath, [binScript(root, 'electron-vite'), 'build'], { cwd: root });
    const electronDist = writeStandInElectronDist(join(work, 'electron'), electronVersion);
    await run(
      process.execPath,
      [
        binScript(root, 'electron-builder'),
        '--config',
        'electron-builder.config.ts',
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      { cwd: root, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    asarPath = join(appDir, 'resources', 'app.asar');
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('produces an app folder with the gloss executable and app.asar', () => {
    expect(readdirSync(appDir).sort()).toEqual(expect.arrayContaining(['gloss', 'resources']));
    expect(existsSync(asarPath)).toBe(true);
  });

  it('packs main, preload, renderer, corpus and index into app.asar, and no node_modules', () => {
    const files = listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    for (const needed of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
      '/resources/corpus/000_8a7174939e31e350.txt',
      ...[LIBRARY_FILE, ARTICLE_TEXT_FILE, SEARCH_INDEX_FILE].map((name) => `/resources/index/${name}`),
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('/out/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.includes('node_modules'))).toBe(false);
    for (const name of [LIBRARY_FILE, ARTICLE_TEXT_FILE, SEARCH_INDEX_FILE]) expect(files).not.toContain(`/out/renderer/${name}`);
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString()) as { main: string; name: string };
    expect(manifest.main).toBe('out/main/index.js');
    const library = JSON.parse(extractFile(asarPath, `resources/index/${LIBRARY_FILE}`).toString()) as { articles: unknown[] };
    expect(library.articles.length).toBeGreaterThan(0);
  });

  it('has its fuses flipped: no Node mode, no NODE_OPTIONS or --inspect, asar only and checked, plain file://', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'gloss'));
    const state = (fuse: FuseV1Options) => wire[fuse];
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
  });
});
