import { useEffect, useState } from 'react';
import type { TextRange } from '../../../shared/model';
import { selectionSpan } from './dom-offsets';

export interface ArticleSelection {
  span: TextRange;
  /** Viewport rectangle of the selection, for placing the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
}

function same(a: ArticleSelection | null, b: ArticleSelection | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.span.start === b.span.start && a.span.end === b.span.end &&
    a.rect.top === b.rect.top && a.rect.left === b.rect.left && a.rect.bottom === b.rect.bottom && a.rect.right === b.rect.right
  );
}

/**
 * The reader's current text selection inside the article, as offsets and a viewport rectangle,
 * updated once per frame on selection changes, scrolls and resizes (null when there is none).
 */
export function useArticleSelection(root: Element | null): ArticleSelection | null {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);

  useEffect(() => {
    if (!root) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const found = selectionSpan(root);
      let next: ArticleSelection | null = null;
      if (found) {
        const r = found.range.getBoundingClientRect();
        next = { span: found.span, rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right } };
      }
      setSelection((prev) => (same(prev, next) ? prev : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    const doc = root.ownerDocument;
    doc.addEventListener('selectionchange', schedule);
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      doc.removeEventListener('selectionchange', schedule);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      setSelection(null);
    };
  }, [root]);

  return selection;
}
