import { describe, expect, it } from 'vitest';
import { placeEditor, placeFloating, type EditorPlacement, type Rect } from './floating-position';

const viewport = { width: 1000, height: 800 };
const box = { width: 200, height: 40 };

describe('placeFloating', () => {
  it('centres above the anchor when there is room', () => {
    expect(placeFloating({ top: 300, bottom: 320, left: 400, right: 600 }, box, viewport)).toEqual({ top: 252, left: 400 });
  });

  it('goes below when the anchor is at the top of the viewport', () => {
    expect(placeFloating({ top: 10, bottom: 30, left: 400, right: 600 }, box, viewport)).toEqual({ top: 38, left: 400 });
  });

  it('prefers below when asked and keeps inside the viewport edges', () => {
    expect(placeFloating({ top: 300, bottom: 320, left: 0, right: 20 }, box, viewport, 'below')).toEqual({ top: 328, left: 8 });
    expect(placeFloating({ top: 300, bottom: 320, left: 980, right: 1000 }, box, viewport)).toEqual({ top: 252, left: 792 });
  });

  it('stays on screen for an anchor scrolled out of view', () => {
    const off = placeFloating({ top: -500, bottom: -480, left: 400, right: 600 }, box, viewport);
    expect(off.top).toBeGreaterThanOrEqual(8);
    const below = placeFloating({ top: 2000, bottom: 2020, left: 400, right: 600 }, box, viewport);
    expect(below.top).toBe(800 - 40 - 8);
  });
});

describe('placeEditor', () => {
  const editor = { width: 400, height: 400 };
  const line = 30;
  /** Whether the placed box overlaps the passage or the line above it. */
  const covers = (anchor: Rect, p: EditorPlacement) => {
    const bottom = p.top + (p.maxHeight ?? editor.height);
    return p.top < anchor.bottom && bottom > anchor.top - line;
  };

  it('goes below the passage when it fits there', () => {
    const anchor = { top: 200, bottom: 240, left: 300, right: 700 };
    expect(placeEditor(anchor, editor, viewport, line)).toEqual({ top: 248, left: 300, maxHeight: null });
  });

  it('above a passage low on the screen, it leaves the line above the passage visible', () => {
    // The old placement put the box's bottom 8 px above the passage, over the line before it.
    const anchor = { top: 500, bottom: 520, left: 300, right: 700 };
    const placed = placeEditor(anchor, editor, viewport, line);
    expect(placed).toEqual({ top: 62, left: 300, maxHeight: null });
    expect(covers(anchor, placed)).toBe(false);
  });

  it('when neither side has room for all of it, it takes the roomier side and scrolls inside', () => {
    // The old placement clamped the box to the viewport, right over the passage.
    const anchor = { top: 340, bottom: 390, left: 300, right: 700 };
    const placed = placeEditor(anchor, editor, viewport, line);
    expect(placed).toEqual({ top: 398, left: 300, maxHeight: 394 });
    expect(covers(anchor, placed)).toBe(false);
    const high = { top: 440, bottom: 490, left: 300, right: 700 };
    const above = placeEditor(high, editor, viewport, line);
    expect(above).toEqual({ top: 8, left: 300, maxHeight: 394 });
    expect(covers(high, above)).toBe(false);
  });

  it('never covers the passage or the line above, wherever the passage is on screen', () => {
    for (let top = 40; top < 760; top += 10) {
      const anchor = { top, bottom: top + 40, left: 300, right: 700 };
      expect(covers(anchor, placeEditor(anchor, editor, viewport, line)), `passage at ${top}`).toBe(false);
    }
  });

  it('stays on screen when the passage is scrolled away', () => {
    expect(placeEditor({ top: -500, bottom: -480, left: 400, right: 600 }, editor, viewport, line).top).toBe(8);
    expect(placeEditor({ top: 2000, bottom: 2020, left: 400, right: 600 }, editor, viewport, line).top).toBe(800 - 400 - 8);
  });
});
