import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChars, foldUnit, normaliseTerm } from './normalise';

// The plain definition, one unit at a time: the ASCII fast path in foldChars must agree with it.
const slowFold = (text: string) => text.split('').map(foldUnit).join('');

describe('foldChars', () => {
  it('unifies quotes, folds case and diacritics, and keeps the length', () => {
    const input = 'Iran’s “Kata‘ib” Café ÉLAN';
    const folded = foldChars(input);
    expect(folded).toBe('iran\'s "kata\'ib" cafe elan');
    expect(folded.length).toBe(input.length);
  });
});

describe('normaliseTerm', () => {
  it('makes Kata’ib, Kata\'ib and Kataib one term', () => {
    expect(normaliseTerm('Kata’ib')).toBe('kataib');
    expect(normaliseTerm("Kata'ib")).toBe('kataib');
    expect(normaliseTerm('Kataib')).toBe('kataib');
  });
  it('trims surrounding punctuation', () => {
    expect(normaliseTerm('“Resistance,')).toBe('resistance');
  });
});

describe('foldChars fast path', () => {
  it('equals folding each unit on its own, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(foldChars(text)).toBe(slowFold(text));
        expect(foldChars(text).length).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
    const mixed = 'ABC `x´ Iran’s “Kata‘ib” É ß İ 😀 \u00A0';
    expect(foldChars(mixed)).toBe(slowFold(mixed));
  });
});
