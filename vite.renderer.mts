import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const root = import.meta.dirname;

/**
 * The renderer's build, shared by Electron (electron.vite.config.ts) and the plain-browser host
 * (vite.web.config.mts, `npm run web`). resources/index holds the prebuilt library and Lunr index; as
 * the public dir it is served next to index.html, which is how the browser host loads it. Each caller
 * adds its own build.outDir.
 */
export const rendererConfig: UserConfig = {
  root: resolve(root, 'renderer'),
  publicDir: resolve(root, 'resources/index'),
  base: './',
  plugins: [react()],
  build: {
    rollupOptions: { input: resolve(root, 'renderer/index.html') },
  },
};
