/**
 * Selecting article text as a reader would. The reader renders every block as an element with
 * data-block-start whose only child is its text node, so a phrase is found by searching those nodes.
 * The functions passed to page.evaluate() run in the page and must be self-contained.
 */
import type { Page } from '@playwright/test';

/** Selects the phrase (or from `phrase` to the end of `endPhrase`, across blocks) with a DOM selection. */
export async function selectPhrase(page: Page, phrase: string, endPhrase?: string): Promise<void> {
  await page.evaluate(
    ([start, end]) => {
      const blocks = Array.from(document.querySelectorAll('[data-block-start]'), (el) => el.firstChild as Text);
      const find = (p: string) => {
        for (const t of blocks) {
          const i = t.data.indexOf(p);
          if (i >= 0) return { t, i };
        }
        throw new Error(`not in the article: ${p}`);
      };
      const a = find(start!);
      const b = end ? find(end) : a;
      const endOffset = end ? b.i + end.length : a.i + start!.length;
      document.getSelection()!.setBaseAndExtent(a.t, a.i, b.t, endOffset);
    },
    [phrase, endPhrase ?? null] as const,
  );
}

/** The text of the document's selection now ('' when there is none). */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

interface Box {
  left: number;
  right: number;
  top: number;
  height: number;
}

/**
 * The viewport boxes of a phrase's first and last letters (within one block). With `scroll`, its
 * block is scrolled to the middle of the viewport first, so a mouse can reach it.
 */
function letterBoxes(page: Page, phrase: string, scroll: boolean): Promise<{ first: Box; last: Box }> {
  return page.evaluate(
    ([p, scrollFirst]) => {
      for (const el of Array.from(document.querySelectorAll('[data-block-start]'))) {
        const t = el.firstChild as Text;
        const i = t.data.indexOf(p);
        if (i < 0) continue;
        if (scrollFirst) el.scrollIntoView({ block: 'center' });
        const box = (at: number) => {
          const r = document.createRange();
          r.setStart(t, at);
          r.setEnd(t, at + 1);
          const { left, right, top, height } = r.getBoundingClientRect();
          return { left, right, top, height };
        };
        return { first: box(i), last: box(i + p.length - 1) };
      }
      throw new Error(`not in the article: ${p}`);
    },
    [phrase, scroll] as const,
  );
}

/** Viewport coordinates of the middle of the phrase's first letter. */
export async function pointOn(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  const { first } = await letterBoxes(page, phrase, false);
  return { x: first.left + (first.right - first.left) / 2, y: first.top + first.height / 2 };
}

/** A real mouse drag over a phrase within one block: from its first letter to just past its last. */
export async function dragOver(page: Page, phrase: string): Promise<void> {
  const { first, last } = await letterBoxes(page, phrase, true);
  await page.mouse.move(first.left + 1, first.top + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - 1, last.top + last.height / 2, { steps: 8 });
  await page.mouse.up();
}
