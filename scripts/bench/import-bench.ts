/**
 * Importing 1,000 mixed files (.txt, .md, .html, .epub; import-files.ts) in the real app, in
 * Chromium: the files go in through "Add articles" as a reader's would. Measured: the time until the
 * summary, then until search finds the last file (the user index built in the worker), the page's
 * JS heap at its peak while importing, and every main-thread task over 50 ms (PerformanceObserver
 * 'longtask'); the target is none over 100 ms, so the window never freezes.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureImportFiles } from './import-files';

export type ImportBenchResult =
  | { skipped: string }
  | {
      files: number;
      imported: number;
      duplicates: number;
      failed: number;
      importMs: number;
      searchableMs: number;
      peakHeapMb: number;
      longTasks: { count: number; over100: number; maxMs: number; totalMs: number; over100At: { atMs: number; ms: number }[] };
    };

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url}.`);
}

export async function benchImport(root: string, count = 1000): Promise<ImportBenchResult> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROMIUM_PATH)` };
  const { paths, lastMarkdownTitle } = ensureImportFiles(root, count);
  const port = Number(process.env.BENCH_IMPORT_PORT ?? 5198);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['vite', 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--config', 'vite.web.config.mts'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  let browser: Browser | null = null;
  try {
    await waitForServer(url);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--enable-precise-memory-info'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript('globalThis.__name = (f) => f');
    // Every long task of the page's main thread from the first script on (the observer is buffered).
    await page.addInitScript(`
      globalThis.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__longTasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
    `);
    await page.goto(url);
    await page.getByRole('list', { name: 'Library' }).waitFor();
    const input = page.getByLabel('Article files to add');
    const from = await page.evaluate(() => performance.now());
    let peak = 0;
    const sampler = setInterval(() => {
      void page
        .evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
        .then((b) => (peak = Math.max(peak, b)), () => {});
    }, 250);
    await input.setInputFiles(paths);
    await page.locator('.import-summary').waitFor({ timeout: 30 * 60_000 });
    const importMs = (await page.evaluate(() => performance.now())) - from;
    clearInterval(sampler);
    const summary = (await page.locator('.import-summary p').first().innerText()).trim();
    const numbers = /Imported (\d+), skipped (\d+) .*?, (\d+) failed/.exec(summary);
    // Search finds the last file: the worker has indexed every new article.
    await page.getByRole('searchbox', { name: 'Search' }).fill(`title:"${lastMarkdownTitle.split(/\s+/).slice(0, 6).join(' ')}"`);
    await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: lastMarkdownTitle }).first().waitFor({ timeout: 3 * 60_000 });
    const searchableMs = (await page.evaluate(() => performance.now())) - from;
    const tasks = await page.evaluate((t0) => (globalThis as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter((t) => t.start >= t0), from);
    return {
      files: paths.length,
      imported: Number(numbers?.[1] ?? NaN),
      duplicates: Number(numbers?.[2] ?? NaN),
      failed: Number(numbers?.[3] ?? NaN),
      importMs: Math.round(importMs),
      searchableMs: Math.round(searchableMs),
      peakHeapMb: Math.round(peak / 1024 / 1024),
      longTasks: {
        count: tasks.length,
        over100: tasks.filter((t) => t.ms > 100).length,
        maxMs: Math.round(Math.max(0, ...tasks.map((t) => t.ms))),
        totalMs: Math.round(tasks.reduce((n, t) => n + t.ms, 0)),
        // When each long one began, from the moment the files were chosen: which phase it belongs to.
        over100At: tasks.filter((t) => t.ms > 100).map((t) => ({ atMs: Math.round(t.start - from), ms: Math.round(t.ms) })),
      },
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}

// `tsx scripts/bench/import-bench.ts` runs this benchmark alone.
if (process.argv[1] && /import-bench\.ts$/.test(process.argv[1])) {
  void benchImport(join(__dirname, '../..'), Number(process.argv[2] ?? 1000)).then((r) => console.log(JSON.stringify(r, null, 2)));
}
