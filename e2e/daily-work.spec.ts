/**
 * Issue 12, "a researcher's daily work": keeping one's place and one's words. Each test here failed
 * on the behaviour the issue reports (a scroll jump, a lost tag, Escape leaving too far).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectArticleShown, NEXT_SENTENCE, openArticle, openLibrary, SENTENCE, TITLE } from './support/article';
import { highlightPhrase, popover, sidebarList } from './support/annotations';
import { painted } from './support/paint';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

/** Scrolls the reader to `y` and waits until the position is saved (the save is throttled). */
async function scrollReaderTo(page: Page, y: number): Promise<number> {
  await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(y - 5);
  await page.waitForTimeout(600);
  return scrollY(page);
}

for (const key of ['/', 'Control+k']) {
  test(`${key} focuses the search box without moving the reader or saving a new reading position`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openArticle(page);
    const y = await scrollReaderTo(page, 1400);
    await page.keyboard.press(key);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.waitForTimeout(700);
    expect(Math.abs((await scrollY(page)) - y)).toBeLessThanOrEqual(2);
    await page.reload();
    await expect.poll(() => scrollY(page)).toBeGreaterThan(y - 40);
  });
}

test('Shift+Tab back into the reader toolbar does not make the page jump', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openArticle(page);
  const y = await scrollReaderTo(page, 1400);
  // From the article's main landmark (where focus goes on open) backwards through the toolbar.
  await page.locator('main').focus({ preventScroll: true } as never);
  const seen: number[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Shift+Tab');
    seen.push(await scrollY(page));
  }
  expect(seen.every((s) => Math.abs(s - y) <= 2)).toBe(true);
});

test('a tag typed but not confirmed with Enter is kept when the editor closes', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  await popover(page).getByLabel('Tags', { exact: true }).fill('unconfirmed');
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await expect(popover(page)).toHaveCount(0);
  await expect(sidebarList(page).getByRole('listitem').first()).toContainText('unconfirmed');
  await page.reload();
  await sidebarList(page).getByRole('button').first().click();
  await expect(popover(page).getByRole('list', { name: 'Tags: current' })).toContainText('unconfirmed');
});

test('Escape goes back to the search results with their query, and focus never lands on <body>', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Soleimani');
  const results = page.getByRole('list', { name: 'Search results' });
  await results.getByRole('link', { name: TITLE }).click();
  await expectArticleShown(page);
  await page.keyboard.press('Escape');
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Soleimani');
  expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(false);
});

test('the reader has a Back control to where you came from', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE }).click();
  await expectArticleShown(page);
  await page.getByRole('button', { name: /^Back/ }).click();
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
});

