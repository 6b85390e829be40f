/**
 * The seed article the browser specs read (resources/corpus/000_8a7174939e31e350.txt), its facts,
 * and the navigation every spec starts with.
 */
import { expect, type Page } from '@playwright/test';

export const ARTICLE_ID = '000-8a7174939e31e350-8b244b8e';
export const TITLE = 'How Iran’s regime failed to derail Iraq’s nationwide protests';
export const SENTENCE =
  'Protesters in Najaf also set fire to the headquarters of Kata’ib Hezbollah, an Iran-backed militia group that has committed numerous crimes in Iraq.';
export const NEXT_SENTENCE = 'In Hellah and Nasiriya, the protesters blocked the main roads.';
/** The article's first two sentences: "U.S." inside the second must not end it. */
export const FIRST_SENTENCE = 'Iraq, January 21, 2020—Since January 19, demonstrations against the corrupt ruling system in Iraq have taken a new leap.';
export const SECOND_SENTENCE =
  'The Iraqi people, especially in the southern provinces of the country, are setting fire to the posters of Qassem Soleimani and Abu Mahdi al-Muhandis, the two terrorist masterminds who were killed in a U.S. drone strike on January 3.';

/** Waits until the reader shows the seed article (after a navigation or a reload). */
export async function expectArticleShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

/** Opens the seed article by its URL. */
export async function openArticle(page: Page): Promise<void> {
  await page.goto(`/#/article/${ARTICLE_ID}`);
  await expectArticleShown(page);
}

export async function openLibrary(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Library' })).toBeVisible();
}

export async function openArticleFromLibrary(page: Page): Promise<void> {
  await openLibrary(page);
  await page.getByRole('list', { name: 'Library' }).getByRole('link', { name: TITLE }).click();
  await expectArticleShown(page);
}

/** Collects Content Security Policy violations: the built app must run under the strict policy. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

/** Opens the reader's Display panel (theme, typeface, sizes), if it is not open already. */
export async function openDisplay(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Display', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByRole('group', { name: 'Reading settings' })).toBeVisible();
}
