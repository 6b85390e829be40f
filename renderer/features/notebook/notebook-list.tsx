import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { matchesCommand } from '../../core/keymap';
import { MAIN_ID } from '../../core/landmarks';
import { recallChoice, rememberChoice } from '../../core/view-choices';
import { NotebookEntry, type EditState } from './notebook-entry';
import type { NotebookRow } from './notebook-order';

export interface NotebookListProps {
  rows: readonly NotebookRow[];
  selected: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  editing: ReadonlyMap<string, EditState>;
  onEdit: (rowKey: string, state: EditState) => void;
}

/** Rows drawn beyond the window each way: enough that Tab always finds the next card already there. */
const OVERSCAN = 6;


/** The row whose passage was opened last: Back from the article focuses it again (it may be far down, not mounted). */
const OPENED_ROW = 'notebook.openedRow';

/** Where the sticky header ends: scrolling a card "into view" must not leave it under the header. */
function scrollPaddingTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

/**
 * The Notebook's entries, virtualised against the window's scroll (TanStack Virtual): with 5,000
 * notes only the cards in and near the window exist, so the DOM stays small. It stays a real list:
 * one <ul> whose <li> children are the cards, each with its position (aria-posinset/setsize) since
 * most of the list is not in the DOM, and a group's heading inside its first card.
 *
 * Focus is never pulled out from under the reader: the card holding focus stays mounted (the range
 * extractor always includes it) however far the page scrolls. ArrowUp/ArrowDown, Home and End
 * (keymap: notebook.step) move to another card, scrolling it in and mounting it first when needed, and
 * keep the same kind of control (the box, the link or the edit button).
 */
export function NotebookList({ rows, selected, onToggle, editing, onEdit }: NotebookListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const focusedKey = useRef<string | null>(null);
  const pendingFocus = useRef<{ key: string; nav: string } | null>(null);
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);

  // The list's distance from the top of the page: the filters above it wrap and grow.
  useLayoutEffect(() => {
    const measure = () => {
      const el = list.current;
      if (!el) return;
      const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((prev) => (prev === top ? prev : top));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const key = focusedKey.current;
      const at = key === null ? undefined : indexOf.get(key);
      if (at === undefined || indexes.includes(at)) return indexes;
      return [...indexes, at].sort((a, b) => a - b);
    },
    [indexOf],
  );

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.startsGroup ? 170 : 120),
    overscan: OVERSCAN,
    scrollMargin,
    scrollPaddingStart: scrollPaddingTop(),
    getItemKey: (i) => rows[i]?.key ?? i,
    rangeExtractor,
  });

  const rowElement = (key: string) => list.current?.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"]`) ?? null;
  const focusIn = (key: string, nav: string): boolean => {
    const li = rowElement(key);
    if (!li) return false;
    (li.querySelector<HTMLElement>(`[data-nav="${nav}"]`) ?? li.querySelector<HTMLElement>('[data-nav="link"]'))?.focus();
    return true;
  };

  // A card asked for by the arrow keys that was not mounted yet: focus it once it is.
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (want && focusIn(want.key, want.nav)) pendingFocus.current = null;
  });

  // Back from an article opened here: that card again, scrolled in and focused, unless the reader
  // has already put focus somewhere (the app puts it on <main> while the list is still loading).
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || rows.length === 0) return;
    restored.current = true;
    const key = recallChoice<string | null>(OPENED_ROW, null);
    rememberChoice(OPENED_ROW, null);
    const at = key === null ? undefined : indexOf.get(key);
    const active = document.activeElement;
    if (key === null || at === undefined || !(active === null || active === document.body || active.id === MAIN_ID)) return;
    pendingFocus.current = { key, nav: 'link' };
    virtualizer.scrollToIndex(at, { align: 'center' });
    if (focusIn(key, 'link')) pendingFocus.current = null;
  });

  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const key = e.target.closest('li[data-key]')?.getAttribute('data-key');
    if (key) focusedKey.current = key;
  };
  const onBlur = (e: FocusEvent<HTMLUListElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) focusedKey.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.defaultPrevented) return;
    const nav = e.target instanceof HTMLElement ? e.target.getAttribute('data-nav') : null;
    if (nav === null) return; // typing in a card's editor, or a link inside a note: not ours
    const key = (e.target as HTMLElement).closest('li[data-key]')?.getAttribute('data-key');
    const from = key ? indexOf.get(key) : undefined;
    if (!matchesCommand('notebook.step', e, false) || from === undefined) return;
    const last = rows.length - 1;
    const to = e.key === 'ArrowDown' ? Math.min(from + 1, last) : e.key === 'ArrowUp' ? Math.max(from - 1, 0) : e.key === 'Home' ? 0 : last;
    e.preventDefault();
    const target = rows[to];
    if (!target || to === from) return;
    if (focusIn(target.key, nav)) return;
    pendingFocus.current = { key: target.key, nav };
    virtualizer.scrollToIndex(to, { align: to > from ? 'end' : 'start' });
  };

  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={list}
      className="notebook-list"
      aria-label="Notebook entries"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      onClick={(e) => {
        const link = e.target instanceof Element ? e.target.closest('a[data-nav="link"]') : null;
        const key = link?.closest('li[data-key]')?.getAttribute('data-key');
        if (key) rememberChoice(OPENED_ROW, key);
      }}
    >
      {items.map((v) => {
        const row = rows[v.index];
        if (!row) return null;
        const group = row.startsGroup;
        return (
          <li
            key={v.key}
            ref={virtualizer.measureElement}
            data-index={v.index}
            data-key={row.key}
            className="notebook-row"
            aria-posinset={v.index + 1}
            aria-setsize={rows.length}
            style={{ transform: `translateY(${v.start - scrollMargin}px)` }}
          >
            {group && (
              <h2 className="notebook-group-heading" dir="auto">
                {group.kind === 'tag' && <span className="visually-hidden">Tag: </span>}
                <span className={group.kind === 'untagged' ? 'notebook-group-untagged' : undefined}>{group.label}</span>{' '}
                <span className="notebook-group-count">
                  ({group.count} {group.count === 1 ? 'item' : 'items'})
                </span>
              </h2>
            )}
            <NotebookEntry
              item={row.item}
              rowKey={row.key}
              selected={selected.has(row.item.key)}
              onToggle={onToggle}
              editing={editing.get(row.key) ?? null}
              onEdit={onEdit}
              showTitle={row.group?.kind !== 'article'}
            />
          </li>
        );
      })}
    </ul>
  );
}
