/**
 * Accessibility in a plain Chromium: axe (WCAG 2.0/2.1 A and AA) over every view in the light and the
 * dark palette, and keyboard-only walks through the library, the reader, a highlight's editor, the
 * export dialog and the shortcuts help. A storage failure must reach the reader as a message.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDisplay } from './support/article';

const ARTICLE_ID = '000-8a7174939e31e350-8b244b8e';
const TITLE = 'How Iran’s regime failed to derail Iraq’s nationwide protests';
const SENTENCE = 'Protesters in Najaf also set fire to the headquarters of Kata’ib Hezbollah, an Iran-backed militia group that has committed numerous crimes in Iraq.';
const OTHER = 'In Hellah and Nasiriya, the protesters blocked the main roads.';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every axe violation on the page, one readable block each; '' when there are none. */
async function axeReport(page: Page): Promise<string> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      return `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Soft, so one run lists the violations of every view rather than stopping at the first. */
async function expectNoViolations(page: Page, view: string) {
  expect.soft(await axeReport(page), `axe found violations in: ${view}`).toBe('');
}

async function openArticle(page: Page) {
  await page.goto(`/#/article/${ARTICLE_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(sidebar(page).getByRole('heading', { name: /^Highlights/ })).toBeVisible();
}

/** Selects a phrase in the article as the reader would, with a DOM selection. */
async function selectPhrase(page: Page, phrase: string) {
  await page.evaluate((p) => {
    for (const el of Array.from(document.querySelectorAll('[data-block-start]'))) {
      const t = el.firstChild as Text;
      const i = t.data.indexOf(p);
      if (i < 0) continue;
      el.scrollIntoView({ block: 'center' });
      document.getSelection()!.setBaseAndExtent(t, i, t, i + p.length);
      return;
    }
    throw new Error(`not in the article: ${p}`);
  }, phrase);
}

const painted = (page: Page, name: string) =>
  page.evaluate((n) => Array.from((CSS.highlights as unknown as Map<string, Set<Range>>).get(n) ?? [], (r) => r.toString()), name);

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
const highlightsList = (page: Page) => page.getByRole('list', { name: 'Highlights', exact: true });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection' });
const popover = (page: Page) => page.getByRole('dialog', { name: 'Edit highlight' });

