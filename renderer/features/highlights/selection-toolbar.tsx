import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useAnnotationState, useAnnotationsController, useArticleSelectionState } from './annotations-context';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from './colors';
import { placeFloating } from './floating-position';
import { useToolbarTab } from './use-toolbar-tab';

// mousedown would move focus and collapse the reader's selection before the click could use it.
const keepSelection = (e: MouseEvent) => e.preventDefault();

/** The small toolbar over a text selection in the article: highlight (five colours), add note, copy quote. */
export function SelectionToolbar() {
  const { store, highlightSelection } = useAnnotationsController();
  const articleSelection = useArticleSelectionState();
  const lastColor = useAnnotationState((s) => s.lastColor);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  useToolbarTab(ref, articleSelection !== null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !articleSelection) return;
    const next = placeFloating(articleSelection.rect, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight });
    // Measuring needs the rendered toolbar, so the position is set after layout, before paint.
    setPos((p) => (p && p.top === next.top && p.left === next.left ? p : next));
  }, [articleSelection]);

  if (!articleSelection) return null;
  const span = articleSelection.span;
  return createPortal(
    <div
      ref={ref}
      className="hl-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden', top: 0, left: 0 }}
      onMouseDown={keepSelection}
    >
      <button type="button" className={`hl-toolbar-main hl-swatch-${lastColor}`} onClick={() => void highlightSelection()} title="Highlight (h)">
        Highlight
      </button>
      <span className="hl-toolbar-colors">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`hl-color-button hl-swatch-${color}`}
            aria-label={`Highlight ${color}`}
            title={`Highlight in ${COLOR_LABELS[color].toLowerCase()}`}
            onClick={() => void highlightSelection(color)}
          />
        ))}
      </span>
      <button type="button" onClick={() => void highlightSelection(undefined, true)}>
        Add note
      </button>
      <button type="button" onClick={() => void store.copyQuote(span)}>
        Copy quote
      </button>
    </div>,
    document.body,
  );
}
