import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.mjs';

export default defineConfig({
  main: {
    build: { lib: { entry: resolve(__dirname, 'electron/main/index.ts') }, outDir: 'out/main' },
  },
  preload: {
    build: { lib: { entry: resolve(__dirname, 'electron/preload/index.ts') }, outDir: 'out/preload' },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: resolve(__dirname, 'out/renderer') },
  },
});
