/**
 * The reader's annotation layer for one article, as React sees it: the provider makes the article's
 * annotation store (annotation-store.ts) and connects it to the database, the painter and the DOM
 * (painting, clicks on painted text, the highlight keys, arriving at a linked highlight), and hands
 * views one stable controller. Views read the store's state through useAnnotationState(selector),
 * so each re-renders only when the part it reads changes. It renders no views itself: the reader
 * mounts the toolbar, the editor and the sidebar where its layout wants them.
 */
import { createContext, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Article, HighlightColor } from '../../../shared/model';
import { FLASH_HIGHLIGHT_NAME, FOCUS_HIGHLIGHT_NAME } from '../../core/paint-layers';
import { usePainter, type Painter } from '../../core/painter';
import { usePlatform } from '../../core/platform-context';
import { Toasts, useToasts } from '../../core/toasts';
import { useCommands } from '../../core/use-command';
import { useDb } from '../../db';
import { scrollRangeIntoView } from '../../dom/scroll-range';
import { createAnnotationStore, type AnnotationState, type AnnotationStore, type SelectOptions } from './annotation-store';
import { colorHighlightName } from './colors';
import { charOffsetAtPoint, selectionSpan } from './dom-offsets';
import { nextAtPoint, spansAt } from './hit-test';
import { useArticleSelection, type ArticleSelection } from './use-article-selection';
import './highlights.css';

export type { SelectOptions };

/** What every view of the layer gets: the same object for the whole time the article is open. */
export interface AnnotationsController {
  store: AnnotationStore;
  painter: Painter | null;
  /** Selects (or, with null, deselects) a highlight, scrolling to it or flashing it when asked. */
  select(id: string | null, options?: SelectOptions): void;
  /** Highlights the reader's selection (clearing it); with a note, opens the editor on the new one. */
  highlightSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
}

const ControllerContext = createContext<AnnotationsController | null>(null);
// The reader's text selection changes with every drag and scroll: its own context, read by the two
// views that need it (the toolbar, the Unplaced items), so nothing else re-renders with it.
const ArticleSelectionContext = createContext<ArticleSelection | null>(null);

export function useAnnotationsController(): AnnotationsController {
  const value = use(ControllerContext);
  if (!value) throw new Error('useAnnotationsController() needs an <AnnotationsProvider> above it (the reader mounts one).');
  return value;
}

