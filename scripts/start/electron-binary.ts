import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where Electron's executable is, found WITHOUT requiring the `electron` package: Electron 45 has
 * no install script, its index.js downloads the binary on first require (from GitHub) and throws
 * when it cannot, so a plain require would block or throw where we only want to ask. We read the
 * same files it reads (path.txt, dist/).
 */
export type ElectronBinary =
  | { kind: 'present'; path: string; version: string }
  | { kind: 'not-downloaded'; packageDir: string; version: string }
  | { kind: 'not-installed'; why: string };

export interface FindOptions {
  /** The folder to resolve the `electron` package from (the project root). */
  root: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The executable's path inside electron's dist folder, as electron's install.js writes it. */
export function platformPath(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function findElectronBinary({ root, env = process.env, platform = process.platform }: FindOptions): ElectronBinary {
  let packageDir: string;
  let version: string;
  try {
    const pkgJson = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    packageDir = dirname(pkgJson);
    version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  } catch {
    return { kind: 'not-installed', why: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // ELECTRON_OVERRIDE_DIST_PATH is Electron's own switch for "use the build in this folder".
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const path = override
    ? join(override, relative ?? platformPath(platform))
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  if (path && existsSync(path)) return { kind: 'present', path, version };
  return { kind: 'not-downloaded', packageDir, version };
}

export type FetchOutcome = { ok: true } | { ok: false; why: string };

/**
 * Runs electron's own installer (install.js: downloads the zip, checks its checksum, unpacks it) with
 * its output captured, so a failure becomes one line rather than a stack trace.
 */
export function fetchElectronBinary(packageDir: string, env: NodeJS.ProcessEnv = process.env): Promise<FetchOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (e) => resolve({ ok: false, why: e.message }));
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, why: firstErrorLine(output) || `its installer exited with code ${code}` }));
  });
}

/**
 * "fetch failed" is all electron's installer prints when the host is unreachable (the cause is not in
 * its stack trace), so ask DNS about the download host ourselves and name it.
 */
export async function explainFetchFailure(
  why: string,
  env: NodeJS.ProcessEnv = process.env,
  resolveHost: (host: string) => Promise<unknown> = lookup,
): Promise<string> {
  if (!/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(why)) return why;
  let host = 'github.com';
  try {
    if (env['ELECTRON_MIRROR']) host = new URL(env['ELECTRON_MIRROR']).hostname;
  } catch {
    return why;
  }
  try {
    await resolveHost(host);
    return `${why}: ${host} resolves but the download did not complete`;
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'lookup failed';
    return `${host} cannot be reached: ${code}`;
  }
}

/** The line that names the error in a Node stack trace ("TypeError: fetch failed"), not the frames. */
export function firstErrorLine(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(\w*Error|Error)\b/.test(l)) ?? lines.find((l) => !l.startsWith('at ')) ?? '';
}
