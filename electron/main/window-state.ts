/**
 * Where the window opens: the size, position and maximised state it had when it was last closed,
 * kept on a display that still exists. Pure (displays are passed in), so the "monitor unplugged"
 * cases are tested without Electron's screen.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The window's normal (not maximised) bounds: what it returns to when un-maximised. */
  bounds: Rect;
  maximized: boolean;
}

/** What we need of Electron's Display. */
export interface DisplayArea {
  workArea: Rect;
}

export const DEFAULT_SIZE = { width: 1200, height: 860 } as const;
export const MIN_SIZE = { width: 640, height: 480 } as const;

const isRect = (r: unknown): r is Rect =>
  typeof r === 'object' &&
  r !== null &&
  (['x', 'y', 'width', 'height'] as const).every((k) => Number.isFinite((r as Record<string, unknown>)[k])) &&
  (r as Rect).width > 0 &&
  (r as Rect).height > 0;

/** A saved state read back from disk, or null when it is missing or not a state (a hand-edited file). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRect(bounds) || typeof maximized !== 'boolean') return null;
  const round = (n: number) => Math.round(n);
  return { bounds: { x: round(bounds.x), y: round(bounds.y), width: round(bounds.width), height: round(bounds.height) }, maximized };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** Moved (and if need be shrunk) to lie wholly inside the area: the title bar is always reachable. */
function inside(r: Rect, area: Rect): Rect {
  const width = Math.min(Math.max(r.width, Math.min(MIN_SIZE.width, area.width)), area.width);
  const height = Math.min(Math.max(r.height, Math.min(MIN_SIZE.height, area.height)), area.height);
  const x = Math.min(Math.max(r.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(r.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/**
 * The bounds to open with. The display showing most of the saved window keeps it; a window on no
 * remaining display (its monitor was unplugged, or the resolution shrank) opens centred on the
 * primary display at its saved size, shrunk to fit.
 */
export function placeWindow(saved: WindowState | null, displays: readonly DisplayArea[], primary: DisplayArea): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false };
  let best: DisplayArea | null = null;
  let bestArea = 0;
  for (const d of displays) {
    const area = overlap(saved.bounds, d.workArea);
    if (area > bestArea) [best, bestArea] = [d, area];
  }
  const bounds = best ? inside(saved.bounds, best.workArea) : centred(saved.bounds, primary.workArea);
  return { bounds, maximized: saved.maximized };
}
