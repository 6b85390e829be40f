/**
 * Painting highlights in the real reader, in Chromium: the built renderer is served on loopback,
 * 0 / 100 / 1,000 highlights are written into the app's IndexedDB, and the article is opened. Three
 * figures per size: opening the article until every highlight is painted (React, anchoring, painting,
 * two frames), until the sidebar lists every highlight (it fills in slices after the article opens),
 * and repainting the same ranges alone (the Custom Highlight API's part).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { describeRange } from '../../shared/anchoring';
import { articleText } from '../../shared/model/article-text';
import type { Article } from '../../shared/model/article';
import { waitForServer } from './bench-web';
import { openCorpusFiles } from '../../shared/library/library-files';
import type { Highlight as GlossHighlight } from '../../shared/model/annotation';
import { HIGHLIGHT_COLORS } from '../../shared/model/annotation';

type PaintResult = { skipped: string } | { rows: Record<string, unknown>[] };

/** `count` highlights of 5–145 characters at deterministic places in the article. */
export function highlightsFor(article: Article, count: number): GlossHighlight[] {
  const text = articleText(article);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const now = new Date(0).toISOString();
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (text.length - 150));
    const { quote, position } = describeRange(text, start, start + 5 + Math.floor(random() * 140));
    return { id: `bench_${i}`, articleId: article.id, color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!, quote, position, contentHash: article.contentHash, tags: [], createdAt: now, updatedAt: now, revision: 1 };
  });
}

/** Writes highlight records straight into the app's database (created by the app on load), as a restore would. */
export async function writeHighlights(page: Page, records: GlossHighlight[]): Promise<void> {
  await page.evaluate(async (hs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('gloss');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('highlights', 'readwrite');
      const store = tx.objectStore('highlights');
      store.clear();
      for (const h of hs) store.put(h);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/**
 * Opens the article from the page it is on and measures, in the page, until every one of `expected`
 * highlights is painted (then one more frame), and until the sidebar lists them all.
 */
export async function openWithHighlights(page: Page, articleId: string, expected: number): Promise<{ open: number; list: number }> {
  return page.evaluate(async ({ id, expected }) => {
    const painted = () => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('gloss-hl-') && name !== 'gloss-hl-focus' && name !== 'gloss-hl-flash') n += h.size;
      });
      return n;
    };
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    location.hash = `#/article/${id}`;
    for (;;) {
      await frame();
      if (document.querySelector('article [data-block-start]') && painted() >= expected) break;
      if (performance.now() - start > 30_000) throw new Error(`only ${painted()} of ${expected} highlights painted`);
    }
    await frame();
    const open = performance.now() - start;
    // The sidebar fills in slices after the article opens; this is when its list is whole.
    const listed = () => document.querySelectorAll('ol.hl-list[aria-label="Highlights"] > li').length;
    while (listed() < expected) {
      await frame();
      if (performance.now() - start > 30_000) throw new Error(`only ${listed()} of ${expected} highlights listed`);
    }
    return { open, list: performance.now() - start };
  }, { id: articleId, expected });
}

export async function benchPaint(root: string): Promise<PaintResult> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (set CHROMIUM_PATH)` };
  const port = Number(process.env.BENCH_PORT ?? 5199);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['vite', 'build', '--config', 'vite.web.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  // Vite itself, not through npx: killing an npx wrapper leaves its vite child serving after the bench.
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--config', 'vite.web.config.mts'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  let browser: Browser | null = null;
  try {
    await waitForServer(url);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    const opened = openCorpusFiles({ library: readFileSync(join(root, 'resources/index/library.json')), articleText: readFileSync(join(root, 'resources/index/article-text.jsonl')), index: new Uint8Array() });
    if (!opened.ok) throw new Error(opened.error);
    const library = opened.value.library.toLibrary();
    const articleId = library.articles[0]!.id;
    const rows: Record<string, unknown>[] = [];
    for (const count of [0, 100, 1000]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // tsx compiles with esbuild's keepNames, which wraps the functions passed to evaluate() in __name().
      await page.addInitScript('globalThis.__name = (f) => f');
      await page.goto(url);
      await page.getByRole('list', { name: 'Library' }).waitFor();
      await writeHighlights(page, highlightsFor(library.articles[0]!, count));
      const { open: openMs, list: listMs } = await openWithHighlights(page, articleId, count);
      const repaintMs = await page.evaluate(async () => {
        const saved = new Map<string, Highlight>();
        CSS.highlights.forEach((h, name) => saved.set(name, h));
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        CSS.highlights.clear();
        await frame();
        const start = performance.now();
        for (const [name, h] of saved) CSS.highlights.set(name, new Highlight(...h));
        await frame();
        await frame();
        return performance.now() - start;
      });
      rows.push({ highlights: count, 'open article ms': Math.round(openMs), 'sidebar listed ms': Math.round(listMs), 'repaint ms': Math.round(repaintMs * 10) / 10 });
      await page.close();
    }
    return { rows };
  } finally {
    await browser?.close();
    server.kill();
  }
}
