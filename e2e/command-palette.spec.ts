/**
 * The command palette (Ctrl/Cmd+Shift+P) in Chromium: every command with the shortcut the keymap
 * gives it, filtered by typing, run with the keyboard alone, axe clean; and a malformed gloss:// link
 * answered with a message instead of nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sidebarList } from './support/annotations';
import { ARTICLE_ID, openArticle, openLibrary, TITLE } from './support/article';
import { selectedText } from './support/selection';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const input = (page: Page) => palette(page).getByRole('combobox', { name: 'Command' });
const option = (page: Page, name: string | RegExp) => palette(page).getByRole('option', { name });

async function openPalette(page: Page) {
  await page.keyboard.press('Control+Shift+P');
  await expect(palette(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
}

test('lists every command with its shortcut; those that do not apply here are marked', async ({ page }) => {
  await openLibrary(page);
  await openPalette(page);
  await expect(option(page, /^Search/)).toContainText('Ctrl+K');
  await expect(option(page, /^Keyboard shortcuts/)).toContainText('?');
  await expect(option(page, /^Next match/)).toContainText('not available here');
  await expect(option(page, /^Next match/)).toHaveAttribute('aria-disabled', 'true');
  await expect(option(page, /^Highlight/)).toContainText('Ctrl+Shift+H');
  // The keys the shortcuts help never shows as commands are not listed either.
  await expect(option(page, /Change colour/)).toHaveCount(0);
  await expect(palette(page).getByRole('status')).toHaveText(/\d+ commands/);
});

test('filters as you type, moves with the arrows, runs with Enter, and closes back where focus was', async ({ page }) => {
  await openLibrary(page);
  const link = page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE });
  await link.focus();
  await openPalette(page);
  await input(page).fill('keyboard');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  await expect(input(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();

  await openPalette(page);
  await input(page).fill('zebra');
  await expect(palette(page).getByRole('status')).toHaveText('No command matches “zebra”.');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(link).toBeFocused();

  // ↓ moves the active option; Enter runs that one (Search focuses the searchbox).
  await openPalette(page);
  const first = await input(page).getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  await expect(input(page)).not.toHaveAttribute('aria-activedescendant', first ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', first ?? '');
  await expect(option(page, /^Search/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('in the reader, runs the passage and highlight commands on the text, as their keys do', async ({ page }) => {
  await openArticle(page);
  await page.getByRole('article').focus();
  await openPalette(page);
  await input(page).fill('select sentence');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect.poll(() => selectedText(page)).not.toBe('');
  const sentence = await selectedText(page);

  // The selection survives the palette: Highlight acts on it.
  await openPalette(page);
  await input(page).fill('highlight');
  await expect(option(page, /^Highlight/)).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(sidebarList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sidebarList(page)).toContainText(sentence.slice(0, 30));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no WCAG A/AA violations, open with a filter (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openArticle(page);
    await openPalette(page);
    await input(page).fill('s');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a malformed gloss:// link says what is wrong with it; a good one opens the article', async ({ page }) => {
  await openLibrary(page);
  await page.evaluate(() => (location.hash = '#gloss://article/not%20an%20id'));
  const alert = page.getByRole('alert').filter({ hasText: 'Could not open' });
  await expect(alert).toHaveText(/Could not open gloss:\/\/article\/not an id: “not an id” is not a Gloss article id\./);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  await page.evaluate((id) => (location.hash = `#gloss://article/${id}`), ARTICLE_ID);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});