/** A part of the article's annotation state; re-renders only when that part changes (compared with ===). */
export function useAnnotationState<T>(selector: (state: AnnotationState) => T): T {
  const { store } = useAnnotationsController();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useArticleSelectionState(): ArticleSelection | null {
  return use(ArticleSelectionContext);
}

const FLASH_MS = 1600;

export interface AnnotationsProviderProps {
  article: Article;
  /** The element holding the article's [data-block-start] blocks; null until it is mounted. */
  root: HTMLElement | null;
  /** A highlight to scroll to and flash once it is placed (from #/article/<id>?highlight=<hid>). */
  revealHighlightId?: string | null;
  children?: ReactNode;
}

export function AnnotationsProvider({ article, root, revealHighlightId = null, children }: AnnotationsProviderProps) {
  const db = useDb();
  const platform = usePlatform();
  const { toasts, notify, dismiss, hold } = useToasts();
  const [store] = useState(() => createAnnotationStore({ article, db, platform, notify }));
  useEffect(() => store.connect(), [store]);
  const painter = usePainter(root);
  const articleSelection = useArticleSelection(root);

  // Paint: the colours layer when the spans change, the focus ring when the selection does. A note
  // saved changes neither, so it paints nothing.
  useEffect(() => {
    if (!painter) return;
    let spans: AnnotationState['spans'] | null = null;
    let focus: string | null | undefined;
    const paint = () => {
      const s = store.getState();
      if (s.spans !== spans) {
        spans = s.spans;
        painter.paint('highlights', s.spans.map((h) => ({ id: h.id, start: h.start, end: h.end, name: colorHighlightName(h.color) })));
        focus = undefined;
      }
      if (s.selectedId !== focus) {
        focus = s.selectedId;
        const span = focus === null ? undefined : s.spans.find((h) => h.id === focus);
        painter.paint('focus', span ? [{ id: span.id, start: span.start, end: span.end, name: FOCUS_HIGHLIGHT_NAME }] : []);
      }
    };
    paint();
    return store.subscribe(paint);
  }, [store, painter]);

  const flashTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (flashTimer.current !== null) clearTimeout(flashTimer.current);
    },
    [],
  );

  const controller = useMemo<AnnotationsController>(() => {
    const select = (id: string | null, options: SelectOptions = {}) => {
      store.select(id, options);
      if (id === null || !painter) return;
      const range = painter.rangeOf('highlights', id);
      if (!range) return;
      if (options.scroll) scrollRangeIntoView(range);
      if (options.flash) {
        const span = store.getState().spans.find((h) => h.id === id);
        if (span) painter.paint('flash', [{ id, start: span.start, end: span.end, name: FLASH_HIGHLIGHT_NAME }]);
        if (flashTimer.current !== null) clearTimeout(flashTimer.current);
        flashTimer.current = setTimeout(() => painter.clear('flash'), FLASH_MS);
      }
    };
    return {
      store,
      painter,
      select,
      async highlightSelection(color, withNote = false) {
        if (!root) return;
        const found = selectionSpan(root);
        if (!found) return;
        const id = await store.create(found.span, color);
        if (id === null) return;
        root.ownerDocument.getSelection()?.removeAllRanges();
        store.select(id, withNote ? { edit: true, focusNote: true } : {});
      },
    };
  }, [store, painter, root]);

  // A click on painted text selects the innermost highlight there; clicking again cycles outward.
  useEffect(() => {
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const selection = root.ownerDocument.getSelection();
      if (selection && !selection.isCollapsed) return; // the end of a drag, not a click on a highlight
      const { spans, selectedId } = store.getState();
      const offset = charOffsetAtPoint(root, event.clientX, event.clientY);
      const hits = offset === null ? [] : spansAt(spans, offset);
      const hit = nextAtPoint(hits, selectedId);
      if (hit) controller.select(hit.id, { edit: true });
      else if (selectedId !== null) controller.select(null);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [root, store, controller]);

  useCommands(
    {
      // Escape first drops a selection in the article (and its toolbar); only a second one leaves the
      // reader (the keymap asks selection.clear before reader.back).
      'selection.clear': () => {
        if (!root || !selectionSpan(root)) return false;
        root.ownerDocument.getSelection()?.removeAllRanges();
        return true;
      },
      'highlight.create': () => {
        if (!root || !selectionSpan(root)) return false;
        void controller.highlightSelection();
        return true;
      },
    },
    root !== null,
  );

  // Arriving with ?highlight=<id>: reveal it once, when it has been painted (or say why not).
  const loaded = useSyncExternalStore(store.subscribe, () => store.getState().loaded);
  const paintVersion = useSyncExternalStore(painter ? painter.subscribe : noSubscribe, () => painter?.version() ?? -1);
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!revealHighlightId || revealed.current === revealHighlightId || !loaded || !painter) return;
    const { spans, items, unplaced } = store.getState();
    if (painter.rangeOf('highlights', revealHighlightId)) {
      revealed.current = revealHighlightId;
      // After this frame's layout, so the scroll lands on the final position of the text.
      const frame = requestAnimationFrame(() => controller.select(revealHighlightId, { scroll: true, flash: true }));
      return () => cancelAnimationFrame(frame);
    }
    const known = items.has(revealHighlightId) || unplaced.some((u) => u.highlight.id === revealHighlightId);
    // Every span painted (the text is rendered) and still no range: it is not on the text.
    const painted = spans.every((s) => painter.rangeOf('highlights', s.id) !== null);
    if (painted) {
      revealed.current = revealHighlightId;
      notify({
        kind: 'error',
        message: known
          ? 'That highlight could not be placed on the current text: find it under "Unplaced" in the sidebar.'
          : 'That highlight no longer exists.',
      });
    }
  }, [revealHighlightId, loaded, painter, paintVersion, store, controller, notify]);

  return (
    <ControllerContext value={controller}>
      <ArticleSelectionContext value={articleSelection}>
        {children}
        <Toasts toasts={toasts} dismiss={dismiss} hold={hold} />
      </ArticleSelectionContext>
    </ControllerContext>
  );
}

const noSubscribe = () => () => {};
