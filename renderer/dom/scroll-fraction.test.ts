import { describe, expect, it } from 'vitest';
import { fromScrollFraction, toScrollFraction } from './scroll-fraction';

describe('scroll fractions', () => {
  it('measures against the scrollable range, not the whole height', () => {
    expect(toScrollFraction(500, 2000, 1000)).toBe(0.5);
    expect(fromScrollFraction(0.5, 2000, 1000)).toBe(500);
  });
  it('is 0 for a page that does not scroll and clamps out-of-range values', () => {
    expect(toScrollFraction(10, 800, 1000)).toBe(0);
    expect(toScrollFraction(5000, 2000, 1000)).toBe(1);
    expect(fromScrollFraction(2, 2000, 1000)).toBe(1000);
    expect(fromScrollFraction(Number.NaN, 2000, 1000)).toBe(0);
  });
});
