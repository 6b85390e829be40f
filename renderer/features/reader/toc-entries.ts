/** The article's table of contents (pure): one entry per section heading, at its block's offset. */
import type { TextBlock } from '../../../shared/model/article-text';

export interface TocEntry {
  /** The heading block's offset in articleText(): its element's data-block-start. */
  start: number;
  text: string;
}

export function tocEntries(blocks: readonly TextBlock[]): TocEntry[] {
  return blocks.filter((b) => b.kind === 'heading' && b.text.trim() !== '').map((b) => ({ start: b.start, text: b.text }));
}

/**
 * The entry being read: the last heading at or above `line` (px from the viewport's top), given each
 * heading's top in the same coordinates, in order; -1 before the first heading.
 */
export function currentEntry(headingTops: readonly number[], line: number): number {
  let current = -1;
  for (let i = 0; i < headingTops.length; i++) {
    if (headingTops[i]! <= line) current = i;
    else break;
  }
  return current;
}

/**
 * currentEntry without every heading's top: `topOf(i)` is asked only O(log n) times (a binary search;
 * tops grow in document order, and a heading not rendered yet is Infinity, after every rendered one).
 * On the longest article reading hundreds of heading tops on every frame the page grew was most of
 * the opening's main-thread time.
 */
export function currentEntryBy(count: number, topOf: (i: number) => number, line: number): number {
  let lo = 0;
  let hi = count; // the first entry below the line lies in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (topOf(mid) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A fraction of the article as the whole percentage the reader and the library both show. */
export function percentRead(fraction: number): number {
  return Number.isFinite(fraction) ? Math.round(Math.min(1, Math.max(0, fraction)) * 100) : 0;
}
