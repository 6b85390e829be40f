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

describe('hidden characters in tags', () => {
  it('refuses NUL, other controls, bidi controls and lone surrogates, naming the character', () => {
    expect(normaliseTagName('ira\u0000q')).toEqual({
      ok: false,
      error: 'A tag cannot contain an invisible control or text-direction character (U+0000): it would make one tag look like another.',
    });
    for (const c of ['\u0001', '\u001b', '\u007f', '\u0085', '\u009b', '\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ud800', '\udfff']) {
      const r = normaliseTagName(`a${c}b`);
      expect(r.ok, `U+${c.codePointAt(0)!.toString(16)}`).toBe(false);
      expect(isValidTagName(`${c}tag`)).toBe(false);
    }
    expect(normaliseTagName('\u202egpj.exe')).toMatchObject({ ok: false, error: expect.stringContaining('U+202E') });
  });

  it('keeps letters of every script, emoji sequences and joiners', () => {
    for (const name of ['עברית', 'العربية', 'किताब', '👩‍🔬 lab', 'Zürich', '日本語', 'क्‍ष']) expect(normaliseTagName(name)).toEqual({ ok: true, value: name });
    // Tabs and newlines are whitespace: collapsed to one space, not refused.
    expect(normaliseTagName('a\tb\nc')).toEqual({ ok: true, value: 'a b c' });
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
