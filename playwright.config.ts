import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 5173);
// Debian's Chromium where it exists (this machine and CI cannot download Playwright's own browser);
// elsewhere Playwright's bundled Chromium.
import { existsSync } from 'node:fs';
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
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
    command: 'npm run web',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { PORT: String(port) },
  },
});
