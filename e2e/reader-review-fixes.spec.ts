/**
 * Reader details that only a browser shows: gloss:// links pasted into a note open the passage in
 * Gloss (while javascript: and data: links stay dead), a delete waits for the note's unsaved words so
 * Undo restores them, and an error does not take the Undo toast away.
 */
import { expect, test } from '@playwright/test';
import { ARTICLE_ID, openArticle, SENTENCE } from './support/article';
import { highlightPhrase, popover, sidebarList } from './support/annotations';
import { painted, paintedInView } from './support/paint';

test('a gloss:// link in a note opens the highlight inside Gloss; javascript: and data: links are stripped', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
  const hid = await sidebarList(page).getByRole('listitem').first().getAttribute('data-highlight-id');
  expect(hid).toBeTruthy();

  const link = `gloss://article/${ARTICLE_ID}#highlight=${hid}`;
  const note = page.getByLabel('Article note', { exact: true });
  await note.fill(`See [the passage](${link}), [bad](javascript:alert(1)), [data](data:text/html,hi) and <a href="javascript:alert(2)">raw</a>.`);
  await page.getByRole('group', { name: 'Article note view' }).getByRole('button', { name: 'Preview' }).click();
  const preview = page.locator('.note-preview');
  await expect(preview.getByRole('link', { name: 'the passage' })).toHaveAttribute('href', link);
  const hrefs = await preview.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toEqual([link]);

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await paintedInView(page, 'gloss-hl-yellow')).toBe(false);
  await preview.getByRole('link', { name: 'the passage' }).click();
  await expect(page).toHaveURL(new RegExp(`#/article/${ARTICLE_ID}\\?highlight=${hid}$`));
  await expect.poll(() => paintedInView(page, 'gloss-hl-yellow')).toBe(true);
  await expect(page.getByRole('alert').filter({ hasText: 'Refused' })).toHaveCount(0);
});

test('deleting with unsaved note text saves it first, so Undo restores it; an error leaves Undo in place', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  const text = popover(page).getByLabel('Note', { exact: true });
  await text.fill('Typed just before deleting');
  // A click that leaves focus in the textarea (as on a platform whose buttons do not take focus),
  // within the autosave delay: nothing has been saved yet.
  await popover(page).getByRole('button', { name: 'Delete highlight' }).dispatchEvent('click');
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();

  // An error (a link to a highlight that does not exist) stacks beside the Undo toast.
  await page.evaluate((id) => (window.location.hash = `#/article/${id}?highlight=missing_1`), ARTICLE_ID);
  await expect(page.getByRole('alert').filter({ hasText: 'That highlight no longer exists.' })).toBeVisible();
  await expect(undo).toBeVisible();

  await undo.click();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sidebarList(page).getByRole('listitem').first()).toContainText('Typed just before deleting');
  await page.reload();
  await expect(sidebarList(page).getByRole('listitem').first()).toContainText('Typed just before deleting');
});
