/**
 * The README's pictures (npm run screenshots): the reader with highlights and its table of contents,
 * the library's filters, the Tags view, the Notebook grouped by article, and an exported Markdown file
 * opened as text.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openArticle, openLibrary, SENTENCE, NEXT_SENTENCE } from '../support/article';
import { popover, toolbar } from '../support/annotations';
import { dragOver } from '../support/selection';

async function annotate(page: Page) {
  await dragOver(page, SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await popover(page).getByLabel('Note', { exact: true }).fill('# Turning point\n\nThe militia HQ burned. Compare:\n\n> a quote from another report');
  const tags = popover(page).getByRole('combobox', { name: 'Tags' });
  for (const t of ['militias', 'C++', 'to read']) {
    await tags.fill(t);
    await tags.press('Enter');
  }
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await dragOver(page, NEXT_SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Highlight blue' }).click();
}

test('the README screenshots', async ({ page }) => {
  await openArticle(page);
  await annotate(page);
  // A little way in (the progress shows it), with the table of contents open.
  await page.evaluate(() => window.scrollTo({ top: 240, behavior: 'instant' }));
  await expect(page.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute('aria-valuenow', '0');
  await page.getByRole('button', { name: 'Contents' }).click();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-reader.png' });
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Export notes' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Save (download)' }).click();
    })(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  await page.keyboard.press('Escape');

  await openLibrary(page);
  await page.getByText('Sort and filter', { exact: true }).click();
  await page.screenshot({ path: 'docs/screenshot-library.png' });

  await page.goto('/#/tags');
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-tags.png' });

  await page.goto('/#/notebook');
  await page.getByLabel('Group by').selectOption('article');
  await expect(page.getByRole('list', { name: 'Notebook entries' }).getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Notebook entries' }).locator('.notebook-note blockquote')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-notebook.png' });

  // The exported file as a text editor would show it.
  await page.setContent('<pre id="file"></pre>');
  await page.locator('#file').evaluate((el, t) => {
    el.textContent = t;
    el.setAttribute('style', 'margin:0;padding:16px;font:14px/1.45 monospace;white-space:pre-wrap;background:#fff;color:#222');
  }, `${download.suggestedFilename()}\n${'─'.repeat(60)}\n${text}`);
  await page.screenshot({ path: 'docs/screenshot-export.png', fullPage: true });
});
