/**
 * The foundation flow in a plain Chromium: library → search → reader, with search marks, match
 * navigation, reader settings and reading position that survive a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectArticleShown, openArticleFromLibrary, openDisplay, openLibrary, TITLE, watchCsp } from './support/article';
import { painted } from './support/paint';

const HEADINGS = ['The Iranian regime’s goal to spoil the Iraqi uprising', 'The reason for the Iranian regime’s defeat in Iraq'];

/** The text of the current search match, as painted. */
const currentMatchText = async (page: Page) => (await painted(page, 'gloss-search-current'))[0] ?? null;

test('the library lists the article with its facts', async ({ page }) => {
  const csp = watchCsp(page);
  await openLibrary(page);
  const item = page.getByRole('list', { name: 'Library' }).getByRole('listitem').filter({ hasText: TITLE });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('PMOI/MEK');
  await expect(item).toContainText('Analysis');
  await expect(item).toContainText('January 21, 2020');
  await expect(item).toContainText(/\d[\d,]* words · \d+ min read/);
  await page.getByText('Sort and filter', { exact: true }).click();
  await expect(page.getByLabel('Sort by')).toHaveValue('date-desc');
  await page.getByLabel('Sort by').selectOption('title');
  await expect(item).toHaveCount(1);
  expect(csp).toEqual([]);
});

test('search shows a marked snippet, and the reader shows the article and steps through matches', async ({ page }) => {
  const csp = watchCsp(page);
  await openLibrary(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.fill("Iran's regime");

  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  const marks = await results.locator('mark').allTextContents();
  // "Iran’s" itself is only in the title; the body has "Iran" and "regime’s", which the query's stems match.
  expect(marks.some((m) => /^Iran(’s)?$/.test(m))).toBe(true);
  expect(marks.some((m) => /^regime(’s)?$/i.test(m))).toBe(true);
  await expect(results.locator('.search-snippet')).toContainText('regime');

  await results.getByRole('link', { name: TITLE }).click();
  const article = page.locator('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(article).toContainText('Analysis by PMOI/MEK');
  await expect(article).toContainText('January 21, 2020');
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(HEADINGS);
  await expect(article.locator('figcaption')).toHaveCount(1);
  await expect(article.locator('figcaption')).toContainText('Iraq protests');
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('728 x 90');

  // Every block is one element whose only child is its text: DOM offsets are articleText offsets.
  const blockShapes = await page.evaluate(() =>
    [...document.querySelectorAll('[data-block-start]')].map((el) => el.childNodes.length === 1 && el.firstChild?.nodeType === Node.TEXT_NODE),
  );
  expect(blockShapes.length).toBeGreaterThan(10);
  expect(blockShapes.every(Boolean)).toBe(true);

  // Marks are painted with the Highlight API, not by wrapping text in elements.
  await expect(article.locator('mark')).toHaveCount(0);
  const counter = page.getByRole('group', { name: 'Search matches' }).locator('output');
  await expect(counter).toHaveText(/^1 of \d+$/);
  const total = Number((await counter.textContent())?.split(' of ')[1]);
  expect(total).toBeGreaterThanOrEqual(3);
  const marked = await painted(page, 'gloss-search');
  expect(marked).toHaveLength(total);
  // Each painted range covers exactly a matched word (offsets → DOM Range mapping is right).
  expect(marked.every((text) => /^(Iran|Iran’s|Iranian|regime|regime’s)$/i.test(text))).toBe(true);
  expect(await currentMatchText(page)).toMatch(/^(Iran’s|Iran|regime’s|regime)$/i);
  const firstY = await page.evaluate(() => window.scrollY);

  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(counter).toHaveText(`2 of ${total}`);
  await page.keyboard.press('n');
  await expect(counter).toHaveText(`3 of ${total}`);
  await page.keyboard.press('F3');
  await expect(counter).toHaveText(`${total >= 4 ? 4 : 1} of ${total}`);
  await page.keyboard.press('Shift+N');
  await expect(counter).toHaveText(`3 of ${total}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await page.keyboard.press('Shift+F3');
  await expect(counter).toHaveText(`1 of ${total}`);
  await page.getByRole('button', { name: 'Previous match' }).click();
  await expect(counter).toHaveText(`${total} of ${total}`);
  expect(await currentMatchText(page)).toMatch(/^(Iran’s|Iran|regime’s|regime)$/i);
  // The last match lies further down the article than the first.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(firstY);

  // Escape goes back to where the article was opened from: the results, with their query (issue 12).
  await page.keyboard.press('Escape');
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(box).toHaveValue("Iran's regime");
  expect(csp).toEqual([]);
});

test('Enter in the searchbox opens the first result at its first match', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Soleimani');
  await page.keyboard.press('Enter');
  await expectArticleShown(page);
  await expect(page.getByRole('group', { name: 'Search matches' }).locator('output')).toHaveText(/^1 of \d+$/);
  expect(await currentMatchText(page)).toBe('Soleimani');
});

test('theme and font size change the page and persist across a reload', async ({ page }) => {
  await openArticleFromLibrary(page);
  const article = page.locator('article');
  const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const articleFontSize = () => article.evaluate((el) => getComputedStyle(el).fontSize);

  const lightBackground = await bodyBackground();
  await openDisplay(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect.poll(bodyBackground).toBe('rgb(22, 23, 26)');
  expect(lightBackground).not.toBe('rgb(22, 23, 26)');

  expect(await articleFontSize()).toBe('18px');
  await page.getByRole('button', { name: 'Increase font size' }).click();
  await page.getByRole('button', { name: 'Increase font size' }).click();
  await expect.poll(articleFontSize).toBe('22px');
  await page.getByRole('button', { name: 'Decrease font size' }).click();
  await expect.poll(articleFontSize).toBe('20px');

  await page.reload();
  await expectArticleShown(page);
  await expect.poll(articleFontSize).toBe('20px');
  await expect.poll(bodyBackground).toBe('rgb(22, 23, 26)');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size').trim())).toBe('20px');
  await openDisplay(page);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  await page.getByLabel('Theme').selectOption('light');
  await expect.poll(bodyBackground).toBe(lightBackground);
});

test('the reading position is saved and restored across a reload', async ({ page }) => {
  await openArticleFromLibrary(page);
  const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(scrollable).toBeGreaterThan(500);
  const target = Math.round(scrollable * 0.6);
  await page.evaluate((y) => window.scrollTo(0, y), target);
  // Let the throttled save land in IndexedDB.
  await page.waitForTimeout(1000);

  await page.reload();
  await expectArticleShown(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(target - 30);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - target)).toBeLessThanOrEqual(30);

  // Opening the same article afresh from the library also returns to that place.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  await page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(target - 30);
});

test('keyboard: the library opens by keyboard, the skip link reaches the article, Escape goes back', async ({ page }) => {
  await openLibrary(page);
  const link = page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE });
  await link.focus();
  // Focus is visible: an outline is drawn on the focused link.
  expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expectArticleShown(page);

  // The skip link is the first stop in the tab order, just before the app title.
  await page.getByRole('link', { name: 'Gloss', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to article' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('main article')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
  // Back is the browser's own history step to the library's entry: "/" as first opened, or "#/".
  expect(['', '#/']).toContain(new URL(page.url()).hash);
});
