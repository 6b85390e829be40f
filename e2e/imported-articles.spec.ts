/**
 * An imported article's life after import (issue 9): its notes export with its provenance, its
 * details can be corrected (checked, shown everywhere, searched by the new title), and it can be
 * removed — keeping its notes as unplaced or deleting them — with an Undo that brings everything back.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { highlightPhrase, popover, sidebarList } from './support/annotations';
import { openLibrary } from './support/article';
import { painted } from './support/paint';

const PAGE = { name: '01-news-div-menus.html', mimeType: 'text/html', buffer: readFileSync(resolve('shared/corpus/fixtures/pages/01-news-div-menus.html')) };
const PAGE_TITLE = 'River levels fall below average for third summer';
const PHRASE = 'prompting new limits on irrigation';
const NOTE = 'Compare with the 2019 limits';

async function importAndOpen(page: Page) {
  await openLibrary(page);
  await page.getByLabel('Article files to add').setInputFiles(PAGE);
  await expect(page.locator('.import-summary')).toContainText('Imported 1, skipped 0 as duplicates, 0 failed.');
  await page.getByRole('list', { name: 'Library' }).getByRole('link', { name: PAGE_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_TITLE })).toBeVisible();
}

async function highlightWithNote(page: Page) {
  await highlightPhrase(page, 'yellow', PHRASE);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([PHRASE]);
  await sidebarList(page).getByRole('button').first().click();
  await popover(page).getByLabel('Note', { exact: true }).fill(NOTE);
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await popover(page).getByRole('button', { name: 'Close' }).click();
}

async function exportMarkdown(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this article’s notes' });
  await expect(dialog).toContainText('1 highlight and 1 note in 1 article.');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save (download)' }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

/** The header search: typing while reading stays in the article; Enter shows the results. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await box.press('Enter');
}

const frontMatter = (markdown: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;

test('an imported page’s notes export as Markdown with the page’s provenance', async ({ page }) => {
  await importAndOpen(page);
  await highlightWithNote(page);
  const markdown = await exportMarkdown(page);
  const fields = frontMatter(markdown);
  expect(fields.title).toBe(PAGE_TITLE);
  expect(fields.byline).toBe('Helen Marsh');
  expect(fields.site).toBe('The Valley Courier');
  expect(fields.url).toBe('https://courier.example/news/river-levels');
  expect(fields.published).toBe('2021-06-15');
  expect(markdown).toContain(`> ${PHRASE}`);
  expect(markdown).toContain(`- ${NOTE}`);
});

test('an imported article’s details are checked, shown in the reader, library, search and export, and searched by the new title', async ({ page }) => {
  await importAndOpen(page);
  await highlightWithNote(page);
  await page.getByRole('button', { name: 'Edit details…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit this article’s details' });
  await dialog.getByLabel('Title').fill('  ');
  await dialog.getByLabel('Published').fill('2021-02-30');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByText('The title cannot be empty.')).toBeVisible();
  await expect(dialog.getByText('There is no such day as 2021-02-30.')).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Title').fill('Weir levels and the irrigation limits');
  await dialog.getByLabel('Published').fill('2021-06-16');
  await dialog.getByLabel('Byline').fill('By Helen Marsh and Omar Reyes');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Weir levels and the irrigation limits' })).toBeVisible();
  await expect(page.locator('.article-provenance')).toContainText('June 16, 2021');
  await expect(page.locator('.article-byline')).toHaveText('By Helen Marsh and Omar Reyes');
  const fields = frontMatter(await exportMarkdown(page));
  expect(fields.title).toBe('Weir levels and the irrigation limits');
  expect(fields.byline).toBe('By Helen Marsh and Omar Reyes');
  expect(fields.published).toBe('2021-06-16');

  // Search knows the new title (the user index re-indexed this one article), not the old one.
  await search(page, 'title:irrigation');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Weir levels and the irrigation limits' })).toBeVisible();
  await search(page, 'title:summer');
  await expect(page.getByText(/No matches for/)).toBeVisible();

  // After a reload (the edit is stored; so is the re-indexed part), the library and search have the new title.
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('link', { name: 'Weir levels and the irrigation limits' })).toBeVisible();
  // From the library, typing shows the results at once (Enter would open the first).
  await page.getByRole('searchbox', { name: 'Search' }).fill('title:irrigation');
  await expect(results.getByRole('link', { name: 'Weir levels and the irrigation limits' })).toBeVisible();
});

test('removing an imported article keeps its notes as unplaced or deletes them, and Undo restores it', async ({ page }) => {
  await importAndOpen(page);
  await highlightWithNote(page);
  const library = page.getByRole('list', { name: 'Library' });

  // Keep: the article leaves the library and search; its note stays in the Notebook, marked unplaced.
  await page.getByRole('button', { name: 'Remove from library…' }).click();
  let dialog = page.getByRole('dialog', { name: `Remove “${PAGE_TITLE}” from the library?` });
  await expect(dialog.getByRole('radio', { name: /Keep them as unplaced/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  const toast = page.getByRole('status').filter({ hasText: `Removed “${PAGE_TITLE}”` });
  await expect(toast).toContainText('kept as unplaced');
  await expect(library.getByRole('link', { name: PAGE_TITLE })).toHaveCount(0);
  await page.getByRole('link', { name: 'Notebook' }).click();
  const entries = page.getByRole('list', { name: 'Notebook entries' });
  await expect(entries).toContainText(`${PAGE_TITLE} (removed from the library; unplaced)`);
  await expect(entries).toContainText(NOTE);

  // Undo: the article, its notes and its highlight painted again.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back in the library' })).toBeVisible();
  await expect(entries).not.toContainText('removed from the library');
  await page.getByRole('link', { name: 'Gloss', exact: true }).click();
  await library.getByRole('link', { name: PAGE_TITLE }).click();
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([PHRASE]);

  // Delete: the note goes too; Undo brings the note back.
  await page.getByRole('button', { name: 'Remove from library…' }).click();
  dialog = page.getByRole('dialog', { name: `Remove “${PAGE_TITLE}” from the library?` });
  await dialog.getByRole('radio', { name: 'Delete them' }).check();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  const deleted = page.getByRole('status').filter({ hasText: 'were deleted' });
  await expect(deleted).toBeVisible();
  await search(page, 'irrigation');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: PAGE_TITLE })).toHaveCount(0);
  await deleted.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: PAGE_TITLE })).toBeVisible();
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: PAGE_TITLE }).click();
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([PHRASE]);
  await sidebarList(page).getByRole('button').first().click();
  await expect(popover(page).getByLabel('Note', { exact: true })).toHaveValue(NOTE);
});
