/**
 * Importing inside the app (issue 9): a saved web page and a plain-text mail go in through "Add
 * articles", are read with their provenance, are found by search beside the bundled article, a
 * duplicate is skipped, and the import survives a reload (IndexedDB).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { openLibrary, TITLE, watchCsp } from './support/article';

// Playwright runs from the project root (playwright.config.ts).
const PAGE = { name: '01-news-div-menus.html', mimeType: 'text/html', buffer: readFileSync(resolve('shared/corpus/fixtures/pages/01-news-div-menus.html')) };
const PAGE_TITLE = 'River levels fall below average for third summer';

test('a saved web page is imported, read with its provenance and found beside the bundled corpus', async ({ page }) => {
  const csp = watchCsp(page);
  await openLibrary(page);
  await page.getByLabel('Article files to add').setInputFiles([
    PAGE,
    { name: 'mail.txt', mimeType: 'text/plain', buffer: Buffer.from('Harbour plan\n\nThanks for the minutes. I think the committee has misunderstood what the\nresidents asked for: a loading bay, and the regime of parking on the side streets.\n') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ]);
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('Imported 2, skipped 0 as duplicates, 1 failed.');
  await expect(summary.getByRole('list', { name: 'Files not imported' })).toContainText('photo.png: is not a file Gloss can import');

  const library = page.getByRole('list', { name: 'Library' });
  await expect(library.getByRole('link', { name: PAGE_TITLE })).toBeVisible();
  await expect(library.getByRole('link', { name: TITLE })).toBeVisible();

  // The same page again is a duplicate, not a second copy.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByLabel('Article files to add').setInputFiles(PAGE);
  await expect(summary).toContainText('Imported 0, skipped 1 as a duplicate, 0 failed.');
  await expect(library.getByRole('link', { name: PAGE_TITLE })).toHaveCount(1);

  // One result list: a word in the imported mail and in the bundled article.
  await page.getByRole('searchbox', { name: 'Search' }).fill('regime');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Harbour plan' })).toBeVisible();

  // The page's own provenance, and none of its furniture, after a reload (it is stored).
  await page.getByRole('searchbox', { name: 'Search' }).fill('weir');
  await results.getByRole('link', { name: PAGE_TITLE }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLE })).toBeVisible();
  const provenance = page.locator('.article-provenance');
  await expect(provenance).toContainText('Helen Marsh');
  await expect(provenance).toContainText('The Valley Courier');
  await expect(provenance).toContainText('https://courier.example/news/river-levels');
  await expect(provenance).toContainText('June 15, 2021');
  const text = await page.locator('main').innerText();
  for (const furniture of ['We use cookies', 'Share on Facebook', 'More from the Courier', 'gardener52']) expect(text).not.toContain(furniture);
  expect(csp).toEqual([]);
});
