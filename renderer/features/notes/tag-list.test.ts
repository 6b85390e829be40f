import { describe, expect, it } from 'vitest';
import { MAX_TAG_LENGTH, normaliseTagName } from '../../../shared/model';
import { addTags, cleanTag, removeTag, splitTyped, suggestFrom } from './tag-list';

describe('addTags', () => {
  it('adds comma-separated names, trimmed, without case- or accent-insensitive duplicates', () => {
    expect(addTags(['Iraq'], ' protests ,  iraq, Café  culture,,')).toEqual(['Iraq', 'protests', 'Café culture']);
    expect(addTags(['cafe'], 'CAFÉ')).toEqual(['cafe']);
    expect(addTags(['Kata’ib'], "kata'ib, Cafe\u0301")).toEqual(['Kata’ib', 'Cafe\u0301']);
  });

  it('ignores blanks and cuts over-long names', () => {
    expect(addTags([], '   ')).toEqual([]);
    const cut = cleanTag('x'.repeat(100));
    expect(cut).toHaveLength(MAX_TAG_LENGTH);
    // What the input produces is always a name the store accepts.
    expect(normaliseTagName(cut)).toEqual({ ok: true, value: cut });
  });
});

describe('removeTag', () => {
  it('removes regardless of case and accents', () => {
    expect(removeTag(['Iraq', 'protests'], 'IRAQ')).toEqual(['protests']);
    expect(removeTag(['Café', 'protests'], 'cafe')).toEqual(['protests']);
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
