import { describe, expect, it } from 'vitest';
import { layerPriority, PAINT_LAYERS } from './paint-layers';

describe('the paint layers', () => {
  it('stack search marks < current match < highlight colours < focus < flash', () => {
    const order = ['search', 'current-match', 'highlights', 'focus', 'flash'] as const;
    expect(PAINT_LAYERS).toEqual(order);
    for (let i = 1; i < order.length; i++) expect(layerPriority(order[i]!)).toBeGreaterThan(layerPriority(order[i - 1]!));
  });
});
