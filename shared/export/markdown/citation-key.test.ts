import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { citationKey, citationKeys } from './citation-key';
import { article } from '../test-support/fixtures';

describe('citationKey', () => {
  it('is author, year and first title word, stable', () => {
    expect(citationKey(article)).toBe('pmoimek2020iran');
    expect(citationKey({ ...article, source: null, byline: 'By Jane Doe' })).toBe('doe2020iran');
    expect(citationKey({ ...article, source: null, byline: null, published: null, title: 'The Élections' })).toBe('elections');
  });

  it('is always a usable key, and keys of one library never clash', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: null }), fc.string({ minLength: 1 }), (title, source, id) => {
        expect(citationKey({ id, title, source, byline: null, published: null })).toMatch(/^[a-z][a-z0-9]*$/);
      }),
    );
    const lib = [
      { ...article, id: 'b' },
      { ...article, id: 'a' },
      { ...article, id: 'c', title: 'Other' },
    ];
    const keys = citationKeys(lib);
    expect([keys.get('a'), keys.get('b'), keys.get('c')]).toEqual(['pmoimek2020irana', 'pmoimek2020iranb', 'pmoimek2020other']);
  });
});
