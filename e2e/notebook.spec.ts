/**
 * The Notebook and how notes show (issue 12, and the Notebook part of issue 8): grouping by article
 * (the title once per group) or by tag, sorting, choices kept across navigation, a note edited in
 * place with the reader's editor; 5,000 notes in a virtualised list that keeps the DOM small and
 * never unmounts the focused card; rendered quotes and code styled; one "Article note" label in
 * the sidebar and no "exact" badge on every card.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTICLE_ID, openArticle, openLibrary, SENTENCE, TITLE } from './support/article';
import { sidebarList, toolbar } from './support/annotations';
import { selectPhrase } from './support/selection';

const GONE = 'Article no longer in the library';

interface SeedHighlight {
  id: string;
  articleId?: string;
  exact: string;
  start: number;
  createdAt: string;
  tags?: string[];
  note?: string;
  contentHash?: string;
}

/** Writes highlights (each with its note, when given) and article notes straight into IndexedDB, then reloads. */
async function seed(page: Page, highlights: readonly SeedHighlight[], articleNotes: readonly { id: string; body: string; createdAt: string }[] = []) {
  await page.evaluate(
    async ({ highlights, articleNotes, articleId }) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const open = indexedDB.open('gloss');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['highlights', 'notes'], 'readwrite');
      for (const h of highlights) {
        const owner = h.articleId ?? articleId;
        tx.objectStore('highlights').put({
          id: h.id, articleId: owner, color: 'yellow', tags: h.tags ?? [], createdAt: h.createdAt, updatedAt: h.createdAt, revision: 1,
          contentHash: h.contentHash ?? 'seeded',
          quote: { type: 'TextQuoteSelector', exact: h.exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: h.start, end: h.start + h.exact.length },
        });
        if (h.note !== undefined) {
          tx.objectStore('notes').put({
            id: `note_${h.id}`, articleId: owner, highlightId: h.id, body: h.note, tags: [], createdAt: h.createdAt, updatedAt: h.createdAt, revision: 1,
          });
        }
      }
      for (const n of articleNotes) {
        tx.objectStore('notes').put({ id: n.id, articleId, highlightId: null, body: n.body, tags: [], createdAt: n.createdAt, updatedAt: n.createdAt, revision: 1 });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { highlights, articleNotes, articleId: ARTICLE_ID },
  );
  // Written behind Dexie's back: its live queries see them after a reload.
  await page.reload();
}

const entries = (page: Page) => page.getByRole('list', { name: 'Notebook entries' });
const groupHeadings = (page: Page) => entries(page).getByRole('heading', { level: 2 });
const quotes = (list: Locator) => list.locator('.notebook-quote').allTextContents();

async function openNotebook(page: Page) {
  await page.goto('/#/notebook');
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
}

const FOUR: SeedHighlight[] = [
  { id: 'hl_late', exact: 'late in the article', start: 900, createdAt: '2024-03-04T10:00:00.000Z', tags: ['militias'], note: 'Later passage.' },
  { id: 'hl_early', exact: 'early in the article', start: 10, createdAt: '2024-03-01T10:00:00.000Z', tags: ['Iraq', 'militias'] },
  { id: 'hl_middle', exact: 'the middle of it', start: 400, createdAt: '2024-03-03T10:00:00.000Z' },
  { id: 'hl_gone', articleId: 'gone-article', exact: 'from a removed article', start: 5, createdAt: '2024-03-02T10:00:00.000Z', tags: ['Iraq'] },
];

