/**
 * What the CSS Custom Highlight registry paints. The reader never wraps text in elements (search
 * marks and highlights alike), so the painted Ranges are how a spec checks what a reader sees marked.
 */
import type { Page } from '@playwright/test';

/** The text of every Range painted under a CSS Custom Highlight name, in the order they were added. */
export function painted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => Array.from(CSS.highlights.get(n) ?? [], (r) => (r instanceof Range ? r.toString() : '')), name);
}

/** Whether the first Range painted under `name` lies wholly inside the viewport. */
export function paintedInView(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const range = Array.from(CSS.highlights.get(n) ?? [])[0];
    if (!(range instanceof Range)) return false;
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, name);
}
