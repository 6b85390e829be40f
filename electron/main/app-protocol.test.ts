/** The gloss-app:// scheme as registered with (a recorder of) Electron's protocol module. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: typeof recorded.privileged) => recorded.privileged.push(...schemes),
    handle: (scheme: string, fn: (request: Request) => Promise<Response>) => recorded.handlers.set(scheme, fn),
  },
}));

const { registerAppScheme, serveAppFiles } = await import('./app-protocol');
const { cspFromHtml } = await import('../../shared/security/csp');

// renderer/ holds the source index.html, the same meta tag the build copies into out/renderer.
const rendererDir = resolve(__dirname, '../../renderer');

describe('the gloss-app scheme', () => {
  it('is standard and secure, with no service workers and no CSP bypass', () => {
    registerAppScheme();
    expect(recorded.privileged).toEqual([
      expect.objectContaining({ scheme: 'gloss-app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false }) }),
    ]);
  });

  it('sends the page with the policy of its own CSP meta tag as the header', async () => {
    await serveAppFiles(rendererDir);
    const handler = recorded.handlers.get('gloss-app')!;
    const page = await handler(new Request('gloss-app://app/index.html'));
    expect(page.status).toBe(200);
    const meta = cspFromHtml(readFileSync(join(rendererDir, 'index.html'), 'utf8'));
    expect(meta.ok).toBe(true);
    expect(page.headers.get('content-security-policy')).toBe(meta.ok ? meta.value : 'no meta');
    expect(await page.text()).toContain('Content-Security-Policy');
    expect((await handler(new Request('gloss-app://app/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('refuses to serve a build whose index.html has no CSP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-no-csp-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await expect(serveAppFiles(dir)).rejects.toThrow(/Expected exactly one Content-Security-Policy meta tag in index.html, found 0/);
  });
});
