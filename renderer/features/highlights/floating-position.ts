/**
 * Where to put a floating box next to a rectangle in the viewport: above it when there is room,
 * otherwise below, centred horizontally and kept inside the viewport. Pure: placeFloating for the
 * selection toolbar, placeEditor for the highlight editor.
 */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 8;

export function placeFloating(anchor: Rect, box: Size, viewport: Size, prefer: 'above' | 'below' = 'above'): { top: number; left: number } {
  const roomAbove = anchor.top - GAP - MARGIN;
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = prefer === 'above' ? roomAbove >= box.height || roomAbove > roomBelow : !(roomBelow >= box.height || roomBelow > roomAbove);
  const rawTop = above ? anchor.top - GAP - box.height : anchor.bottom + GAP;
  const top = Math.min(Math.max(MARGIN, rawTop), Math.max(MARGIN, viewport.height - box.height - MARGIN));
  const centre = (anchor.left + anchor.right) / 2;
  const left = Math.min(Math.max(MARGIN, centre - box.width / 2), Math.max(MARGIN, viewport.width - box.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left) };
}

export interface EditorPlacement {
  top: number;
  left: number;
  /** A height to cap the box at (it scrolls inside) so it fits beside the passage; null when it fits whole. */
  maxHeight: number | null;
}

// Below this the editor would be a sliver: let it overlap rather than shrink that far.
const MIN_EDITOR_HEIGHT = 160;

/**
 * Where the highlight editor goes: never over the passage it edits, nor over the line just above it
 * (`lineAbove` px), which the reader needs for context. Below the passage when it fits, else above the
 * line above, else on the roomier side with its height capped to that room. Issue 12: the editor was
 * placed above a passage low on the screen, or pushed up over it, covering what the note was about.
 */
export function placeEditor(anchor: Rect, box: Size, viewport: Size, lineAbove: number): EditorPlacement {
  const keepTop = anchor.top - Math.max(0, lineAbove);
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = keepTop - GAP - MARGIN;
  const centre = (anchor.left + anchor.right) / 2;
  const left = Math.round(Math.min(Math.max(MARGIN, centre - box.width / 2), Math.max(MARGIN, viewport.width - box.width - MARGIN)));
  const onScreen = anchor.bottom > 0 && anchor.top < viewport.height;
  if (!onScreen || Math.max(roomAbove, roomBelow) < MIN_EDITOR_HEIGHT) {
    // The passage is scrolled away, or fills the window: nothing to keep clear, just stay on screen.
    return { ...placeFloating(anchor, box, viewport, 'below'), left, maxHeight: box.height > viewport.height - 2 * MARGIN ? viewport.height - 2 * MARGIN : null };
  }
  if (box.height <= roomBelow) return { top: Math.round(anchor.bottom + GAP), left, maxHeight: null };
  if (box.height <= roomAbove) return { top: Math.round(keepTop - GAP - box.height), left, maxHeight: null };
  if (roomBelow >= roomAbove) return { top: Math.round(anchor.bottom + GAP), left, maxHeight: Math.floor(roomBelow) };
  return { top: MARGIN, left, maxHeight: Math.floor(roomAbove) };
}
