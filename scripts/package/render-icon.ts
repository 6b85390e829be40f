/**
 * Renders build/icon.svg to build/icon.png (1024×1024) in Chromium: electron-builder makes the
 * Windows .ico, the macOS .icns and the Linux icon sizes from that one PNG. Run after editing the
 * SVG: `npm run icon`, and commit both files.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: existsSync(chromiumPath) ? chromiumPath : undefined, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 1024 }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${readFileSync(`${root}build/icon.svg`, 'utf8')}`);
    await page.locator('svg').screenshot({ path: `${root}build/icon.png`, omitBackground: true });
    console.log('wrote build/icon.png');
  } finally {
    await browser.close();
  }
}

void main();
