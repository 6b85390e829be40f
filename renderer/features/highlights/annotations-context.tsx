/**
 * The reader's annotation layer for one article: loads its highlights and notes, places them on the
 * current text, paints them, follows the reader's selection, answers clicks and the shortcut, and
 * shares all that with the toolbar, the popover and the sidebar through context.
 */
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { articleText, type Article, type HighlightColor } from '../../../shared/model';
import { scrollRangeIntoView } from '../../dom/scroll-range';
import { Toasts, useToasts, type Notify } from '../../core/toasts';
import { useCommands } from '../../core/use-command';
import { useHighlights, useNotes } from '../../db';
import { charOffsetAtPoint, selectionSpan } from './dom-offsets';
import { nextAtPoint, spansAt } from './hit-test';
import { paintFlash, type PaintSpan } from './paint-layer';
import { placeHighlights, type Placement } from './place-highlights';
import { useAnnotationActions, type AnnotationActions } from './use-annotation-actions';
import { useArticleSelection, type ArticleSelection } from './use-article-selection';
import { usePaint } from './use-paint';
import './highlights.css';

export interface SelectOptions {
  /** Scroll the highlight into view. */
  scroll?: boolean;
  /** Open its editor (popover). */
  edit?: boolean;
  /** Put the caret in the note field when the editor opens. */
  focusNote?: boolean;
  /** Flash it briefly (arriving from the Notebook or a link). */
  flash?: boolean;
}

export interface AnnotationsValue {
  article: Article;
  text: string;
  /** undefined while the highlights are loading. */
  placement: Placement | undefined;
  selectedId: string | null;
  editing: { id: string; focusNote: boolean } | null;
  articleSelection: ArticleSelection | null;
  lastColor: HighlightColor;
  ranges: ReadonlyMap<string, Range>;
  select(id: string | null, options?: SelectOptions): void;
  closeEditor(): void;
  /** Highlights the current selection (clearing it); with a note, opens the editor on the new one. */
  highlightSelection(color?: HighlightColor, withNote?: boolean): Promise<void>;
  actions: AnnotationActions;
  notify: Notify;
}

const AnnotationsContext = createContext<AnnotationsValue | null>(null);

export function useAnnotations(): AnnotationsValue {
  const value = use(AnnotationsContext);
  if (!value) throw new Error('useAnnotations() needs an <AnnotationsProvider> above it (the reader mounts one).');
  return value;
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
  const text = useMemo(() => articleText(article), [article]);
  const highlights = useHighlights(article.id);
  const notes = useNotes(article.id);
  const placement = useMemo(
    () => (highlights && notes ? placeHighlights(text, article.contentHash, highlights, notes) : undefined),
    [text, article.contentHash, highlights, notes],
  );
  const spans = useMemo<PaintSpan[]>(
    () => (placement?.placed ?? []).map((p) => ({ id: p.highlight.id, color: p.highlight.color, start: p.start, end: p.end })),
    [placement],
  );

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; focusNote: boolean } | null>(null);
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow');
  const ranges = usePaint(root, spans, selectedId);
  const articleSelection = useArticleSelection(root);
  const { toasts, notify, dismiss, hold } = useToasts();
  const actions = useAnnotationActions(article, text, notify);

  const flashTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (flashTimer.current !== null) clearTimeout(flashTimer.current);
    },
    [],
  );

  const select = useCallback(
    (id: string | null, options: SelectOptions = {}) => {
      setSelectedId(id);
      if (id === null) {
        setEditing(null);
        return;
      }
      if (options.edit) setEditing({ id, focusNote: options.focusNote ?? false });
      const range = ranges.get(id);
      if (!range) return;
      if (options.scroll) scrollRangeIntoView(range);
      if (options.flash) {
        paintFlash(range);
        if (flashTimer.current !== null) clearTimeout(flashTimer.current);
        flashTimer.current = setTimeout(() => paintFlash(null), FLASH_MS);
      }
    },
    [ranges],
  );

  const closeEditor = useCallback(() => setEditing(null), []);

  const highlightSelection = useCallback(
    async (color: HighlightColor = lastColor, withNote = false) => {
      if (!root) return;
      const found = selectionSpan(root);
      if (!found) return;
      setLastColor(color);
      const id = await actions.create(found.span, color);
      if (id === null) return;
      root.ownerDocument.getSelection()?.removeAllRanges();
      setSelectedId(id);
      if (withNote) setEditing({ id, focusNote: true });
    },
    [root, lastColor, actions],
  );

  // A click on painted text selects the innermost highlight there; clicking again cycles outward.
  useEffect(() => {
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const selection = root.ownerDocument.getSelection();
      if (selection && !selection.isCollapsed) return; // the end of a drag, not a click on a highlight
      const offset = charOffsetAtPoint(root, event.clientX, event.clientY);
      const hits = offset === null ? [] : spansAt(spans, offset);
      const hit = nextAtPoint(hits, selectedId);
      if (hit) select(hit.id, { edit: true });
      else if (selectedId !== null) select(null);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [root, spans, selectedId, select]);

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
        void highlightSelection();
        return true;
      },
    },
    root !== null,
  );

  // Arriving with ?highlight=<id>: reveal it once, when it has been painted (or say why not).
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!revealHighlightId || revealed.current === revealHighlightId || !placement) return;
    if (ranges.has(revealHighlightId)) {
      revealed.current = revealHighlightId;
      // After this frame's layout, so the scroll lands on the final position of the text.
      const frame = requestAnimationFrame(() => select(revealHighlightId, { scroll: true, flash: true }));
      return () => cancelAnimationFrame(frame);
    }
    const known = [...placement.placed, ...placement.unplaced].some((p) => p.highlight.id === revealHighlightId);
    if (spans.length === ranges.size) {
      revealed.current = revealHighlightId;
      notify({
        kind: 'error',
        message: known
          ? 'That highlight could not be placed on the current text: find it under "Unplaced" in the sidebar.'
          : 'That highlight no longer exists.',
      });
    }
  }, [revealHighlightId, placement, ranges, spans, select, notify]);

  const value = useMemo<AnnotationsValue>(
    () => ({
      article,
      text,
      placement,
      selectedId,
      editing,
      articleSelection,
      lastColor,
      ranges,
      select,
      closeEditor,
      highlightSelection,
      actions,
      notify,
    }),
    [article, text, placement, selectedId, editing, articleSelection, lastColor, ranges, select, closeEditor, highlightSelection, actions, notify],
  );

  return (
    <AnnotationsContext value={value}>
      {children}
      <Toasts toasts={toasts} dismiss={dismiss} hold={hold} />
    </AnnotationsContext>
  );
}
