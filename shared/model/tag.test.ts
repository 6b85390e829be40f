import { describe, expect, it } from 'vitest';
import { isValidTagName, MAX_TAG_LENGTH, normaliseTagName, sameTag, tagKey, uniqueTags } from './tag';

describe('normaliseTagName', () => {
  it('trims and collapses whitespace, keeping case and accents as typed', () => {
    expect(normaliseTagName('  Café \t  culture\n')).toEqual({ ok: true, value: 'Café culture' });
  });

  it('refuses blanks, non-text and names over the limit with a message', () => {
    expect(normaliseTagName('   ')).toEqual({ ok: false, error: 'A tag cannot be empty.' });
    expect(normaliseTagName(42)).toEqual({ ok: false, error: 'A tag must be text.' });
    expect(normaliseTagName('x'.repeat(MAX_TAG_LENGTH))).toEqual({ ok: true, value: 'x'.repeat(64) });
    const long = normaliseTagName('x'.repeat(MAX_TAG_LENGTH + 1));
    expect(long).toEqual({ ok: false, error: `The tag "${'x'.repeat(20)}…" is too long (at most 64 characters).` });
    // The limit applies after collapsing: padding does not make a name too long.
    expect(isValidTagName(`  ${'y'.repeat(64)}  `)).toBe(true);
  });
});

describe('tagKey', () => {
  it('ignores case, Latin diacritics (precomposed or decomposed), quote style and spacing', () => {
    expect(tagKey('Café')).toBe('cafe');
    expect(tagKey('CAFE\u0301')).toBe('cafe');
    expect(tagKey('Kata’ib  Hezbollah ')).toBe("kata'ib hezbollah");
    expect(sameTag('Ça va', 'ca VA')).toBe(true);
    expect(sameTag('Iran', 'Iraq')).toBe(false);
  });

  it('keeps marks that are letters in other scripts', () => {
    expect(sameTag('कि', 'क')).toBe(false);
    expect(tagKey('किताब')).toBe('किताब');
  });
});

describe('uniqueTags', () => {
  it('keeps the first spelling of each tag, in order', () => {
    expect(uniqueTags(['cafe', 'Iraq', 'Café', 'IRAQ', 'protests'])).toEqual(['cafe', 'Iraq', 'protests']);
  });
});
