import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'electron/**/*.test.ts'],
    // The packaging checks build and pack the app: `npm run test:package` (vitest.package.config.mts).
    exclude: ['scripts/package/**', '**/node_modules/**'],
    // Dexie needs an IndexedDB; fake-indexeddb provides one in Node.
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
