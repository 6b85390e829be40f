/**
 * The real Playwright runner against a foreign server on the e2e port: in CI it refuses to start
 * (it would otherwise test someone else's page), and locally the reused server is checked for
 * Gloss before any test runs. Both fail before a browser starts, so this is quick.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let foreign: Server;
let port: number;

beforeAll(async () => {
  foreign = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Someone else</title>'));
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  port = (foreign.address() as AddressInfo).port;
});
afterAll(() => foreign.close());

function playwright(env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  const { CI: _ci, GLOSS_E2E_PORT: _p, GLOSS_E2E_PORT_EXPLICIT: _e, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [fileURLToPath(new URL('../../node_modules/@playwright/test/cli.js', import.meta.url)), 'test', 'e2e/accessibility.spec.ts', '--project=chromium'],
      { cwd: root, env: { ...rest, ...env, PORT: String(port) }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('Playwright never tests a foreign server', () => {
  it('in CI, refuses a port that is already in use', async () => {
    const run = await playwright({ CI: 'true' });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`http://127.0.0.1:${port} is already used`);
  }, 90_000);

  it('locally, reuses a server on an explicit PORT only if it is Gloss', async () => {
    const run = await playwright({});
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`Not running the end-to-end tests: http://127.0.0.1:${port}/ serves "Someone else", not Gloss`);
  }, 90_000);
});