/** A short description of the focused element: its role-ish tag and accessible-ish name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}: ${name.trim().replace(/\s+/g, ' ').slice(0, 60)}`;
  });

/** Presses Tab until `target` has focus; answers the stops on the way (failing after `limit`). */
async function tabTo(page: Page, target: Locator, limit = 40, key = 'Tab'): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    stops.push(await focused(page));
    if (await target.evaluate((el) => el === document.activeElement)) return stops;
  }
  throw new Error(`${key} never reached the target; it stopped at:\n${stops.join('\n')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} palette`, () => {
    test.use({ colorScheme: scheme });

    test(`every view has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
      // Fourteen axe passes in one test: CPU-bound, about 45 s on an idle 2-core machine and past 60 s at
      // load average ~16 (seen in two full runs), so it gets the slow budget rather than a flaky timeout.
      test.slow();
      await page.goto('/#/');
      await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
      await expectNoViolations(page, 'library');

      await page.goto(`/#/search?q=${encodeURIComponent('Iran’s regime')}`);
      await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
      await expectNoViolations(page, 'search results');

      await page.goto(`/#/search?q=zzzqqq`);
      await expect(page.getByRole('status').filter({ hasText: /no match/i })).toBeVisible();
      await expectNoViolations(page, 'search with no results');

      await page.goto(`/#/article/${ARTICLE_ID}?q=protesters`);
      await expect(page.getByRole('group', { name: 'Search matches' })).toBeVisible();
      await expectNoViolations(page, 'reader at a search match');

      await openArticle(page);
      // The reader's own theme setting, both ways, on top of the system palette.
      // (The Display panel stays open while its select has focus, so these also check the panel.)
      await openDisplay(page);
      for (const theme of ['light', 'dark'] as const) {
        await page.getByLabel('Theme').selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page, `reader, theme ${theme}`);
      }
      await page.getByLabel('Theme').selectOption('system');

      await selectPhrase(page, SENTENCE);
      await expect(toolbar(page)).toBeVisible();
      await expectNoViolations(page, 'reader with the selection toolbar');

      await toolbar(page).getByRole('button', { name: 'Add note' }).click();
      await expect(popover(page)).toBeVisible();
      await popover(page).getByLabel('Note', { exact: true }).fill('A turning point.');
      await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias');
      await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
      await expect(popover(page).getByText('Saved')).toBeVisible();
      await expectNoViolations(page, 'reader with a highlight selected and its editor open');
      await popover(page).getByRole('button', { name: 'Close' }).click();
      await expect(popover(page)).toBeHidden();

      // A second highlight, deleted: the toast with its Undo.
      await selectPhrase(page, OTHER);
      await toolbar(page).getByRole('button', { name: 'Highlight green' }).click();
      await expect(highlightsList(page).getByRole('listitem')).toHaveCount(2);
      await highlightsList(page).getByRole('button', { name: /Hellah/ }).click();
      await popover(page).getByRole('button', { name: 'Delete highlight' }).click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoViolations(page, 'reader with the Undo toast');

      await page.getByRole('button', { name: 'Export notes' }).click();
      await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
      await expectNoViolations(page, 'export dialog');
      await page.keyboard.press('Escape');

      await page.goto('/#/notebook');
      await expect(page.getByRole('list', { name: 'Notebook entries' }).getByRole('listitem')).toHaveCount(1);
      await expectNoViolations(page, 'notebook');

      await page.goto('/#/export');
      await expect(page.getByRole('heading', { level: 1, name: /Export/ })).toBeVisible();
      await expectNoViolations(page, 'export page');

      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'keyboard shortcuts help');
    });

    test(`the Notebook grouped, with a note's quotes and code, and a note edited in place, has no violations (${scheme})`, async ({ page }) => {
      await openArticle(page);
      await selectPhrase(page, SENTENCE);
      await toolbar(page).getByRole('button', { name: 'Add note' }).click();
      await popover(page).getByLabel('Note', { exact: true }).fill('Compare:\n\n> the other report\n\nSee `militia HQ` and\n\n```\nblock of code\n```');
      await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias');
      await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
      await expect(popover(page).getByText('Saved')).toBeVisible();
      await popover(page).getByRole('button', { name: 'Close' }).click();
      // The sidebar's article note, previewed with a quote and code in it.
      await sidebar(page).getByLabel('Article note', { exact: true }).fill('> quoted\n\n`code` here');
      await sidebar(page).getByRole('button', { name: 'Preview' }).click();
      await expect(sidebar(page).locator('.note-preview blockquote')).toBeVisible();
      await expectNoViolations(page, 'sidebar, article note previewed with a quote and code');

      await page.goto('/#/notebook');
      const list = page.getByRole('list', { name: 'Notebook entries' });
      await expect(list.locator('.notebook-note blockquote').first()).toBeVisible();
      await expectNoViolations(page, 'notebook grouped by article, a note with a quote and code');
      await page.getByLabel('Group by').selectOption('tag');
      await expect(list.getByRole('heading', { name: /militias/ })).toBeVisible();
      await expectNoViolations(page, 'notebook grouped by tag');
      await list.getByRole('button', { name: /^Edit note on/ }).first().click();
      await expect(list.getByLabel('Note', { exact: true })).toBeFocused();
      await expectNoViolations(page, 'notebook, a note edited in place');
    });

    test(`the Tags view, the library's filters and find in the article have no violations (${scheme})`, async ({ page }) => {
      await openArticle(page);
      await selectPhrase(page, SENTENCE);
      await toolbar(page).getByRole('button', { name: 'Add note' }).click();
      await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias');
      await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
      await popover(page).getByRole('button', { name: 'Close' }).click();

      await page.goto('/#/tags');
      await expect(page.getByRole('list', { name: 'Tags' })).toBeVisible();
      await expectNoViolations(page, 'tags view');
      await page.getByRole('button', { name: 'Rename militias' }).click();
      await expectNoViolations(page, 'tags view, renaming');

      await page.goto('/#/');
      await page.getByText('Sort and filter', { exact: true }).click();
      await page.getByLabel('Reading', { exact: true }).selectOption('unread');
      await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
      await expectNoViolations(page, 'library, filtered');

      await openArticle(page);
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox', { name: 'Find in this article' }).fill('protest*');
      await expect(page.getByRole('group', { name: 'Search matches' })).toBeVisible();
      await expectNoViolations(page, 'reader, finding in the article');
      await page.keyboard.press('Escape');
      await expect(page.locator('main')).toBeFocused();
    });

    test(`the reader's Contents, reading progress and narrow-width drawer have no violations (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openArticle(page);
      await expect(page.getByRole('progressbar')).toBeVisible();
      await page.getByRole('button', { name: 'Contents' }).click();
      await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
      await expectNoViolations(page, 'reader, Contents open, with reading progress');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();

      await page.setViewportSize({ width: 800, height: 900 });
      const toggle = page.getByRole('button', { name: 'Notes and highlights' });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(sidebar(page)).toBeVisible();
      await expectNoViolations(page, 'reader at 800 px, the notes drawer open');
    });
  });
}

// Sepia is the reader's own palette (not a system one): chosen in the reader, it colours every view.
test('every view has no WCAG A/AA violations in the sepia theme', async ({ page }) => {
  await openArticle(page);
  await openDisplay(page);
  await page.getByLabel('Theme').selectOption('sepia');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expectNoViolations(page, 'reader, sepia');

  await selectPhrase(page, SENTENCE);
  await toolbar(page).getByRole('button', { name: 'Add note' }).click();
  await popover(page).getByLabel('Note', { exact: true }).fill('A turning point.');
  await popover(page).getByRole('combobox', { name: 'Tags' }).fill('militias');
  await popover(page).getByRole('combobox', { name: 'Tags' }).press('Enter');
  await expect(popover(page).getByText('Saved')).toBeVisible();
  await expectNoViolations(page, 'reader with a highlight and its editor open, sepia');
  await popover(page).getByRole('button', { name: 'Close' }).click();

  await page.goto(`/#/article/${ARTICLE_ID}?q=protesters`);
  await expect(page.getByRole('group', { name: 'Search matches' })).toBeVisible();
  await expectNoViolations(page, 'reader at a search match, sepia');

  await page.goto('/#/');
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  await expectNoViolations(page, 'library, sepia');
  await page.goto(`/#/search?q=${encodeURIComponent('Iran’s regime')}`);
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await expectNoViolations(page, 'search results, sepia');
  await page.goto('/#/notebook');
  await expect(page.getByRole('list', { name: 'Notebook entries' }).getByRole('listitem')).toHaveCount(1);
  await expectNoViolations(page, 'notebook, sepia');
  await page.goto('/#/tags');
  await expect(page.getByRole('list', { name: 'Tags' })).toBeVisible();
  await expectNoViolations(page, 'tags view, sepia');
  await page.goto('/#/export');
  await expect(page.getByRole('heading', { level: 1, name: /Export/ })).toBeVisible();
  await expectNoViolations(page, 'export page, sepia');
});

