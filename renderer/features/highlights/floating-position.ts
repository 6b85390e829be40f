/**
 * Where to put a floating box next to a rectangle in the viewport: above it when there is room,
 * otherwise below, centred horizontally and kept inside the viewport. Pure, for the toolbar and the
 * popover alike.
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
