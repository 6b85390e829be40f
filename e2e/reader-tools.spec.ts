/**
 * Issue 12, the reader's tools: typeface, line spacing and sepia; headings alike on every page; the
 * table of contents; the reading-progress indicator; the narrow-width drawer; title matches; the
 * highlight editor's placement. Each defect test here failed on the behaviour the issue reports.
 */
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_ID, openArticle, openDisplay, SENTENCE, TITLE } from './support/article';
import { painted } from './support/paint';
import { highlightPhrase, popover } from './support/annotations';

const articleStyle = (page: Page, prop: 'fontFamily' | 'lineHeight' | 'fontSize') =>
  page.locator('article.reader-article p').first().evaluate((el, p) => getComputedStyle(el)[p], prop);

test('typeface and line spacing change the article text and are remembered', async ({ page }) => {
  await openArticle(page);
  expect(await articleStyle(page, 'fontFamily')).toMatch(/serif/);
  expect(await articleStyle(page, 'fontFamily')).not.toMatch(/sans-serif/);
  await openDisplay(page);
  await page.getByLabel('Typeface').selectOption('sans');
  await expect.poll(() => articleStyle(page, 'fontFamily')).toMatch(/sans-serif/);

  const spacing = page.getByLabel('Line spacing');
  await spacing.focus();
  const before = parseFloat(await articleStyle(page, 'lineHeight'));
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(spacing).toHaveAttribute('aria-valuetext', '2.0 lines');
  const size = parseFloat(await articleStyle(page, 'fontSize'));
  await expect.poll(async () => parseFloat(await articleStyle(page, 'lineHeight'))).toBeCloseTo(size * 2, 0);
  expect(size * 2).toBeGreaterThan(before);

  await page.reload();
  await openDisplay(page);
  await expect(page.getByLabel('Typeface')).toHaveValue('sans');
  await expect(page.getByLabel('Line spacing')).toHaveValue('2');
  expect(await articleStyle(page, 'fontFamily')).toMatch(/sans-serif/);
});

test('the sepia theme gives the page a warm paper background', async ({ page }) => {
  await openArticle(page);
  await openDisplay(page);
  await page.getByLabel('Theme').selectOption('sepia');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 236, 216)');
  await page.reload();
  await openDisplay(page);
  await expect(page.getByLabel('Theme')).toHaveValue('sepia');
});

test('page titles have the same typeface on every page (library, reader, Notebook, Tags, Export)', async ({ page }) => {
  const families: Record<string, string> = {};
  for (const [name, path] of [
    ['library', '/#/'],
    ['reader', `/#/article/${ARTICLE_ID}`],
    ['notebook', '/#/notebook'],
    ['tags', '/#/tags'],
    ['export', '/#/export'],
  ] as const) {
    await page.goto(path);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeVisible();
    families[name] = await h1.evaluate((el) => getComputedStyle(el).fontFamily);
  }
  expect(new Set(Object.values(families)).size, JSON.stringify(families, null, 2)).toBe(1);
  // A sans reading typeface is for the text; the article's title stays with the other pages' titles.
  await page.goto(`/#/article/${ARTICLE_ID}`);
  await openDisplay(page);
  await page.getByLabel('Typeface').selectOption('sans');
  await expect.poll(() => articleStyle(page, 'fontFamily')).toMatch(/sans-serif/);
  expect(await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily)).toBe(families.library);
});

test('the highlight editor leaves the passage and the line above it in view, wherever the passage is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openArticle(page);
  await highlightPhrase(page, 'yellow', SENTENCE);
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  for (const at of [0.25, 0.4, 0.5, 0.6, 0.75]) {
    // The passage's first line `at` of the way down the window, then a click on it opens its editor.
    const box = await page.evaluate((fraction) => {
      const range = Array.from(CSS.highlights.get('gloss-hl-yellow') ?? [])[0] as Range;
      const r = range.getBoundingClientRect();
      window.scrollBy({ top: r.top - window.innerHeight * fraction, behavior: 'instant' });
      const now = range.getBoundingClientRect();
      const first = range.getClientRects()[0]!;
      const line = parseFloat(getComputedStyle(range.startContainer.parentElement!).lineHeight);
      return { top: now.top, bottom: now.bottom, line, x: first.left + 10, y: first.top + first.height / 2 };
    }, at);
    await page.mouse.click(box.x, box.y);
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).not.toHaveCSS('opacity', '0');
    const editor = (await popover(page).boundingBox())!;
    const keepTop = box.top - box.line;
    const overlaps = editor.y < box.bottom && editor.y + editor.height > keepTop;
    expect(overlaps, `passage at ${at}: editor ${Math.round(editor.y)}–${Math.round(editor.y + editor.height)}, kept ${Math.round(keepTop)}–${Math.round(box.bottom)}`).toBe(false);
    expect(editor.y).toBeGreaterThanOrEqual(0);
    expect(editor.y + editor.height).toBeLessThanOrEqual(800);
    await page.keyboard.press('Escape');
    await expect(popover(page)).toHaveCount(0);
  }
});

