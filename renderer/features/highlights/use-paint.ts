import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { clearAllPaint, paintColors, paintFocus, type PaintSpan } from './paint-layer';
import { createRangeMapper } from '../../dom/offsets';

/**
 * Keeps the article painted: maps every placed highlight to a DOM Range (once per change of the
 * highlights or of the article's DOM) and registers them with CSS.highlights. Returns the Ranges by
 * highlight id, for scrolling to one and placing its popover.
 */
export function usePaint(root: Element | null, spans: readonly PaintSpan[], focusId: string | null): ReadonlyMap<string, Range> {
  const domVersion = useDomVersion(root);
  const ranges = useMemo(() => {
    const map = new Map<string, Range>();
    if (!root || domVersion < 0) return map;
    const mapper = createRangeMapper(root);
    for (const span of spans) {
      const range = mapper(span.start, span.end);
      if (range) map.set(span.id, range);
    }
    return map;
  }, [root, spans, domVersion]);

  useLayoutEffect(() => {
    paintColors(spans, ranges);
  }, [spans, ranges]);

  useLayoutEffect(() => {
    paintFocus(focusId === null ? null : (ranges.get(focusId) ?? null));
  }, [focusId, ranges]);

  useEffect(() => clearAllPaint, []);
  return ranges;
}

/**
 * Bumps when the article's text nodes change under us (a re-render that replaced them), so the
 * Ranges are rebuilt. Painting itself never touches the DOM, so this cannot loop.
 */
function useDomVersion(root: Element | null): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          setVersion((v) => v + 1);
        });
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [root]);
  return version;
}
