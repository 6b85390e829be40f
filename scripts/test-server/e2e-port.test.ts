import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { chooseE2ePort, freePortSync, mayReuseServer } from './e2e-port';

describe('the end-to-end port', () => {
  it('is a free port chosen once, handed to the workers through the environment', () => {
    const env: NodeJS.ProcessEnv = {};
    const first = chooseE2ePort(env, () => 41234);
    expect(first).toEqual({ port: 41234, explicit: false });
    expect(env['GLOSS_E2E_PORT']).toBe('41234');
    // A worker re-evaluating the config gets the same port, not a new free one.
    expect(chooseE2ePort(env, () => 50000)).toEqual({ port: 41234, explicit: false });
  });

  it('is PORT when given, and a bad PORT is a clear error', () => {
    expect(chooseE2ePort({ PORT: '5175' }, () => 1)).toEqual({ port: 5175, explicit: true });
    expect(() => chooseE2ePort({ PORT: 'abc' })).toThrow('PORT=abc is not a TCP port (1–65535).');
  });

  it('never reuses a server in CI, nor on a port it chose itself', () => {
    expect(mayReuseServer({ CI: 'true' }, { port: 5175, explicit: true })).toBe(false);
    expect(mayReuseServer({}, { port: 41234, explicit: false })).toBe(false);
    expect(mayReuseServer({}, { port: 5175, explicit: true })).toBe(true);
  });

  it('finds a port nothing listens on', async () => {
    const port = freePortSync();
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    server.close();
  });
});
