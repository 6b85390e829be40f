import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cspFromHtml } from './shared/security/csp';
import { rendererConfig } from './vite.renderer.mjs';

// The plain-browser host: `npm run web` builds the renderer and serves it on 127.0.0.1 for Playwright.
const port = Number(process.env.PORT ?? 5173);

// The page's own CSP meta tag, sent again as a header (as the Electron shell does), so the browser
// host runs under the same single policy: workers and non-HTML responses get it too.
const csp = cspFromHtml(readFileSync(resolve(import.meta.dirname, 'renderer/index.html'), 'utf8'));
if (!csp.ok) throw new Error(`renderer/index.html: ${csp.error}`);
const headers = { 'Content-Security-Policy': csp.value, 'X-Content-Type-Options': 'nosniff' };

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port, strictPort: true, headers },
  server: { host: '127.0.0.1', port, strictPort: true },
});
