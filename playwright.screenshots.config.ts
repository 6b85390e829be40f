/**
 * `npm run screenshots`: the README's pictures, taken from the built web app in Chromium at
 * 1280×800 (docs/*.png). Separate from `npm test` so a test run never rewrites files in docs/.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'e2e/screenshots',
  testIgnore: [],
  retries: 0,
  projects: [{ ...base.projects![0]!, testIgnore: [], use: { ...base.projects![0]!.use, viewport: { width: 1280, height: 800 } } }],
});
