/**
 * Highlights and notes in a plain Chromium: highlight a sentence, annotate it, reload and find it
 * painted over the same words; overlapping highlights stay two; delete + undo; the Notebook finds
 * a note by a word in it and opens the passage.
 */
import { expect, test } from '@playwright/test';
import { ARTICLE_ID, expectArticleShown, FIRST_SENTENCE, NEXT_SENTENCE, openArticle, SECOND_SENTENCE, SENTENCE, watchCsp } from './support/article';
import { highlightPhrase, popover, sidebarList, toolbar } from './support/annotations';
import { painted, paintedInView } from './support/paint';
import { dragOver, pointOn, selectedText, selectPhrase } from './support/selection';

test('a highlight with a note and a tag survives a reload, painted over the same words', async ({ page }) => {
  // The toolbar and popover are positioned with style properties: they must not trip the strict CSP.
  const csp = watchCsp(page);
  await openArticle(page);
  // A real mouse drag over the sentence: from its first letter to just past its last.
  await dragOver(page, SENTENCE);
  await expect(toolbar(page)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Highlight', exact: true }).click();

  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
  await expect(toolbar(page)).toBeHidden();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);

  // Open it from the page itself: a click on the painted words.
  const at = await pointOn(page, 'Kata’ib Hezbollah');
  await page.mouse.click(at.x, at.y);
  await expect(popover(page)).toBeVisible();
  await popover(page).getByLabel('Note', { exact: true }).fill('The militia **headquarters** burned: a turning point.');
  // A comma completes one tag and Enter the next, in quick succession.
  await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias, Iraq');
  await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(popover(page).getByRole('button', { name: 'Remove tag militias' })).toBeVisible();
  await expect(popover(page).getByRole('button', { name: 'Remove tag Iraq' })).toBeVisible();
  await expect(popover(page).getByText('Saved')).toBeVisible();

  await page.reload();
  await expectArticleShown(page);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
  const item = sidebarList(page).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('The militia headquarters burned: a turning point.');
  await expect(item).toContainText('militias');
  await expect(item).toContainText('Iraq');
  await item.getByRole('button').click();
  await expect(popover(page).getByRole('button', { name: /^Remove tag / })).toHaveCount(2);
  await expect(popover(page).getByLabel('Note', { exact: true })).toHaveValue('The militia **headquarters** burned: a turning point.');
  await popover(page).getByRole('button', { name: 'Preview' }).click();
  await expect(popover(page).locator('strong')).toHaveText('headquarters');
  expect(csp).toEqual([]);
});

test('overlapping highlights stay two, across paragraphs too; delete can be undone', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);

  // Overlaps the first: from its last words into the next paragraph's start.
  await highlightPhrase(page, 'green', 'numerous crimes in Iraq.', 'The protesters had given an ultimatum');
  await expect.poll(() => painted(page, 'gloss-hl-green')).toHaveLength(1);
  const green = (await painted(page, 'gloss-hl-green'))[0]!;
  expect(green.startsWith('numerous crimes in Iraq.')).toBe(true);
  expect(green.endsWith('The protesters had given an ultimatum')).toBe(true);
  expect(await painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(2);

  // A note on the first, so undo has something to restore besides the highlight.
  await sidebarList(page).getByRole('button').first().click();
  await popover(page).getByLabel('Note', { exact: true }).fill('Kept through undo');
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await popover(page).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
  await expect(sidebarList(page).getByRole('listitem').first()).toContainText('Kept through undo');
});