test('the Notebook groups by article with the title once per group, or by tag, sorts, and keeps those choices across navigation', async ({ page }) => {
  await openLibrary(page);
  await seed(page, FOUR);
  await openNotebook(page);
  await expect(entries(page).getByRole('listitem')).toHaveCount(4);

  // By article (the default), newest first: the article annotated last comes first; its title is said once.
  await expect(groupHeadings(page)).toHaveText([`${TITLE} (3 items)`, `${GONE} (1 item)`]);
  await expect(entries(page).getByText(TITLE, { exact: true })).toHaveCount(1);
  expect(await quotes(entries(page))).toEqual(['late in the article', 'the middle of it', 'early in the article', 'from a removed article']);

  // In reading order within each article, articles by title.
  await page.getByLabel('Sort by').selectOption('position');
  await expect(groupHeadings(page)).toHaveText([`${GONE} (1 item)`, `${TITLE} (3 items)`]);
  expect(await quotes(entries(page))).toEqual(['from a removed article', 'early in the article', 'the middle of it', 'late in the article']);

  // By tag: an entry under each of its tags, untagged last; the card says its article again.
  await page.getByLabel('Group by').selectOption('tag');
  await expect(groupHeadings(page)).toHaveText(['Tag: Iraq (2 items)', 'Tag: militias (2 items)', 'No tag (1 item)']);
  await expect(entries(page).getByRole('listitem')).toHaveCount(5);
  await expect(entries(page).getByText(TITLE, { exact: true })).toHaveCount(4);

  // No grouping: no headings.
  await page.getByLabel('Group by').selectOption('none');
  await expect(groupHeadings(page)).toHaveCount(0);
  await page.getByLabel('Group by').selectOption('tag');

  // Away to the library and back: the same grouping, sort and list.
  await page.getByRole('link', { name: 'Gloss', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  await page.getByRole('link', { name: 'Notebook' }).click();
  await expect(page.getByLabel('Group by')).toHaveValue('tag');
  await expect(page.getByLabel('Sort by')).toHaveValue('position');
  await expect(groupHeadings(page)).toHaveText(['Tag: Iraq (2 items)', 'Tag: militias (2 items)', 'No tag (1 item)']);

  // Into an article from a card and Back (Escape): the same list again.
  await entries(page).getByRole('link', { name: 'the middle of it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
  await expect(groupHeadings(page)).toHaveText(['Tag: Iraq (2 items)', 'Tag: militias (2 items)', 'No tag (1 item)']);
});

test('a note is edited in place with the reader’s editor, keyboard only, and shows its quotes and code styled', async ({ page }) => {
  await openLibrary(page);
  await seed(page, FOUR.slice(0, 1));
  await openNotebook(page);
  const card = entries(page).getByRole('listitem');
  const edit = card.getByRole('button', { name: 'Edit note on “late in the article”' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const note = card.getByLabel('Note', { exact: true });
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Later passage.');
  await note.fill('Compare:\n\n> the other report\n\nSee `militia HQ` and\n\n```\nblock of code\n```');
  await expect(card.getByText('Saved')).toBeVisible();
  // Escape puts the editor away; focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(edit).toBeFocused();

  // Rendered, styled (not the browser's bare defaults), and still there after a reload.
  await page.reload();
  const blockquote = card.locator('.notebook-note blockquote');
  await expect(blockquote).toHaveText('the other report');
  const style = (el: Locator, prop: string) => el.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), prop);
  expect(await style(blockquote, 'border-left-style')).toBe('solid');
  expect(await style(blockquote, 'margin-left')).not.toBe('40px');
  const code = card.locator('.notebook-note p code');
  await expect(code).toHaveText('militia HQ');
  expect(await style(code, 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
  const pre = card.locator('.notebook-note pre');
  await expect(pre).toHaveText('block of code');
  expect(await style(pre, 'background-color')).not.toBe('rgba(0, 0, 0, 0)');
  expect(await style(pre, 'white-space')).toBe('pre-wrap');

  // Done closes it too.
  await card.getByRole('button', { name: /^Edit note on/ }).click();
  await expect(card.getByLabel('Note', { exact: true })).toHaveValue(/the other report/);
  await card.getByRole('button', { name: 'Done' }).click();
  await expect(card.getByLabel('Note', { exact: true })).toBeHidden();
  await expect(card.getByRole('button', { name: /^Edit note on/ })).toBeFocused();
});

test('5,000 notes: the DOM stays small, the focused card stays mounted while the page scrolls, and the keys walk the cards', async ({ page }) => {
  await openLibrary(page);
  const many: SeedHighlight[] = Array.from({ length: 5000 }, (_, i) => ({
    id: `hl_${String(i).padStart(4, '0')}`,
    exact: `passage number ${i}`,
    start: i * 10,
    createdAt: new Date(Date.UTC(2024, 0, 1) + (5000 - i) * 60_000).toISOString(),
    note: `Note **${i}** on the passage.`,
  }));
  await seed(page, many);
  await openNotebook(page);
  await expect(page.getByRole('status').filter({ hasText: '5000 items' })).toBeVisible();
  const list = entries(page);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '5000');

  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  test.info().annotations.push({ type: 'elements with 5,000 notes', description: String(elements) });
  expect(elements, 'elements in the whole page').toBeLessThanOrEqual(2000);
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);

  // Focus the first card's link, then scroll to the very end: the card (and its focus) stays.
  const first = list.getByRole('link', { name: 'passage number 0', exact: true });
  await first.focus();
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect(list.getByRole('link', { name: 'passage number 4999', exact: true })).toBeVisible();
  await expect(first).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.isConnected && document.activeElement.textContent)).toBe('passage number 0');

  // ArrowDown from there: the second card, scrolled back in and mounted first.
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('link', { name: 'passage number 1', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(list.getByRole('link', { name: 'passage number 4999', exact: true })).toBeFocused();
  // Opened, then Back: that card again (the last of 5,000, far below the first screen), focused.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list.getByRole('link', { name: 'passage number 4999', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('link', { name: 'passage number 4998', exact: true })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(list.getByRole('link', { name: 'passage number 0', exact: true })).toBeFocused();

  // Tab walks on past the cards that were drawn at first, one control after another, never to <body>.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Notebook entries"]') !== null)).toBe(true);
  }
  const reached = await page.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset')));
  expect(reached).toBeGreaterThanOrEqual(20);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThanOrEqual(2000);
});

test('the sidebar labels the article note once, and a highlight’s placement is shown only when it tells something', async ({ page }) => {
  await openArticle(page);
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  await expect(sidebar.getByRole('textbox', { name: 'Article note' })).toBeVisible();
  await expect(sidebar.getByText('Article note', { exact: true })).toHaveCount(1);

  await selectPhrase(page, 'In Hellah and Nasiriya');
  await toolbar(page).getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sidebarList(page)).not.toContainText('exact');
  await expect(sidebarList(page).getByTitle('Placed exactly')).toHaveCount(0);

  // One stored at a position the text no longer has: "moved" says something, so it is shown.
  await seed(page, [{ id: 'hl_moved', exact: SENTENCE, start: 0, createdAt: '2024-03-01T10:00:00.000Z', contentHash: 'an-older-text' }]);
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(2);
  const moved = sidebarList(page).getByRole('listitem').filter({ hasText: 'Protesters in Najaf' });
  await expect(moved).toContainText('moved');
  await expect(moved.getByRole('button')).toHaveAccessibleName(/Text moved/);
});
