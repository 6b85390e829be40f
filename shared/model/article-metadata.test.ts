import { describe, expect, it } from 'vitest';
import { validateMetadata } from './article-metadata';

const base = { title: 'A title', byline: '', published: '', source: '' };

describe('validateMetadata', () => {
  it('trims, and turns empty optional fields into null (not stated)', () => {
    expect(validateMetadata({ title: ' River levels ', byline: ' By Helen Marsh', published: '2021-06-15 ', source: '' })).toEqual({
      ok: true,
      value: { title: 'River levels', byline: 'By Helen Marsh', published: '2021-06-15', source: null },
    });
  });

  it('says what is wrong with each field', () => {
    const r = validateMetadata({ title: '   ', byline: 'two\nlines', published: '15/06/2021', source: 'x'.repeat(201) });
    expect(r).toEqual({
      ok: false,
      error: {
        title: 'The title cannot be empty.',
        byline: 'The byline must be one line of text, without tabs or control characters.',
        published: 'Write the date as year-month-day, for example 2021-06-15, or leave it empty.',
        source: 'The source is 201 characters long; at most 200 fit.',
      },
    });
  });

  it('refuses days that do not exist, and accepts leap days that do', () => {
    expect(validateMetadata({ ...base, published: '2023-02-29' })).toEqual({ ok: false, error: { published: 'There is no such day as 2023-02-29.' } });
    expect(validateMetadata({ ...base, published: '2021-13-01' })).toEqual({ ok: false, error: { published: 'There is no such day as 2021-13-01.' } });
    expect(validateMetadata({ ...base, published: '2024-02-29' }).ok).toBe(true);
    expect(validateMetadata({ ...base, title: 'Bidi \u202e trick' }).ok).toBe(false);
  });
});
