import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chooseE2ePort, mayReuseServer } from './scripts/test-server/e2e-port';

// The run owns its server: a free port unless PORT is given (see scripts/test-server/e2e-port.ts).
const e2ePort = chooseE2ePort(process.env);
const baseURL = `http://127.0.0.1:${e2ePort.port}`;
// Debian's Chromium where it exists (this machine and CI cannot download Playwright's own browser);
// elsewhere Playwright's bundled Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  // A reused server is checked to be Gloss before any test runs.
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      // e2e/screenshots: the README's pictures, `npm run screenshots` (playwright.screenshots.config.ts), not npm test.
      testIgnore: [/electron\.spec\.ts/, /screenshots\//],
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    // What a person without Electron gets from `npm start`: the renderer built and served in the browser.
    command: 'npm start -- --browser',
    url: baseURL,
    reuseExistingServer: mayReuseServer(process.env, e2ePort),
    timeout: 120_000,
    env: { PORT: String(e2ePort.port) },
  },
});
