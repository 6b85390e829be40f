import { describe, expect, it } from 'vitest';
import { addTags, cleanTag, removeTag, splitTyped, suggestFrom, TAG_MAX_LENGTH } from './tag-list';

describe('addTags', () => {
  it('adds comma-separated names, trimmed, without case- or accent-insensitive duplicates', () => {
    expect(addTags(['Iraq'], ' protests ,  iraq, Café  culture,,')).toEqual(['Iraq', 'protests', 'Café culture']);
    expect(addTags(['cafe'], 'CAFÉ')).toEqual(['cafe']);
  });

  it('ignores blanks and cuts over-long names', () => {
    expect(addTags([], '   ')).toEqual([]);
    expect(cleanTag('x'.repeat(100))).toHaveLength(TAG_MAX_LENGTH);
  });
});

describe('removeTag', () => {
  it('removes regardless of case', () => {
    expect(removeTag(['Iraq', 'protests'], 'IRAQ')).toEqual(['protests']);
  });
});

describe('splitTyped', () => {
  it('splits at the last comma', () => {
    expect(splitTyped('a, b, c')).toEqual({ complete: 'a, b', rest: ' c' });
    expect(splitTyped('abc')).toEqual({ complete: '', rest: 'abc' });
    expect(splitTyped('abc,')).toEqual({ complete: 'abc', rest: '' });
  });
});

describe('suggestFrom', () => {
  const known = ['iran', 'Iraq', 'militias', 'protests', 'Iraqi politics'];
  it('puts prefix matches before substring matches and skips tags already used', () => {
    expect(suggestFrom(known, 'ira', [])).toEqual(['iran', 'Iraq', 'Iraqi politics']);
    expect(suggestFrom(known, 'IRA', ['iraq'])).toEqual(['iran', 'Iraqi politics']);
    expect(suggestFrom(known, 'tia', [])).toEqual(['militias']);
  });

  it('suggests nothing for an empty input and honours the limit', () => {
    expect(suggestFrom(known, '  ', [])).toEqual([]);
    expect(suggestFrom(known, 'i', [], 2)).toHaveLength(2);
  });
});
