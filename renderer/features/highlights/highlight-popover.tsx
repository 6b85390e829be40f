import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { noteOwnerKey, type HighlightColor } from '../../../shared/model';
import { MAIN_ID } from '../../core/landmarks';
import { NoteEditor, TagsInput } from '../notes';
import { usePaintedRange } from '../../core/painter';
import { useAnnotationState, useAnnotationsController } from './annotations-context';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from './colors';
import { placeEditor, type EditorPlacement } from './floating-position';
import { NoteSaveGate } from './note-save-gate';

/**
 * The editor of one highlight, floating beside it: colour, note (Markdown, autosaved), tags, delete.
 * Non-modal: the article stays readable and scrollable; Escape or Close puts it away.
 */
export function HighlightPopover() {
  const { store, painter, select } = useAnnotationsController();
  const editing = useAnnotationState((s) => s.editing);
  const item = useAnnotationState((s) => (s.editing ? s.items.get(s.editing.id) : undefined));
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<EditorPlacement | null>(null);
  const id = item?.highlight.id ?? null;
  const range = usePaintedRange(painter, 'highlights', id);
  const closeEditor = store.closeEditor;
  const actions = store;
  const [noteSaves] = useState(() => new NoteSaveGate());
  useEffect(() => {
    if (id) noteSaves.reopen(id);
  }, [id, noteSaves]);

  useLayoutEffect(() => {
    if (!id || !range) return;
    const reposition = () => {
      const el = ref.current;
      if (!el) return;
      const r = range.getBoundingClientRect();
      // Toasts float over the bottom of the window: the popover keeps its controls above them.
      const toasts = document.querySelector('.hl-toasts')?.getBoundingClientRect();
      const height = toasts && toasts.height > 0 ? Math.min(window.innerHeight, toasts.top) : window.innerHeight;
      const viewport = { width: window.innerWidth, height };
      // Its whole height (scrollHeight ignores a cap set last time), up to the stylesheet's own cap.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const whole = Math.min(el.scrollHeight + (el.offsetHeight - el.clientHeight), POPOVER_MAX_REM * rem);
      const next = placeEditor(r, { width: el.offsetWidth, height: whole }, viewport, lineHeightAt(range));
      setPos((p) => (p && p.top === next.top && p.left === next.left && p.maxHeight === next.maxHeight ? p : next));
    };
    // Measuring needs the rendered popover; the position is set after layout, before paint.
    reposition();
    window.addEventListener('scroll', reposition, { capture: true, passive: true });
    window.addEventListener('resize', reposition);
    // The popover grows after it is placed (a save error, a conflict's two versions): place it again
    // so its end, and the Delete button, stay on screen.
    const grown = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reposition);
    if (ref.current) grown?.observe(ref.current);
    const toastRegion = document.querySelector('.hl-toasts');
    if (toastRegion) grown?.observe(toastRegion);
    return () => {
      window.removeEventListener('scroll', reposition, { capture: true });
      window.removeEventListener('resize', reposition);
      grown?.disconnect();
    };
  }, [id, range]);

  // Focus moves into the editor when it opens (to the note when asked) and back where it was after.
  const focusNote = editing?.focusNote ?? false;
  useEffect(() => {
    if (!id) return;
    const box = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = focusNote ? box?.querySelector('textarea') : box;
    target?.focus({ preventScroll: true });
    return () => {
      if (!box?.contains(document.activeElement) && document.activeElement !== document.body) return;
      // Back where it was; if that is gone (the painted text was re-rendered), to the reader's main region.
      const back = before?.isConnected && !box?.contains(before) ? before : document.getElementById(MAIN_ID);
      back?.focus({ preventScroll: true });
    };
  }, [id, focusNote]);

  if (!item || !editing) return null;
  const h = item.highlight;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      closeEditor();
    }
  };
  const setColor = (color: HighlightColor) => void actions.setColor(h.id, color);
  const remove = async () => {
    // Typed words not yet saved are saved first (the editor saves on blur; a click on a button that
    // does not take focus leaves the textarea focused), so the delete, and its Undo, hold the latest text.
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement && ref.current?.contains(active)) active.blur();
    const saved = noteSaves.closeForDelete(h.id);
    select(null);
    await saved;
    await actions.remove(h.id);
  };
  const onColorKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = COLOR_KEYS[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const at = HIGHLIGHT_COLORS.indexOf(h.color);
    const color = HIGHLIGHT_COLORS[(at + step + HIGHLIGHT_COLORS.length) % HIGHLIGHT_COLORS.length]!;
    e.currentTarget.querySelector<HTMLElement>(`[data-color="${color}"]`)?.focus();
    setColor(color);
  };

  return createPortal(
    <div
      ref={ref}
      className="hl-popover"
      role="dialog"
      aria-label="Edit highlight"
      tabIndex={-1}
      // Until measured it is transparent, not visibility:hidden: a hidden element cannot take focus.
      style={pos ? { top: pos.top, left: pos.left, ...(pos.maxHeight !== null && { maxHeight: pos.maxHeight }) } : { opacity: 0, top: 0, left: 0 }}
      onKeyDown={onKeyDown}
    >
      <div className="hl-popover-head">
        <blockquote className="hl-popover-quote">{excerpt(h.quote.exact)}</blockquote>
        {/* Keeps focus where it is on a mouse press: blurring the tags field would commit its typed tag
            and re-place the popover under the pointer before the click lands. Closing commits it anyway. */}
        <button type="button" className="hl-popover-close" aria-label="Close" onMouseDown={(e) => e.preventDefault()} onClick={closeEditor}>
          ×
        </button>
      </div>
      {/* A radio group as ARIA describes it: one Tab stop (the checked colour), arrows move and choose. */}
      <div className="hl-popover-colors" role="radiogroup" aria-label="Colour" onKeyDown={onColorKey}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={h.color === color}
            aria-label={COLOR_LABELS[color]}
            tabIndex={h.color === color ? 0 : -1}
            data-color={color}
            className={`hl-color-button hl-swatch-${color}`}
            onClick={() => setColor(color)}
          />
        ))}
      </div>
      <NoteEditor
        key={h.id}
        label="Note"
        draftKey={noteOwnerKey({ articleId: h.articleId, highlightId: h.id })}
        note={item.note}
        onSave={(body, base) => noteSaves.save(h.id, () => actions.saveNote(h.id, body, base))}
      />
      <TagsInput label="Tags" tags={h.tags} onChange={(tags) => void actions.setTags(h.id, tags)} />
      <div className="hl-popover-actions">
        <button
          type="button"
          className="danger"
          onClick={() => void remove()}
        >
          Delete highlight
        </button>
      </div>
    </div>,
    document.body,
  );
}

// The same cap as .hl-popover's max-height in highlights.css.
const POPOVER_MAX_REM = 34;

/** One line of the passage's text, in px: the strip above the passage the editor keeps clear. */
function lineHeightAt(range: Range): number {
  const node = range.startContainer;
  const el = node instanceof Element ? node : node.parentElement;
  const line = el ? parseFloat(getComputedStyle(el).lineHeight) : Number.NaN;
  return Number.isFinite(line) ? line : (range.getClientRects()[0]?.height ?? 0);
}

const COLOR_KEYS: Partial<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function excerpt(quote: string, max = 180): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
