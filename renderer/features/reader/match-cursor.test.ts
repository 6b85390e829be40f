import { describe, expect, it } from 'vitest';
import { matchLabel, stepMatch } from './match-cursor';

describe('stepMatch', () => {
  it('moves forward and wraps to the first match', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
  });
  it('moves back and wraps to the last match', () => {
    expect(stepMatch(1, 3, -1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
  });
  it('starts from either end when nothing is current, and answers -1 with no matches', () => {
    expect(stepMatch(-1, 4, 1)).toBe(0);
    expect(stepMatch(-1, 4, -1)).toBe(3);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('matchLabel', () => {
  it('counts from one', () => {
    expect(matchLabel(1, 7)).toBe('2 of 7');
    expect(matchLabel(0, 0)).toBe('No matches');
  });
});
