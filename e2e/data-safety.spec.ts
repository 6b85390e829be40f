/**
 * Nothing typed is lost, in a plain Chromium: a note reloaded away before its autosave comes back
 * from its draft; a save that fails says so and keeps the draft; two tabs editing one note (two
 * pages of one browser context share IndexedDB) never silently overwrite each other.
 */
import { expect, test, type Page } from '@playwright/test';
import { openArticle, expectArticleShown, SENTENCE } from './support/article';
import { highlightPhrase, popover, sidebarList } from './support/annotations';
import { painted } from './support/paint';

const noteBox = (page: Page) => popover(page).getByLabel('Note', { exact: true });

/** Opens the one highlight's editor from the sidebar. */
async function openHighlight(page: Page) {
  await sidebarList(page).getByRole('listitem').first().getByRole('button').click();
  await expect(popover(page)).toBeVisible();
}

async function highlightSentence(page: Page) {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
}

test('a note reloaded away before its autosave comes back from its draft, and is then saved', async ({ page }) => {
  await highlightSentence(page);
  await openHighlight(page);
  const text = 'Typed, then the page went away before the autosave.';
  await noteBox(page).fill(text);
  // The draft is written within 100 ms of the change; the note's own save waits 600 ms. Reload in between.
  await page.waitForTimeout(150);
  await page.reload();
  await expectArticleShown(page);
  await openHighlight(page);
  await expect(noteBox(page)).toHaveValue(text);
  await expect(popover(page).getByRole('status')).toHaveText(/^Restored text you had not saved \(typed at .+\)\. Saved$/);
  // It is a saved note now: the sidebar shows it after another reload.
  await page.reload();
  await expectArticleShown(page);
  await expect(sidebarList(page).getByRole('listitem')).toContainText(text);
});

test('a failed save says so and keeps the text as a draft, restored after a reload', async ({ page }) => {
  await highlightSentence(page);
  await openHighlight(page);
  // Over the 1 MB limit: the store refuses it, as it would refuse a write when the disk is full.
  const tooLong = `Start of a pasted book. ${'é'.repeat(600_000)}`;
  await noteBox(page).fill(tooLong);
  await noteBox(page).blur();
  await expect(popover(page).getByRole('alert')).toHaveText(
    'This note is too long to save (1.1 MB; the limit is 1 MB). Your text is kept on this device as a draft and comes back when you reopen this note.',
  );
  await page.reload();
  await expectArticleShown(page);
  await openHighlight(page);
  await expect.poll(async () => (await noteBox(page).inputValue()).length).toBe(tooLong.length);
  await expect(popover(page).getByRole('alert')).toHaveText(/too long to save .* kept on this device as a draft/);
  // Shortened, it saves, and the draft goes.
  await noteBox(page).fill('Start of a pasted book.');
  await noteBox(page).blur();
  await expect(popover(page).getByRole('status')).toHaveText('Saved');
});

test('two tabs editing one note: the later save shows both versions, and "Keep both" keeps both', async ({ page, context }) => {
  await highlightSentence(page);
  await openHighlight(page);
  await noteBox(page).fill('Shared start.');
  await noteBox(page).blur();
  await expect(popover(page).getByRole('status')).toHaveText('Saved');

  // A second tab opens the same note (same IndexedDB), before the first tab writes more.
  const other = await context.newPage();
  await openArticle(other);
  await openHighlight(other);
  await expect(noteBox(other)).toHaveValue('Shared start.');

  await noteBox(page).fill('Shared start. Written in tab one.');
  await noteBox(page).blur();
  await expect(popover(page).getByRole('status')).toHaveText('Saved');

  await noteBox(other).fill('Shared start. Written in tab two.');
  await noteBox(other).blur();
  const chooser = popover(other).getByRole('group', { name: 'Note: two versions' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByLabel('The other version')).toHaveText('Shared start. Written in tab one.');
  await expect(popover(other).getByRole('alert')).toContainText('Nothing was overwritten');
  await chooser.getByRole('button', { name: 'Keep both' }).click();
  await expect(noteBox(other)).toHaveValue('Shared start. Written in tab one.\n\n---\n\nShared start. Written in tab two.');
  await expect(popover(other).getByRole('status')).toHaveText('Saved');

  // Tab one sees both texts (live query); neither tab's words were lost.
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await expect(sidebarList(page).getByRole('listitem')).toContainText('Written in tab one.');
  await expect(sidebarList(page).getByRole('listitem')).toContainText('Written in tab two.');
  await other.close();
});

test('restore over newer edits: a preview first, the newer note kept unless chosen, and Undo', async ({ page }) => {
  const setNote = async (text: string) => {
    await openArticle(page);
    await openHighlight(page);
    await noteBox(page).fill(text);
    await noteBox(page).blur();
    await expect(popover(page).getByRole('status')).toHaveText('Saved');
  };
  const noteShown = async (text: string) => {
    await openArticle(page);
    await expect(sidebarList(page).getByRole('listitem')).toContainText(text);
  };
  const restore = async () => {
    await page.goto('/#/export');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore from a backup…' }).click()]);
    await chooser.setFiles(backupPath);
    return page.getByRole('region', { name: /^Restore gloss-backup-.*\.json\?$/ });
  };

  await highlightSentence(page);
  await setNote('Before the backup.');
  await page.goto('/#/export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up' }).click()]);
  const backupPath = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(backupPath);
  // Clocks move in milliseconds: make sure the edit is later than the backup's copy.
  await page.waitForTimeout(20);
  await setNote('Written after the backup: my newest words.');

  // The preview names the conflict; by default the newer words here are kept.
  let preview = await restore();
  await expect(preview).toContainText('Nothing has changed yet.');
  const conflict = preview.getByRole('group', { name: /^Note on “Protesters in Najaf.*”: edited here after the backup was made\.$/ });
  await expect(conflict).toContainText('Here: Written after the backup: my newest words.');
  await expect(conflict).toContainText('In the backup: Before the backup.');
  await expect(conflict.getByRole('radio', { name: 'Keep what is here' })).toBeChecked();
  await preview.getByRole('button', { name: 'Apply restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('Of 1 record newer or deleted here, 0 were taken from the backup and 1 kept as it was.');
  await noteShown('Written after the backup: my newest words.');

  // Chosen explicitly, the backup's text wins; Undo brings the newest words back.
  preview = await restore();
  await preview.getByRole('radio', { name: 'Use the backup’s' }).check();
  await preview.getByRole('button', { name: 'Apply restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('1 was taken from the backup');
  await page.getByRole('button', { name: 'Undo restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toHaveText(/^Restore undone: your notes are as they were before gloss-backup-.*\.json was restored\.$/);
  await noteShown('Written after the backup: my newest words.');
});
