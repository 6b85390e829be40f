import { describe, expect, it } from 'vitest';
import { editDistanceWithin } from './edit-distance';

describe('editDistanceWithin', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistanceWithin('soleimani', 'soleimani', 2)).toBe(0);
    expect(editDistanceWithin('soleimani', 'soleimny', 2)).toBe(2);
    expect(editDistanceWithin('iran', 'irna', 2)).toBe(1);
    expect(editDistanceWithin('iraq', 'iran', 2)).toBe(1);
    expect(editDistanceWithin('sistani', 'sistan', 2)).toBe(1);
  });
  it('stops at max + 1', () => {
    expect(editDistanceWithin('hezbollah', 'sadr', 2)).toBe(3);
    expect(editDistanceWithin('abcdef', 'ghijkl', 1)).toBe(2);
  });
});
