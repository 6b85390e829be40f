/**
 * `npm start` itself, run as a person runs it on a machine with a display but no Electron binary: it
 * prints the one line first. (Serving is covered end to end: Playwright's web server is this script.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { freePortSync } from '../test-server/e2e-port';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('without an Electron binary, npm start first prints one line: why no window, and the address it serves', async () => {
  const emptyDist = mkdtempSync(join(tmpdir(), 'gloss-no-electron-'));
  const port = freePortSync();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start/start.ts'], {
    cwd: root,
    env: { ...process.env, DISPLAY: ':0', ELECTRON_OVERRIDE_DIST_PATH: emptyDist, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.on('close', (code) => reject(new Error(`start exited (${code}) before printing: ${out}`)));
    });
    expect(firstLine).toBe(
      `Gloss: no desktop window because Electron 45.5.0's binary is not downloaded and ELECTRON_SKIP_BINARY_DOWNLOAD is set. Serving the same app in your browser at http://127.0.0.1:${port} instead.`,
    );
  } finally {
    child.kill('SIGTERM');
    rmSync(emptyDist, { recursive: true, force: true });
  }
});
