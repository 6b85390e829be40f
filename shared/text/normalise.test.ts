import { describe, expect, it } from 'vitest';
import { foldChars, normaliseTerm } from './normalise';

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
