/**
 * How much of a long list to render now. An article can carry 1,000 highlights; creating all their
 * sidebar items in the commit that opens the article costs more than the rest of opening it, so the
 * first slice (a sidebar's worth) comes with the article and the rest follows in slices while the
 * reader is already reading. Pure, so the slicing is tested without React.
 */

/** Enough items to fill a tall sidebar, so what the reader can see is there at once. */
export const FIRST_SLICE = 40;
/** Small enough that one slice renders in a few milliseconds, between frames. */
export const NEXT_SLICE = 200;

/**
 * The limit to start from: everything when the list fits in the first slice. `Infinity` means the
 * list is complete and stays so: items added later (a new highlight) appear at once, wherever they
 * fall in document order.
 */
export function initialLimit(total: number, first = FIRST_SLICE): number {
  return total <= first ? Infinity : first;
}

/** The limit after one more slice: `Infinity` once it covers the whole list. */
export function nextLimit(limit: number, total: number, step = NEXT_SLICE): number {
  return limit + step >= total ? Infinity : limit + step;
}

export function isComplete(limit: number, total: number): boolean {
  return limit >= total;
}
