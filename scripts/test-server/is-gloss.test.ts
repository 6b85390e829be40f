import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGlossServer } from './is-gloss';

const root = fileURLToPath(new URL('../../', import.meta.url));
const servers: Server[] = [];

async function serve(routes: Record<string, string>): Promise<string> {
  const server = createServer((req, res) => {
    const body = routes[req.url ?? ''];
    res.writeHead(body === undefined ? 404 : 200).end(body ?? 'not found');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('is this server Gloss?', () => {
  it('accepts the renderer page with the bundled library', async () => {
    const url = await serve({
      '/': readFileSync(`${root}renderer/index.html`, 'utf8'),
      '/library.json': readFileSync(`${root}resources/index/library.json`, 'utf8'),
    });
    expect(await checkGlossServer(url)).toEqual({ ok: true });
  });

  it('refuses another app, naming it', async () => {
    const url = await serve({ '/': '<!doctype html><title>Vite App</title><div id="app"></div>' });
    expect(await checkGlossServer(url)).toEqual({ ok: false, why: `${url}/ serves "Vite App", not Gloss` });
  });

  it('refuses a Gloss-looking page without the library', async () => {
    const url = await serve({ '/': '<title>Gloss</title><div id="root"></div>' });
    expect(await checkGlossServer(url)).toEqual({ ok: false, why: `${url}/library.json is not Gloss's library` });
  });

  it('says when nothing answers', async () => {
    const url = await serve({});
    servers[0]!.close();
    await new Promise((r) => setTimeout(r, 50));
    const check = await checkGlossServer(url);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.why).toMatch(/did not answer|HTTP/);
  });
});
