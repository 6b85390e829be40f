import { describe, expect, it } from 'vitest';
import { nextAtPoint, spansAt } from './hit-test';

const outer = { id: 'outer', start: 0, end: 40 };
const middle = { id: 'middle', start: 10, end: 30 };
const inner = { id: 'inner', start: 15, end: 20 };
const apart = { id: 'apart', start: 50, end: 60 };
const all = [outer, apart, inner, middle];

describe('spansAt', () => {
  it('returns the spans containing the offset, innermost first', () => {
    expect(spansAt(all, 16).map((s) => s.id)).toEqual(['inner', 'middle', 'outer']);
    expect(spansAt(all, 12).map((s) => s.id)).toEqual(['middle', 'outer']);
    expect(spansAt(all, 55).map((s) => s.id)).toEqual(['apart']);
  });

  it('treats the end as exclusive and the start as inclusive', () => {
    expect(spansAt(all, 20).map((s) => s.id)).toEqual(['middle', 'outer']);
    expect(spansAt(all, 15).map((s) => s.id)).toEqual(['inner', 'middle', 'outer']);
    expect(spansAt(all, 40)).toEqual([]);
  });

  it('keeps two identical spans as two', () => {
    const twin = { id: 'twin', start: 15, end: 20 };
    expect(spansAt([inner, twin], 17).map((s) => s.id).sort()).toEqual(['inner', 'twin']);
  });
});

describe('nextAtPoint', () => {
  const hits = spansAt(all, 16);
  it('starts with the innermost and cycles outward', () => {
    expect(nextAtPoint(hits, null)?.id).toBe('inner');
    expect(nextAtPoint(hits, 'inner')?.id).toBe('middle');
    expect(nextAtPoint(hits, 'outer')?.id).toBe('inner');
    expect(nextAtPoint(hits, 'apart')?.id).toBe('inner');
    expect(nextAtPoint([], null)).toBeUndefined();
  });
});
