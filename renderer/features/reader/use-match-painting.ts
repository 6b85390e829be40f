import { useEffect } from 'react';
import type { TextRange } from '../../../shared/model';
import { CURRENT_HIGHLIGHT, SEARCH_HIGHLIGHT, TITLE_SEARCH_HIGHLIGHT } from '../../core/paint-layers';
import type { Painter } from '../../core/painter';
import { scrollRangeIntoView } from '../../dom/scroll-range';

const CURRENT = 'current';

/**
 * Paints every match (the painter's search layer) and the current one (its current-match layer,
 * above the other matches, below highlight colours), and scrolls the current one into view.
 */
export function useMatchPainting(painter: Painter | null, matches: readonly TextRange[], current: number): void {
  useEffect(() => {
    if (!painter) return;
    painter.paint('search', matches.map((m, i) => ({ id: String(i), start: m.start, end: m.end, name: SEARCH_HIGHLIGHT })));
    return () => painter.clear('search');
  }, [painter, matches]);

  useEffect(() => {
    const match = matches[current];
    if (!painter || !match) return;
    painter.paint('current-match', [{ id: CURRENT, start: match.start, end: match.end, name: CURRENT_HIGHLIGHT }]);
    const range = painter.rangeOf('current-match', CURRENT);
    if (range) scrollRangeIntoView(range);
    return () => painter.clear('current-match');
  }, [painter, matches, current]);
}

/**
 * Paints the query's matches in the title, like the text's, on the title's own painter (the title is
 * not part of articleText, so its offsets are the title's). Not stepped through: n / N go through the text.
 */
export function useTitleMatchPainting(painter: Painter | null, matches: readonly TextRange[]): void {
  useEffect(() => {
    if (!painter) return;
    painter.paint('search', matches.map((m, i) => ({ id: String(i), start: m.start, end: m.end, name: TITLE_SEARCH_HIGHLIGHT })));
    return () => painter.clear('search');
  }, [painter, matches]);
}
