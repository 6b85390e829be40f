import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseWindowState, placeWindow, type DisplayArea } from './window-state';

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1440 } };

describe('placing the window', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 120, y: 33, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('restores size, position and maximised state on a display that is still there', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1400, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('moves a window whose monitor was unplugged to the primary display, at its size if it fits', () => {
    const onMonitor = { bounds: { x: 1600, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(onMonitor, [laptop], laptop)).toEqual({ bounds: { x: 220, y: 113, width: 1000, height: 700 }, maximized: false });
    const big = { bounds: { x: 1600, y: 100, width: 2400, height: 1300 }, maximized: true };
    expect(placeWindow(big, [laptop], laptop)).toEqual({ bounds: { x: 0, y: 25, width: 1440, height: 875 }, maximized: true });
  });

  it('pulls a window hanging off the edge back so its title bar can be reached', () => {
    const offTop = { bounds: { x: -300, y: -200, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(offTop, [laptop], laptop).bounds).toEqual({ x: 0, y: 25, width: 1000, height: 700 });
    // Mostly on the right-hand monitor: kept there, moved inside it.
    const straddling = { bounds: { x: 1300, y: 1000, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(straddling, [laptop, monitorRight], laptop).bounds).toEqual({ x: 1440, y: 740, width: 1000, height: 700 });
  });

  it('reads back only a well-formed state', () => {
    expect(parseWindowState({ bounds: { x: 1.4, y: 2, width: 800.6, height: 600 }, maximized: false })).toEqual({
      bounds: { x: 1, y: 2, width: 801, height: 600 },
      maximized: false,
    });
    for (const bad of [null, 'x', {}, { bounds: { x: 0, y: 0, width: 0, height: 10 }, maximized: false }, { bounds: { x: 0, y: 0, width: 10, height: 10 } }]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});
