import { describe, expect, it } from 'vitest';
import { placeFloating } from './floating-position';

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
