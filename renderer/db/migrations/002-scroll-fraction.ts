/**
 * v1 → v2: reading position moves from pixels to a fraction of the scrollable height.
 *
 * v1 saved `scrollTop` in pixels, which lands in the wrong place as soon as the reader changes the
 * font size or line width (the article reflows, the same pixel offset is a different paragraph).
 * A fraction of the scrollable height survives reflow well enough for "where was I".
 *
 * The record types are frozen copies of what each version stored: they must not follow later edits
 * of shared/model, or this migration would silently change meaning for old databases.
 */

/** readingState as v1 shipped it. */
export interface ReadingStateV1 {
  articleId: string;
  /** Pixels scrolled from the top of the article pane. */
  scrollTop: number;
  /** scrollHeight − clientHeight at save time: the largest possible scrollTop. */
  scrollMax: number;
  /** Epoch milliseconds. */
  savedAt: number;
}

/** readingState as v2 stores it (equal to shared/model ReadingState when v2 shipped). */
export interface ReadingStateV2 {
  articleId: string;
  scrollFraction: number;
  updatedAt: string;
}

const EPOCH_ISO = new Date(0).toISOString();

function toIso(ms: unknown): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EPOCH_ISO;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? EPOCH_ISO : date.toISOString();
}

function finite(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

export function migrateReadingStateV1toV2(old: ReadingStateV1): ReadingStateV2 {
  const top = finite(old.scrollTop);
  const max = finite(old.scrollMax);
  // A pane that could not scroll (max ≤ 0) was at the top by definition.
  const fraction = max > 0 ? Math.min(1, Math.max(0, top / max)) : 0;
  return { articleId: old.articleId, scrollFraction: fraction, updatedAt: toIso(old.savedAt) };
}
