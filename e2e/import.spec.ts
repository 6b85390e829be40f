/**
 * Importing inside the app (issue 9): a saved web page and a plain-text mail go in through "Add
 * articles", are read with their provenance, are found by search beside the bundled article, a
 * duplicate is skipped, and the import survives a reload (IndexedDB).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { highlightPhrase, popover, sidebarList } from './support/annotations';
import { openLibrary, TITLE, watchCsp } from './support/article';
import { painted } from './support/paint';
import { column, makeTestPdf } from '../shared/corpus/pdf/make-test-pdf';

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

test('an EPUB is imported with its chapters as sections and its package metadata', async ({ page }) => {
  const chapter = (body: string) => strToU8(`<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title></head><body>${body}</body></html>`);
  const epub = zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8('<container><rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>'),
    'OEBPS/content.opf': strToU8('<package><metadata><dc:title>The Drove Roads of the Moor</dc:title><dc:creator>Ada Lovelace</dc:creator><dc:date>1999-04-02</dc:date></metadata><manifest><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/></spine></package>'),
    'OEBPS/a.xhtml': chapter('<h1>The first road</h1><p>The old drove roads cross the moor from east to west.</p>'),
    'OEBPS/b.xhtml': chapter('<h2>Pale lines</h2><p>In the dry summer the buried tracks appear as pale lines in the grass.</p>'),
  });
  await openLibrary(page);
  await page.getByLabel('Article files to add').setInputFiles({ name: 'moor.epub', mimeType: 'application/epub+zip', buffer: Buffer.from(epub) });
  await expect(page.locator('.import-summary')).toContainText('Imported 1, skipped 0 as duplicates, 0 failed.');
  await page.getByRole('searchbox', { name: 'Search' }).fill('buried tracks');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'The Drove Roads of the Moor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Drove Roads of the Moor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The first road' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pale lines' })).toBeVisible();
  await expect(page.locator('.article-provenance')).toContainText('Ada Lovelace');

  // Highlights and notes work on an imported article as on a bundled one, and survive a reload.
  const phrase = 'buried tracks appear as pale lines';
  await highlightPhrase(page, 'yellow', phrase);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([phrase]);
  await sidebarList(page).getByRole('button').first().click();
  await popover(page).getByLabel('Note', { exact: true }).fill('Check the aerial photographs');
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await page.reload();
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([phrase]);
});

test('a PDF is imported from its text layer, reflowed, found by search, and one without text is refused by name', async ({ page }) => {
  const csp = watchCsp(page);
  // pdf.js runs in a worker bundled with the app: nothing may be fetched from anywhere else.
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const pdf = makeTestPdf({
    info: { Title: 'Peat and Heather on the High Moor', Author: 'Ada Lovelace', CreationDate: 'D:20240305120000Z' },
    pages: [
      [
        { text: 'Peat and Heather on the High Moor', y: 720, size: 20 },
        ...column(['Peat grows about a millimetre a year on the high moor, where the', 'heather holds the rain like a sponge and the bog cotton flowers.'], 680),
        { text: 'Cutting the Peat', y: 630, size: 16 },
        ...column(['The crofters cut their winter fuel in May and stacked it to dry.'], 600),
      ],
    ],
  });
  await openLibrary(page);
  await page.getByLabel('Article files to add').setInputFiles([
    { name: 'peat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makeTestPdf({ pages: [[]] })) },
  ]);
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('Imported 1, skipped 0 as duplicates, 1 failed.');
  await expect(summary.getByRole('list', { name: 'Files not imported' })).toContainText('scan.pdf: has no text layer (scanned?)');

  // Found beside the bundled corpus by a phrase that crosses a line break of the PDF.
  await page.getByRole('searchbox', { name: 'Search' }).fill('"where the heather holds the rain"');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Peat and Heather on the High Moor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Peat and Heather on the High Moor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cutting the Peat' })).toBeVisible();
  await expect(page.getByText('Peat grows about a millimetre a year on the high moor, where the heather holds the rain like a sponge and the bog cotton flowers.')).toBeVisible();
  // Author and date exactly as the PDF's metadata states them.
  await expect(page.locator('.article-byline')).toHaveText('Ada Lovelace');
  await expect(page.locator('.article-provenance')).toContainText('March 5, 2024');
  expect(csp).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