test.describe('keyboard only', () => {
  test('from the library, Tab reaches the searchbox and then the article link', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search' });
    const link = page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE });
    const first = await tabTo(page, search);
    expect(first[0], 'the skip link comes first').toMatch(/Skip to content/);
    const rest = await tabTo(page, link, 10);
    expect(rest.length, `stops between the searchbox and the article: ${rest.join(' | ')}`).toBeLessThanOrEqual(3);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  });

  test('in the reader, Tab reaches the settings, the article and the sidebar; a highlight is edited with keys alone', async ({ page }) => {
    await openArticle(page);
    await selectPhrase(page, SENTENCE);
    await page.keyboard.press('h');
    await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());

    // From the top of the page, in document order.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.getByRole('main').focus();
    // The Display panel opens from its button with Enter; Tab goes through it and on to the article.
    await tabTo(page, page.getByRole('button', { name: 'Display', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Theme')).toBeFocused();
    await tabTo(page, page.getByRole('article'));
    const item = highlightsList(page).getByRole('button');
    await tabTo(page, item);
    await expect(item).toHaveAttribute('aria-current', 'true');

    // Enter opens its editor; the colour is a radio group driven by the arrow keys.
    await page.keyboard.press('Enter');
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toBeFocused();
    const yellow = popover(page).getByRole('radio', { name: 'Yellow' });
    await tabTo(page, yellow, 5);
    await expect(yellow).toBeChecked();
    await page.keyboard.press('ArrowRight');
    const green = popover(page).getByRole('radio', { name: 'Green' });
    await expect(green).toBeFocused();
    await expect(green).toBeChecked();
    await expect.poll(() => painted(page, 'gloss-hl-green')).toEqual([SENTENCE]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect(yellow).toBeChecked();
    await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);

    // Escape puts the editor away, focus goes back to the item, and the reader stays open.
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
    await expect(item).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    // Space opens it too; Close by keyboard returns focus the same way.
    await page.keyboard.press('Space');
    await expect(popover(page)).toBeFocused();
    await tabTo(page, popover(page).getByRole('button', { name: 'Close' }), 5);
    await page.keyboard.press('Enter');
    await expect(popover(page)).toBeHidden();
    await expect(item).toBeFocused();
  });

  test('deleting from the editor moves focus to Undo, and Undo returns it to the reader', async ({ page }) => {
    await openArticle(page);
    await selectPhrase(page, SENTENCE);
    await page.keyboard.press('h');
    await expect(highlightsList(page).getByRole('listitem')).toHaveCount(1);
    const item = highlightsList(page).getByRole('button');
    await item.focus();
    await page.keyboard.press('Enter');
    await tabTo(page, popover(page).getByRole('button', { name: 'Delete highlight' }), 20);
    await page.keyboard.press('Enter');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted.' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(highlightsList(page).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the export dialog keeps focus inside, and Escape closes it back to its button', async ({ page }) => {
    await openArticle(page);
    const opener = page.getByRole('button', { name: 'Export notes' });
    await page.getByRole('main').focus();
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Export/ });
    await expect(dialog).toBeVisible();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press(key);
        expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${key} #${i + 1} left the dialog for ${await focused(page)}`).toBe(true);
      }
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  });

  test('? opens the keyboard shortcuts, listed in the header too; Escape closes it where focus was', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
    const link = page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE });
    await link.focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const key of ['/', 'Ctrl+K', 'n', 'F3', 's', 'Shift+→', 'Alt+↓', 'p', 'h', 'Escape', '?']) await expect(help.getByText(key, { exact: true }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(link).toBeFocused();

    // Typing ? into a field is text, not a command.
    await page.getByRole('searchbox', { name: 'Search' }).fill('what?');
    await expect(help).toBeHidden();

    await page.getByRole('banner').getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
  });
});

