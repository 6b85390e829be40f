import { spawnSync } from 'node:child_process';

/**
 * The port the end-to-end run serves Gloss on, chosen once per run. Playwright evaluates its config in
 * the runner and again in every worker, so the choice is handed down in GLOSS_E2E_PORT (workers
 * inherit the runner's environment) rather than made again.
 */
export interface E2ePort {
  port: number;
  /** PORT was given: the server there may be reused outside CI, after checking it is Gloss. */
  explicit: boolean;
}

export function chooseE2ePort(env: NodeJS.ProcessEnv, freePort: () => number = freePortSync): E2ePort {
  const inherited = env['GLOSS_E2E_PORT'];
  if (inherited) return { port: parsePort(inherited, 'GLOSS_E2E_PORT'), explicit: env['GLOSS_E2E_PORT_EXPLICIT'] === '1' };
  const given = env['PORT'];
  const chosen = given ? { port: parsePort(given, 'PORT'), explicit: true } : { port: freePort(), explicit: false };
  env['GLOSS_E2E_PORT'] = String(chosen.port);
  env['GLOSS_E2E_PORT_EXPLICIT'] = chosen.explicit ? '1' : '0';
  return chosen;
}

/**
 * Whether Playwright may use a server that is already listening. Never in CI (a stale or foreign
 * server would be tested instead of this checkout), and never on a port we picked as free; locally, a
 * server on an explicit PORT is reused (global-setup then checks that it really is Gloss).
 */
export function mayReuseServer(env: NodeJS.ProcessEnv, port: E2ePort): boolean {
  return !env['CI'] && port.explicit;
}

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${value} is not a TCP port (1–65535).`);
  return port;
}

/**
 * A port nothing listens on, asked of the OS in a child process: Playwright's config must be
 * synchronous. Another process could take it before the server binds; the server's strictPort then
 * fails loudly rather than serving elsewhere.
 */
export function freePortSync(): number {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const port = Number(out.stdout);
  if (out.status !== 0 || !Number.isInteger(port) || port <= 0) throw new Error(`Could not find a free port: ${out.stderr || out.stdout}`);
  return port;
}