test('opened from search, the title’s matching words are marked like the text’s', async ({ page }) => {
  await page.goto('/#/');
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('regime protests');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect.poll(() => painted(page, 'gloss-search-title')).toEqual(['regime', 'protests']);
  // The same marks as the text's: every marked word in the text is one of the query's too.
  expect((await painted(page, 'gloss-search')).every((w) => /^(regime|protest)/i.test(w))).toBe(true);
  // And the title's marks look like the text's: the same declarations.
  const looks = await page.evaluate(() => {
    const rules = Array.from(document.styleSheets).flatMap((s) => Array.from(s.cssRules)).filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
    const of = (name: string) => rules.find((r) => r.selectorText.split(',').map((x) => x.trim()).includes(`::highlight(${name})`))?.style.cssText ?? 'none';
    return [of('gloss-search-title'), of('gloss-search')];
  });
  expect(looks[0]).not.toBe('none');
  expect(looks[0]).toBe(looks[1]);
  // A field filter for the text alone leaves the title unmarked.
  await page.goto(`/#/article/${ARTICLE_ID}?q=${encodeURIComponent('heading:regime')}`);
  await expect.poll(() => painted(page, 'gloss-search').then((p) => p.length)).toBeGreaterThan(0);
  expect(await painted(page, 'gloss-search-title')).toEqual([]);
});

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const SECTION = 'The Iranian regime’s goal to spoil the Iraqi uprising';

test('the table of contents is a labelled navigation, used with the keyboard, and the jump is saved as the reading position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openArticle(page);
  const contents = page.getByRole('button', { name: 'Contents' });
  await expect(contents).toHaveAttribute('aria-expanded', 'false');
  await contents.focus();
  await page.keyboard.press('Enter');
  await expect(contents).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Contents' });
  await expect(nav.getByRole('button')).toHaveText(['Beginning', SECTION, 'The reason for the Iranian regime’s defeat in Iraq']);
  // Focus is in the list, at the section being read (the beginning).
  await expect(nav.getByRole('button', { name: 'Beginning' })).toBeFocused();
  await expect(nav.getByRole('button', { name: 'Beginning' })).toHaveAttribute('aria-current', 'location');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('button', { name: SECTION })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav).toBeHidden();

  // The section's heading is at the top of the text, below the sticky bars, and has focus.
  const heading = page.getByRole('heading', { level: 2, name: SECTION });
  await expect(heading).toBeFocused();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  const toolbarBottom = await page.locator('.reader-toolbar').evaluate((el) => el.getBoundingClientRect().bottom);
  expect(top).toBeGreaterThanOrEqual(toolbarBottom - 1);
  expect(top).toBeLessThan(toolbarBottom + 120);
  const y = await scrollY(page);
  expect(y).toBeGreaterThan(300);
  // The list now says where the reader is.
  await contents.click();
  await expect(nav.getByRole('button', { name: SECTION })).toHaveAttribute('aria-current', 'location');
  // Escape closes only the list, focus back on its button; the reader stays open.
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(contents).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // The jump is the saved reading position: a reload opens there.
  await page.waitForTimeout(600);
  await page.reload();
  // (Restored as a fraction of the page, so within a line or two of where it was.)
  await expect.poll(() => scrollY(page)).toBeGreaterThan(y - 80);
  expect(Math.abs((await scrollY(page)) - y)).toBeLessThanOrEqual(80);
});

test('reading progress follows the saved scroll position, as a progressbar and a visible percentage', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openArticle(page);
  const progress = page.getByRole('progressbar', { name: 'Reading progress' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await expect(progress).toContainText('0%');
  await page.evaluate(() => window.scrollTo({ top: (document.documentElement.scrollHeight - window.innerHeight) / 2, behavior: 'instant' }));
  await expect(progress).toHaveAttribute('aria-valuenow', '50');
  await expect(progress).toContainText('50%');
  await expect(progress).toHaveAttribute('aria-valuetext', '50% read');
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  // The same number the library shows for the article, from the same saved position.
  await page.evaluate(() => window.scrollTo({ top: (document.documentElement.scrollHeight - window.innerHeight) * 0.3, behavior: 'instant' }));
  await expect(progress).toHaveAttribute('aria-valuenow', '30');
  await page.waitForTimeout(600);
  await page.goto('/#/');
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: TITLE })).toContainText('Read 30%');
});

test.describe('at 800×900 the notes sidebar is a drawer beside the text', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('a toggle opens it beside the text, focus goes in; Escape closes it and focus goes back', async ({ page }) => {
    await openArticle(page);
    await highlightPhrase(page, 'yellow', SENTENCE);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    const toggle = page.getByRole('button', { name: 'Notes and highlights' });
    // Closed: not below the article either.
    await expect(sidebar).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    const y = await scrollY(page);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    // Beside the text, not below it: side by side, both in the first screenful.
    const text = (await page.locator('article.reader-article').boundingBox())!;
    const drawer = (await sidebar.boundingBox())!;
    expect(drawer.x).toBeGreaterThanOrEqual(text.x + text.width - 1);
    expect(drawer.y).toBeLessThan(900);
    expect(drawer.x + drawer.width).toBeLessThanOrEqual(800);
    // Focus went into the drawer; Tab reaches its highlight.
    expect(await page.evaluate(() => document.activeElement?.closest('.annotations-drawer') !== null)).toBe(true);
    const item = page.getByRole('list', { name: 'Highlights', exact: true }).getByRole('button').first();
    for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(item).toBeFocused();

    // Escape closes the drawer (not the article), and focus is back on the toggle.
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    expect(Math.abs((await scrollY(page)) - y)).toBeLessThanOrEqual(2);

    // From a text field in the drawer, too.
    await toggle.click();
    await sidebar.getByRole('textbox').first().focus();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(toggle).toBeFocused();
    // A second Escape, with the drawer closed, goes Back as before.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeHidden();
  });

  test('wider than 1024 px there is no toggle and the sidebar stays beside the text', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await openArticle(page);
    await expect(page.getByRole('button', { name: 'Notes and highlights' })).toHaveCount(0);
    const sidebar = page.getByRole('complementary', { name: 'Annotations' });
    await expect(sidebar).toBeVisible();
    const text = (await page.locator('article.reader-article').boundingBox())!;
    expect((await sidebar.boundingBox())!.x).toBeGreaterThan(text.x + text.width - 1);
  });
});
