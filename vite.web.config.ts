import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's build, shared by Electron (electron.vite.config.ts) and the plain-browser host
 * (`npm run web`). resources/index holds the prebuilt library and Lunr index; as the public dir it
 * is served next to index.html, which is how the browser host loads it.
 */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'renderer'),
  publicDir: resolve(__dirname, 'resources/index'),
  base: './',
  plugins: [react()],
  build: {
    rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
  },
};

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(__dirname, 'out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1', port, strictPort: true },
});
