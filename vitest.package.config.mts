import { defineConfig } from 'vitest/config';

// `npm run test:package`: builds the app and packs it with electron-builder (a stand-in Electron),
// so it is slower than the unit tests and kept apart from them.
export default defineConfig({
  test: {
    include: ['scripts/package/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