test('Escape closes the highlight editor first; a second Escape does not leave the article', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  await expect(popover(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expectArticleShown(page);
  expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(false);
});

test('typing in the header search while reading stays in the article; Enter shows the results', async ({ page }) => {
  await openArticle(page);
  await page.keyboard.press('/');
  await page.keyboard.type('militia');
  await page.waitForTimeout(600);
  await expectArticleShown(page);
  expect(new URL(page.url()).hash).toMatch(/^#\/article\//);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: TITLE })).toBeVisible();
});

test('Ctrl+F finds in this article with the query language, marks the matches and steps through them', async ({ page }) => {
  await openArticle(page);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in this article' });
  await expect(find).toBeFocused();
  await find.fill('protest*');
  const counter = page.getByRole('group', { name: 'Search matches' }).locator('output');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const total = Number((await counter.textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  const marked = await painted(page, 'gloss-search');
  expect(marked).toHaveLength(total);
  expect(marked.every((m) => /^protest/i.test(m))).toBe(true);
  await find.press('Enter');
  await expect(counter).toHaveText(`2 of ${total}`);
  await find.press('Shift+Enter');
  await expect(counter).toHaveText(`1 of ${total}`);
  await find.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(page.locator('main')).toBeFocused();
  expect(await painted(page, 'gloss-search')).toEqual([]);
  await expectArticleShown(page);
});

test('no request fails on load (the favicon is there)', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await openArticle(page);
  await page.waitForTimeout(500);
  expect(failed).toEqual([]);
  expect(await page.locator('link[rel="icon"]').count()).toBe(1);
});

test('a long unbreakable tag wraps: the sidebar does not scroll sideways and Delete stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  const tags = popover(page).getByLabel('Tags', { exact: true });
  await tags.fill('IslamicRevolutionaryGuardCorpsQudsForceAndItsProxiesInIraq');
  await tags.press('Enter');
  const overflow = (sel: string) => page.locator(sel).first().evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(await overflow('.hl-popover')).toBeLessThanOrEqual(1);
  const del = popover(page).getByRole('button', { name: 'Delete highlight' });
  const box = (await popover(page).boundingBox())!;
  const delBox = (await del.boundingBox())!;
  expect(delBox.x + delBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
  await popover(page).getByRole('button', { name: 'Close' }).click();
  const sidebar = page.getByRole('complementary', { name: 'Annotations' });
  expect(await sidebar.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});

test('right-to-left notes are laid out right to left (dir="auto")', async ({ page }) => {
  await openArticle(page);
  const note = page.getByLabel('Article note', { exact: true });
  await note.fill('الاحتجاجات في العراق');
  expect(await note.getAttribute('dir')).toBe('auto');
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  expect(await popover(page).getByLabel('Note', { exact: true }).getAttribute('dir')).toBe('auto');
  await popover(page).getByLabel('Note', { exact: true }).fill('ملاحظة');
  await popover(page).getByRole('button', { name: 'Close' }).click();
  // Polled: the note is saved as the editor closes, and its line appears in the sidebar a moment later.
  await expect.poll(() => sidebarList(page).locator('.hl-item-quote, .hl-item-note').evaluateAll((els) => els.map((e) => e.getAttribute('dir')))).toEqual(['auto', 'auto']);
  await page.getByRole('group', { name: 'Article note view' }).getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.note-preview')).toHaveAttribute('dir', 'auto');
  // Laid out right to left: the browser resolves "auto" from the Arabic text.
  expect(await page.locator('.note-preview').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

test('the library filters by source, kind, date, tag and reading status, and shows progress and highlight counts', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  await popover(page).getByLabel('Tags', { exact: true }).fill('militias');
  await popover(page).getByLabel('Tags', { exact: true }).press('Enter');
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await scrollReaderTo(page, 900);
  await openLibrary(page);
  const list = page.getByRole('list', { name: 'Library' });
  const item = list.getByRole('listitem').filter({ hasText: TITLE });
  await expect(item).toContainText(/Read \d+% · 1 highlight/);
  await page.getByText('Sort and filter', { exact: true }).click();

  const only = async (label: string, value: string, shown: boolean) => {
    await page.getByLabel(label, { exact: true }).selectOption(value);
    if (shown) await expect(item).toHaveCount(1);
    else await expect(page.getByText('No article matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(item).toHaveCount(1);
  };
  await only('Reading', 'in-progress', true);
  await only('Reading', 'unread', false);
  await only('Source', 'PMOI/MEK', true);
  await only('Kind', 'analysis', true);
  await only('Tag', 'militias', true);
  await page.getByLabel('Published from', { exact: true }).fill('2021-01-01');
  await expect(page.getByText('No article matches these filters.')).toBeVisible();
  await page.getByLabel('Published from', { exact: true }).fill('2020-01-01');
  await expect(item).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Sort by').selectOption('recent');
  await expect(item).toHaveCount(1);
});

test('the export dialog shows, before saving, every tag the template writes differently', async ({ page }) => {
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await sidebarList(page).getByRole('button').first().click();
  const tags = popover(page).getByLabel('Tags', { exact: true });
  for (const t of ['C++', 'to read', 'Iran']) {
    await tags.fill(t);
    await tags.press('Enter');
  }
  await popover(page).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this article’s notes' });
  const changes = dialog.getByRole('note');
  await expect(changes).toContainText('2 tags are written differently');
  await expect(changes.getByRole('listitem')).toHaveText([/^C\+\+ → kept as text, not a tag: Obsidian tags cannot contain “\+”/, /^to read → #to-read: Obsidian tags cannot contain spaces/]);
  await dialog.getByRole('radio', { name: 'Plain Markdown' }).check();
  await expect(changes).toHaveCount(0);
});

test('the Tags view lists tags as typed with counts; rename, merge and Undo', async ({ page }) => {
  await openArticle(page);
  const tagHighlight = async (phrase: string, name: string, index: number) => {
    await highlightPhrase(page, 'yellow', phrase);
    await sidebarList(page).getByRole('button').nth(index).click();
    await popover(page).getByLabel('Tags', { exact: true }).fill(name);
    await popover(page).getByLabel('Tags', { exact: true }).press('Enter');
    await popover(page).getByRole('button', { name: 'Close' }).click();
  };
  await tagHighlight(SENTENCE, 'C++', 0);
  await tagHighlight(NEXT_SENTENCE, 'Iraq', 1);
  await page.getByRole('link', { name: 'Tags', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Tags' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'C++' })).toContainText('1 highlight in 1 article');

  // Merge "Iraq" into "C++" (renaming to an existing tag's name), then undo it.
  await list.getByRole('button', { name: 'Rename Iraq' }).click();
  const field = page.getByLabel('New name for “Iraq”');
  await field.fill('c++');
  await expect(page.getByText('Merges into “C++”.')).toBeVisible();
  await field.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('2 highlights in 1 article');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Rename keeps the new name exactly as typed.
  await list.getByRole('button', { name: 'Rename C++' }).click();
  await page.getByLabel('New name for “C++”').fill('C plus plus');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'C plus plus' })).toHaveCount(1);
  await openArticle(page);
  await expect(sidebarList(page)).toContainText('C plus plus');
});

test('the query syntax is one keystroke away: in the shortcuts help and under "No matches"', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('heading', { name: 'How to search' })).toBeVisible();
  await expect(help).toContainText('"the Iranian regime"');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzxqy');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { name: 'How to search' })).toBeVisible();
});
