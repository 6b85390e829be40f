/**
 * The browser build of Gloss over a research-scale library, for the Chromium benchmark and the
 * 10,000-article e2e spec: the benchmark corpus (bench-corpus.ts) built with the real CLI into
 * bench-corpus/built-<count> (git-ignored), and the web build with that library's three files in
 * place of the bundled one, served by Vite's preview server on loopback.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { ARTICLE_TEXT_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../../shared/library/library-files';
import { ensureBenchCorpus } from './bench-corpus';

/** Every source file the build reads, hashed: a built library is reused only while none changed. */
function builderDigest(root: string): string {
  const digest = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) digest.update(relative(root, path)).update(readFileSync(path));
    }
  };
  for (const dir of ['shared', 'scripts/build', 'scripts/cli']) walk(join(root, dir));
  return digest.digest('hex');
}

/**
 * The built benchmark library (library.json, article-text.jsonl, search-index.bin), built unless
 * the same corpus was already built by the same code. Returns its folder.
 */
export function ensureBenchLibrary(root: string, count: number): string {
  const src = ensureBenchCorpus(root, count);
  const out = join(root, 'bench-corpus', `built-${count}`);
  const stamp = `${readFileSync(join(src, '.manifest'), 'utf8').trim()} ${builderDigest(root)}\n`;
  const stampPath = join(out, '.built-from');
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp && existsSync(join(out, SEARCH_INDEX_FILE))) return out;
  rmSync(out, { recursive: true, force: true });
  // A child process: the build's memory is its own, not the benchmark's or Playwright's.
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/gloss.ts'), 'build', '--src', src, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(stampPath, stamp);
  return out;
}

/** Builds the renderer for the browser into `outDir` (the bundled library comes along as the public dir). */
export function buildWeb(root: string, outDir: string): void {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.mts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

/** A copy of the web build `from` at `to` with the library in `libraryDir` in place of the bundled one. */
export function webWithLibrary(from: string, to: string, libraryDir: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const name of [LIBRARY_FILE, ARTICLE_TEXT_FILE, SEARCH_INDEX_FILE]) copyFileSync(join(libraryDir, name), join(to, name));
}

/** A port nothing listens on now (asked of the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Served {
  url: string;
  close(): void;
}

/** Serves a built folder with Vite's preview server (the same CSP headers as `npm run web`). */
export async function serveWeb(root: string, dir: string, port: number): Promise<Served> {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  // Vite itself, not through npx: killing an npx wrapper leaves its vite child serving.
  const server: ChildProcess = spawn(process.execPath, [vite, 'preview', '--config', 'vite.web.config.mts', '--outDir', dir], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url);
  } catch (e) {
    server.kill();
    throw e;
  }
  return { url, close: () => server.kill() };
}

export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}
