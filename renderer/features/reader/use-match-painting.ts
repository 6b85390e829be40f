import { useEffect, type RefObject } from 'react';
import { createRangeMapper } from '../../dom/offsets';
import { clearHighlight, paintHighlight } from '../../dom/paint-highlights';
import { scrollRangeIntoView } from '../../dom/scroll-range';
import type { TextRange } from '../../../shared/model';

export const SEARCH_HIGHLIGHT = 'gloss-search';
export const CURRENT_HIGHLIGHT = 'gloss-search-current';

/** Paints every match and the current one over the article body, and scrolls the current one into view. */
export function useMatchPainting(body: RefObject<HTMLElement | null>, matches: readonly TextRange[], current: number): void {
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const toRange = createRangeMapper(root);
    const ranges = matches.map((m) => toRange(m.start, m.end)).filter((r): r is Range => r !== null);
    paintHighlight(SEARCH_HIGHLIGHT, ranges);
    return () => clearHighlight(SEARCH_HIGHLIGHT);
  }, [body, matches]);

  useEffect(() => {
    const root = body.current;
    const match = matches[current];
    if (!root || !match) return;
    const range = createRangeMapper(root)(match.start, match.end);
    if (!range) return;
    paintHighlight(CURRENT_HIGHLIGHT, [range], 1);
    scrollRangeIntoView(range);
    return () => clearHighlight(CURRENT_HIGHLIGHT);
  }, [body, matches, current]);
}
