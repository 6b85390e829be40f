import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.mjs';

// The plain-browser host: `npm run web` builds the renderer and serves it on 127.0.0.1 for Playwright.
const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1', port, strictPort: true },
});
