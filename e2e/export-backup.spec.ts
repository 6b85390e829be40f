/**
 * Export and backup in a plain Chromium: annotate a passage like a reader, export the article as
 * Markdown (a download) and check the file; back up, clear everything, restore from the file and find
 * the highlight painted again; a truncated backup is refused with its message and changes nothing.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { ARTICLE_ID, expectArticleShown, openArticle, SENTENCE, TITLE } from './support/article';
import { popover, toolbar } from './support/annotations';
import { painted } from './support/paint';
import { dragOver } from './support/selection';

const NOTE = 'The militia headquarters burned: a turning point.';

/** Drags the mouse over the sentence, highlights it, and gives it a note and a tag, as a reader would. */
async function annotate(page: Page) {
  await dragOver(page, SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await expect(popover(page)).toBeVisible();
  await popover(page).getByLabel('Note', { exact: true }).fill(NOTE);
  await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias');
  await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(popover(page).getByRole('button', { name: 'Remove tag militias' })).toBeVisible();
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
}

async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

function frontMatter(markdown: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!m) throw new Error(`no front matter in:\n${markdown}`);
  return parseYaml(m[1]!) as Record<string, unknown>;
}

test('export an annotated article as Markdown, back up, clear, restore, and refuse a truncated backup', async ({ page }) => {
  await openArticle(page);
  await annotate(page);

  // Export this article from the reader: in the browser host, Save is a download.
  const opener = page.getByRole('button', { name: 'Export notes' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Export this article’s notes' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 highlight and 1 note in 1 article.');
  const [exported] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save (download)' }).click()]);
  await expect(dialog.getByRole('status')).toHaveText(/^Downloaded how-irans-regime.*\.md\.$/);
  // A readable name: no hash unless two titles of the library clash (issue 12).
  expect(exported.suggestedFilename()).toBe('how-irans-regime-failed-to-derail-iraqs-nationwide-protests.md');
  const markdown = await downloadText(exported);

  const fields = frontMatter(markdown);
  expect(fields.title).toBe(TITLE);
  expect(fields.gloss).toBe(ARTICLE_ID);
  // The front matter's tags are the article's own; the highlight's tag is on the highlight.
  expect(fields.tags).toBeUndefined();
  expect(fields.citekey).toBe('pmoimek2020iran');
  expect(fields).not.toHaveProperty('exported');
  expect(markdown).toContain(`\n> ${SENTENCE}\n`);
  expect(markdown).toContain(`\n- ${NOTE}\n`);
  expect(markdown).toMatch(/#militias/);
  const link = /\[Open in Gloss\]\((gloss:\/\/article\/[^)#]+#highlight=([^)]+))\)/.exec(markdown);
  expect(link?.[1]).toMatch(new RegExp(`^gloss://article/${ARTICLE_ID}#highlight=hl_`));

  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // The exported link opens the app at that passage (the browser host takes it as a URL hash).
  await page.goto(`/#${link![1]}`);
  await expect(page).toHaveURL(new RegExp(`#/article/${ARTICLE_ID}\\?highlight=${link![2]}$`));
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);

  // Back up from the Export page.
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export & backup' })).toBeVisible();
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
  expect(backup.suggestedFilename()).toMatch(/^gloss-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'gloss-e2e-'));
  const backupPath = join(dir, backup.suggestedFilename());
  await backup.saveAs(backupPath);
  type Backup = Record<'highlights' | 'notes' | 'tags' | 'readingStates', unknown[]> & { format: string };
  const backupJson = JSON.parse(await readFile(backupPath, 'utf8')) as Backup;
  expect(backupJson.format).toBe('gloss-backup');
  expect([backupJson.highlights.length, backupJson.notes.length, backupJson.tags.length]).toEqual([1, 1, 1]);
  const records = backupJson.highlights.length + backupJson.notes.length + backupJson.tags.length + backupJson.readingStates.length;

  // Clear everything (behind a confirmation): the article has no highlight any more.
  await page.getByRole('button', { name: 'Clear all notes…' }).click();
  await page.getByRole('group', { name: 'Confirm clearing all notes' }).getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cleared' })).toBeVisible();
  await expect(page.getByText('All notes: nothing to export yet.')).toBeVisible();

  // Restore through the file chooser: the counts are shown and the export page sees the records again.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup…' }).click()]);
  await chooser.setFiles(backupPath);
  // A preview first: nothing has changed yet.
  const preview = page.getByRole('region', { name: /^Restore gloss-backup-.*\.json\?$/ });
  await expect(preview).toContainText(`Restoring would add ${records}, update 0 and leave 0 unchanged`);
  await expect(page.getByText('All notes: nothing to export yet.')).toBeVisible();
  await preview.getByRole('button', { name: 'Apply restore' }).click();
  // Says of what (issue 12: it said "4 added").
  expect(records).toBe(4);
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    'Restored: 1 highlight, 1 note, 1 tag and 1 reading position added; nothing updated; nothing unchanged.',
  );
  await expect(page.getByText('All notes: 1 highlight and 1 note in 1 article.')).toBeVisible();

  // After a reload the highlight is painted over the same words.
  await openArticle(page);
  await page.reload();
  await expectArticleShown(page);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);

  // A truncated backup is refused with its reason; the data stays.
  const truncatedPath = join(dir, 'truncated.json');
  const full = await readFile(backupPath, 'utf8');
  await writeFile(truncatedPath, full.slice(0, Math.floor(full.length / 2)));
  await page.goto('/#/export');
  const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup…' }).click()]);
  await chooser2.setFiles(truncatedPath);
  await expect(page.getByRole('alert').filter({ hasText: 'truncated' })).toHaveText(
    /^truncated\.json: The backup file is not valid JSON \(it may be truncated\): .+ Your notes were not changed\.$/,
  );
  await expect(page.getByText('All notes: 1 highlight and 1 note in 1 article.')).toBeVisible();
  await openArticle(page);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
});

test('the Notebook exports the selected highlight, and "Copy as Markdown" copies the callout form', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page);
  await annotate(page);
  await page.getByRole('link', { name: 'Notebook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
  const exportSelected = page.getByRole('button', { name: 'Export selected' });
  await expect(exportSelected).toBeDisabled();
  await page.getByLabel('Select all shown').check();
  await exportSelected.click();
  const dialog = page.getByRole('dialog', { name: 'Export the selected notes' });
  await expect(dialog).toContainText('Selected (1 highlight): 1 highlight and 1 note in 1 article.');
  await dialog.getByLabel('Obsidian callouts').check();
  await dialog.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied as Markdown to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(frontMatter(copied).title).toBe(TITLE);
  expect(copied).toContain(`> [!quote] yellow\n> ${SENTENCE}\n`);
  expect(copied).toContain(NOTE);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(exportSelected).toBeFocused();
});
