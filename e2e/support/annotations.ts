/** The annotation UI by its accessible names, and making a highlight from the selection toolbar. */
import type { Page } from '@playwright/test';
import { selectPhrase } from './selection';

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection' });
export const popover = (page: Page) => page.getByRole('dialog', { name: 'Edit highlight' });
export const sidebarList = (page: Page) => page.getByRole('list', { name: 'Highlights', exact: true });

/** Selects a phrase (optionally on to the end of `endPhrase`) and highlights it from the selection toolbar. */
export async function highlightPhrase(page: Page, color: string, phrase: string, endPhrase?: string): Promise<void> {
  await selectPhrase(page, phrase, endPhrase);
  await toolbar(page).getByRole('button', { name: `Highlight ${color}` }).click();
}
