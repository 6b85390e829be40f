import type { FullConfig } from '@playwright/test';
import { checkGlossServer } from '../../scripts/test-server/is-gloss';

/** Refuses to run the specs against a server that is not Gloss (a reused one could be anything). */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL.');
  const check = await checkGlossServer(baseURL);
  if (!check.ok) throw new Error(`Not running the end-to-end tests: ${check.why}. Stop that server or choose another PORT.`);
}
