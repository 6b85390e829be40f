/**
 * A long list that keeps only what is on screen (plus a margin) in the DOM: the library at 10,000
 * articles was 70,000 elements, each keystroke and each Back re-rendering all of them. It stays a real
 * <ul>/<ol> of <li> (with aria-setsize/posinset, so a screen reader still says "3 of 9,998"), the
 * page keeps scrolling as a whole (the window is the scroller, so scroll memory and Back work as
 * before), and @tanstack/react-virtual measures each row's real height.
 *
 * Keyboard order stays the document's: the row with focus, the first and the last row are always
 * rendered, so Tab from the controls above reaches the first row, Shift+Tab from below the last, a
 * focused row never vanishes under a scroll, and Tab from a row always finds the next (the margin
 * below the screen holds it; the browser scrolls to it and the next ones are rendered). `keepKey`
 * names one more row to keep rendered: the article opened from this page, so Back can focus its link.
 */
import { defaultRangeExtractor, useWindowVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** A typical row's height in px, until it is measured. */
  estimateSize: number;
  as: 'ul' | 'ol';
  label: string;
  className?: string;
  /** The row's content (the <li> is the list's). */
  renderItem: (item: T, index: number) => ReactNode;
  /** Rows measured on an earlier visit are remembered under this key (the page's hash), so Back lands where it left. */
  memoryKey: string;
  keepKey?: string | null;
}

/** Row heights measured per page and where it was scrolled, for the same page's next visit (in memory, as view-memory.ts). */
const visits = new Map<string, { rows: VirtualItem[]; scrollY: number }>();

// Rows past the screen on each side: enough that Tab and a fast wheel never meet a gap.
const OVERSCAN = 8;

export function VirtualList<T>({ items, itemKey, estimateSize, as: List, label, className, renderItem, memoryKey, keepKey = null }: Props<T>) {
  const listRef = useRef<HTMLUListElement & HTMLOListElement>(null);
  // Where the list starts in the page: the rows' offsets are the window's scroll less this.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => setMargin(list.getBoundingClientRect().top + window.scrollY);
    update();
    // What sits above the list can change height (the filters unfolding, a message).
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const [focused, setFocused] = useState<number | null>(null);
  const keepIndex = keepKey === null ? -1 : items.findIndex((item) => itemKey(item) === keepKey);
  const count = items.length;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = new Set(defaultRangeExtractor(range));
      for (const i of [0, count - 1, focused ?? -1, keepIndex]) if (i >= 0 && i < count) rows.add(i);
      return [...rows].sort((a, b) => a - b);
    },
    [count, focused, keepIndex],
  );

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey: (i) => itemKey(items[i]!),
    rangeExtractor,
    initialMeasurementsCache: visits.get(memoryKey)?.rows,
    // The window's size from the first render, so the first frame already has its rows (the
    // virtualizer would otherwise measure the window in an effect and render them one pass later).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const rows = virtualizer.getVirtualItems();
  // A layout effect's cleanup runs before the next page's layout effects: the window is still
  // scrolled where this list left it. (The virtualizer is one object for the list's life.)
  useLayoutEffect(() => () => void visits.set(memoryKey, { rows: virtualizer.takeSnapshot(), scrollY: window.scrollY }), [memoryKey, virtualizer]);

  // Back to this page: the same scroll (the rows' remembered heights put the same rows there), and
  // focus on the row it was left by when nothing else has it. Search results arrive after the page
  // does, too late for the app's own restore, so the list does it when it first appears.
  const restored = useRef(false);
  const hasRows = rows.length > 0;
  useLayoutEffect(() => {
    if (restored.current || !hasRows) return;
    restored.current = true;
    const visit = visits.get(memoryKey);
    if (visit && Math.abs(window.scrollY - visit.scrollY) > 1) window.scrollTo({ top: visit.scrollY, behavior: 'instant' });
    const active = document.activeElement;
    const idle = active === null || active === document.body || active?.tagName === 'MAIN';
    if (idle && keepIndex >= 0) listRef.current?.querySelector<HTMLElement>(`li[data-index="${keepIndex}"] a`)?.focus({ preventScroll: true });
  }, [memoryKey, keepIndex, hasRows]);

  const rowOf = (target: EventTarget | null) => {
    const row = target instanceof Element ? target.closest<HTMLElement>('li[data-index]') : null;
    return row ? Number(row.dataset['index']) : null;
  };

  return (
    <List
      ref={listRef}
      aria-label={label}
      className={className}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
      onFocus={(e) => setFocused(rowOf(e.target))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
      }}
    >
      {rows.map((row) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          aria-setsize={count}
          aria-posinset={row.index + 1}
          style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - margin}px)` }}
        >
          {renderItem(items[row.index]!, row.index)}
        </li>
      ))}
    </List>
  );
}