test('the keyboard shortcut highlights, and Copy quote cites the article', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page);
  await selectPhrase(page, NEXT_SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Copy quote' }).click();
  await expect(page.getByText('Quote copied with its citation.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`“${NEXT_SENTENCE}”\n— How Iran’s regime failed to derail Iraq’s nationwide protests, PMOI/MEK, January 21, 2020`);

  await selectPhrase(page, NEXT_SENTENCE);
  await page.keyboard.press('h');
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([NEXT_SENTENCE]);
});

test('with the keyboard alone, a sentence is selected, extended by one and highlighted', async ({ page }) => {
  await openArticle(page);
  await page.getByRole('article').focus();
  await page.keyboard.press('s');
  await expect(toolbar(page)).toBeVisible();
  expect(await selectedText(page)).toBe(FIRST_SENTENCE);
  await expect(page.getByText('Sentence selected — press h to highlight, or Tab to the toolbar.')).toBeAttached();
  await page.keyboard.press('Shift+ArrowRight');
  expect(await selectedText(page)).toBe(`${FIRST_SENTENCE} ${SECOND_SENTENCE}`);
  await page.keyboard.press('h');

  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([`${FIRST_SENTENCE} ${SECOND_SENTENCE}`]);
  await expect(toolbar(page)).toBeHidden();
  const items = sidebarList(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText(FIRST_SENTENCE);

  // `s` goes on after the passage just highlighted; `j` and Alt+↑ move; Tab reaches the toolbar.
  await page.keyboard.press('s');
  expect(await selectedText(page)).toBe(SENTENCE);
  await page.keyboard.press('j');
  expect(await selectedText(page)).toBe(NEXT_SENTENCE);
  await page.keyboard.press('Alt+ArrowUp');
  expect(await selectedText(page)).toBe(SENTENCE);
  await page.keyboard.press('Tab');
  await expect(toolbar(page).getByRole('button', { name: 'Highlight', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([`${FIRST_SENTENCE} ${SECOND_SENTENCE}`, SENTENCE]);
  await expect(items).toHaveCount(2);
  // The toolbar went with its selection; focus is back in the text, where `p` takes the paragraph.
  await expect(page.getByRole('article')).toBeFocused();
  await page.keyboard.press('p');
  expect(await selectedText(page)).toMatch(/^Iraq, January 21, 2020—.*repressive security forces\.$/);
});

test('the Notebook finds a note by a word in it and opens the passage', async ({ page }) => {
  await openArticle(page);
  await selectPhrase(page, NEXT_SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await expect(popover(page)).toBeVisible();
  const note = popover(page).getByLabel('Note', { exact: true });
  await expect(note).toBeFocused();
  await note.fill('Roadblocks as civil disobedience, compare Basra.');
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await popover(page).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Notebook' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('basra');
  const entries = page.getByRole('list', { name: 'Notebook entries' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Roadblocks as civil disobedience');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('no-such-word');
  await expect(entries).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('Disobedience');
  await expect(entries).toHaveCount(1);

  await entries.getByRole('link').click();
  await expect(page).toHaveURL(/\?highlight=hl_/);
  await expectArticleShown(page);
  await expect.poll(() => painted(page, 'gloss-hl-focus')).toEqual([NEXT_SENTENCE]);
  await expect.poll(() => painted(page, 'gloss-hl-flash')).toEqual([NEXT_SENTENCE]);
  expect(await paintedInView(page, 'gloss-hl-focus')).toBe(true);
});

test('a highlight whose text is gone is listed as unplaced with its note, and can be re-attached', async ({ page }) => {
  await openArticle(page);
  await expect(page.getByRole('complementary', { name: 'Annotations' })).toBeVisible();
  // Written as an older version of the article would have left it: its passage no longer exists.
  await page.evaluate(async (articleId) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('gloss');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['highlights', 'notes'], 'readwrite');
    const at = new Date().toISOString();
    tx.objectStore('highlights').put({
      id: 'hl_gone', articleId, color: 'purple', tags: [], createdAt: at, updatedAt: at, contentHash: 'an-older-text',
      quote: { type: 'TextQuoteSelector', exact: 'A paragraph the editors later removed from this analysis entirely.', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 4000, end: 4066 },
    });
    tx.objectStore('notes').put({ id: 'note_gone', articleId, highlightId: 'hl_gone', body: 'Where did this go?', tags: [], createdAt: at, updatedAt: at });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, ARTICLE_ID);
  await page.reload();
  const unplaced = page.getByRole('list', { name: 'Unplaced' });
  await expect(unplaced.getByRole('listitem')).toHaveCount(1);
  await expect(unplaced).toContainText('A paragraph the editors later removed');
  await expect(unplaced).toContainText('Where did this go?');
  await expect(sidebarList(page)).toHaveCount(0);

  await selectPhrase(page, 'Absent a proper government response');
  await unplaced.getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByRole('list', { name: 'Unplaced' })).toHaveCount(0);
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sidebarList(page)).toContainText('Where did this go?');
  await expect.poll(() => painted(page, 'gloss-hl-purple')).toEqual(['Absent a proper government response']);
  await page.reload();
  await expect.poll(() => painted(page, 'gloss-hl-purple')).toEqual(['Absent a proper government response']);
});
