import { describe, expect, it } from 'vitest';
import { FIRST_SLICE, initialLimit, isComplete, NEXT_SLICE, nextLimit } from './progressive-limit';

/** Every limit the sidebar goes through for a list of `total`, first to complete. */
function slices(total: number, first = FIRST_SLICE, step = NEXT_SLICE): number[] {
  const seen = [initialLimit(total, first)];
  while (!isComplete(seen.at(-1)!, total)) seen.push(nextLimit(seen.at(-1)!, total, step));
  return seen;
}

describe('progressive limit', () => {
  it('renders a short list whole at once, and keeps it whole as it grows', () => {
    expect(slices(0)).toEqual([Infinity]);
    expect(slices(FIRST_SLICE)).toEqual([Infinity]);
    // A highlight added later to a complete list shows at once: the limit does not fall back.
    expect(isComplete(initialLimit(3), 4)).toBe(true);
  });

  it('renders 1,000 items in slices: the first slice, then NEXT_SLICE more each time, then all', () => {
    expect(slices(1000, 40, 150)).toEqual([40, 190, 340, 490, 640, 790, 940, Infinity]);
  });

  it('completes exactly when a slice reaches the end', () => {
    expect(slices(41, 40, 150)).toEqual([40, Infinity]);
    expect(slices(190, 40, 150)).toEqual([40, Infinity]);
    expect(slices(191, 40, 150)).toEqual([40, 190, Infinity]);
  });
});
