/**
 * Which highlights a click lands on. Highlights may overlap and nest; the innermost (shortest) one
 * is what the reader most likely meant, so it comes first and the rest follow outward.
 */
import type { TextRange as Span } from '../../../shared/model';

/** Spans containing the character at `offset` ([start, end) semantics), innermost first. */
export function spansAt<T extends Span>(spans: readonly T[], offset: number): T[] {
  return spans
    .filter((s) => s.start <= offset && offset < s.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
}

/**
 * The next highlight to select when clicking again at the same place: clicking cycles from the
 * innermost outward, so a highlight hidden under a nested one can still be reached with the mouse.
 */
export function nextAtPoint<T extends Span & { id: string }>(hits: readonly T[], currentId: string | null): T | undefined {
  if (hits.length === 0) return undefined;
  const at = currentId === null ? -1 : hits.findIndex((h) => h.id === currentId);
  return hits[(at + 1) % hits.length];
}
