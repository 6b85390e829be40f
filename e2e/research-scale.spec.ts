/**
 * Gloss over a 10,000-article library (issue 8): the benchmark corpus (scripts/bench/bench-corpus.ts)
 * built with the real CLI into the git-ignored bench-corpus/ (reused while the corpus and the
 * builder's code are unchanged), put in place of the bundled library in a copy of the web build,
 * and served on a port of its own. One walk through what a reader does at that scale: the library
 * (virtualised), sorting, search with paging, opening a result and highlighting in it.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_FILE, parseLibraryMeta } from '../shared/library/library-files';
import { sortLibrary } from '../shared/model/library-filter';
import { buildWeb, ensureBenchLibrary, freePort, serveWeb, webWithLibrary, type Served } from '../scripts/bench/bench-web';
import { selectPhrase } from './support/selection';
import { sidebarList, toolbar } from './support/annotations';

const root = join(__dirname, '..');
const ARTICLES = 10_000;
let served: Served | null = null;
let titles: { total: number; firstByTitle: string };

test.beforeAll(async () => {
  // Building the library is the slow part (about 40 s on a quiet 2-core machine), once per corpus/builder change.
  test.setTimeout(600_000);
  const started = Date.now();
  const libraryDir = ensureBenchLibrary(root, ARTICLES);
  const web = join(root, 'out/web');
  if (!existsSync(join(web, 'index.html'))) buildWeb(root, web);
  const dir = join(root, `out/e2e-${ARTICLES}`);
  webWithLibrary(web, dir, libraryDir);
  served = await serveWeb(root, dir, await freePort());
  const meta = parseLibraryMeta(readFileSync(join(libraryDir, LIBRARY_FILE), 'utf8'));
  if (!meta.ok) throw new Error(meta.error);
  titles = { total: meta.value.articles.length, firstByTitle: sortLibrary(meta.value.articles, 'title')[0]!.title };
  console.log(`research-scale: ${titles.total} articles ready and served in ${Math.round((Date.now() - started) / 1000)} s`);
});

test.afterAll(() => served?.close());

const status = (page: Page) => page.locator('main [role="status"]').first();

test('10,000 articles: the library is virtualised and sorts, search pages as it scrolls, a result opens and takes a highlight', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(served!.url);
  const library = page.getByRole('list', { name: 'Library' });
  await expect(library).toBeVisible({ timeout: 60_000 });
  const count = new Intl.NumberFormat('en').format(titles.total);
  await expect(page.getByText(`${count} articles`, { exact: true })).toBeVisible();
  expect(titles.total).toBeGreaterThan(9_900);
  // Only what is on screen (and a margin) is in the DOM; every row still says where it is in the whole.
  const rows = library.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(100);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(titles.total));
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(2_000);

  // Sort by title: the first row is the library's first title by the shared collator.
  await page.getByText('Sort and filter', { exact: true }).click();
  await page.getByLabel('Sort by').selectOption('title');
  await expect(rows.first().getByRole('link')).toHaveText(titles.firstByTitle);
  // The last article is reachable: scrolled to the end, the last row is rendered.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(library.locator(`li[aria-posinset="${titles.total}"]`)).toBeVisible();

  // Search: the total, the first page of 50, and the next page each time the list scrolls to its end.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Search' }).fill('government');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(status(page)).toHaveText(/^[\d,]+ results, showing \d+\.$/);
  const [total, shown] = (await status(page).textContent())!.replace(/,/g, '').match(/\d+/g)!.map(Number) as [number, number];
  expect(total).toBeGreaterThan(200);
  expect(shown % 50).toBe(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(status(page)).toHaveText(new RegExp(`showing ${shown + 50}\\.`));
  await expect(results.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(shown + 50));

  // Open the first result: the reader shows it with its matches; highlight a passage in it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const first = results.locator('li[aria-posinset="1"]').getByRole('link');
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const phrase = await page.evaluate(() => {
    const text = document.querySelector('article .article-body [data-block-start]')!.textContent!;
    return text.slice(0, Math.min(40, text.length)).trim();
  });
  await selectPhrase(page, phrase);
  await toolbar(page).getByRole('button', { name: 'Highlight yellow' }).click();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sidebarList(page)).toContainText(phrase.slice(0, 20));

  // Back to the results: the same query, and focus on the result that was opened.
  await page.keyboard.press('Escape');
  await expect(results).toBeVisible();
  await expect(results.locator('li[aria-posinset="1"]').getByRole('link')).toBeFocused();
});