test('a failed write is shown to the reader, not swallowed', async ({ page }) => {
  await openArticle(page);
  await selectPhrase(page, SENTENCE);
  await page.keyboard.press('h');
  await expect(highlightsList(page).getByRole('listitem')).toHaveCount(1);
  // From here on, every IndexedDB write fails the way a full disk does.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
    IDBObjectStore.prototype.delete = fail;
  });
  await highlightsList(page).getByRole('button').click();
  await popover(page).getByRole('radio', { name: 'Green' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /colour/i })).toContainText(/disk is full|could not|failed/i);
  await expect.poll(() => painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);

  await popover(page).getByLabel('Note', { exact: true }).fill('Lost words?');
  await popover(page).getByLabel('Note', { exact: true }).blur();
  await expect(popover(page).getByRole('alert')).toContainText(/disk is full|could not|failed/i);

  await popover(page).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /delet/i })).toBeVisible();
  await expect(highlightsList(page).getByRole('listitem')).toHaveCount(1);

  // A new highlight that cannot be stored is not painted as if it were.
  await selectPhrase(page, OTHER);
  await page.keyboard.press('h');
  await expect(page.getByRole('alert').filter({ hasText: /highlight/i }).filter({ hasText: /disk is full|could not|failed/i })).toBeVisible();
  await expect(highlightsList(page).getByRole('listitem')).toHaveCount(1);
  expect(await painted(page, 'gloss-hl-yellow')).toEqual([SENTENCE]);
});
