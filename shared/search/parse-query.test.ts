import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, parseQuery } from './parse-query';

const summary = (q: string) =>
  parseQuery(q).clauses.map((c) => ({
    words: c.words.map((w) => `${w.norm}:${w.mode}${w.distance ? w.distance : ''}`).join(' '),
    fields: c.fields,
    exclude: c.exclude,
  }));

describe('parseQuery', () => {
  it('makes plain words stemmed clauses, all required', () => {
    expect(summary('Iraqi protests')).toEqual([
      { words: 'iraqi:stem', fields: null, exclude: false },
      { words: 'protests:stem', fields: null, exclude: false },
    ]);
  });

  it('reads quoted phrases, curly or straight, and an unbalanced quote to the end', () => {
    expect(summary('“nationwide protests” "Iran’s regime" "civil disob')).toEqual([
      { words: 'nationwide:stem protests:stem', fields: null, exclude: false },
      { words: 'irans:stem regime:stem', fields: null, exclude: false },
      { words: 'civil:stem disob:stem', fields: null, exclude: false },
    ]);
  });

  it('reads prefixes, fuzziness, exclusions and field filters', () => {
    expect(summary('gov* Soleimany~ sadr~2 -Lebanon title:regime Heading:"the reason" -source:MEK')).toEqual([
      { words: 'gov:prefix', fields: null, exclude: false },
      { words: 'soleimany:fuzzy1', fields: null, exclude: false },
      { words: 'sadr:fuzzy2', fields: null, exclude: false },
      { words: 'lebanon:stem', fields: null, exclude: true },
      { words: 'regime:stem', fields: ['title'], exclude: false },
      { words: 'the:stem reason:stem', fields: ['headings'], exclude: false },
      { words: 'mek:stem', fields: ['source'], exclude: true },
    ]);
  });

  it('matches hyphenated and dotted words as a phrase of their parts', () => {
    expect(summary('al-Muhandis U.S.')).toEqual([
      { words: 'al:stem muhandis:stem', fields: null, exclude: false },
      { words: 'u:stem s:stem', fields: null, exclude: false },
    ]);
  });

  it('drops stop words and says which', () => {
    const parsed = parseQuery('the regime of Iran');
    expect(parsed.clauses.map((c) => c.text)).toEqual(['regime', 'Iran']);
    expect(parsed.dropped).toEqual(['the', 'of']);
  });

  it('treats unknown fields, lone operators and boosts as plain text', () => {
    expect(summary('foo:bar - * ~ ^ + iran^3 ab~2 x*')).toEqual([
      { words: 'foo:stem bar:stem', fields: null, exclude: false },
      { words: 'iran:stem', fields: null, exclude: false },
      { words: 'ab:fuzzy1', fields: null, exclude: false },
      { words: 'x:stem', fields: null, exclude: false },
    ]);
  });

  it('keeps only the beginning of a very long query and says so', () => {
    const parsed = parseQuery('word '.repeat(2000));
    expect(parsed.clauses).toHaveLength(MAX_CLAUSES);
    expect(parsed.truncated).toBe(true);
  });
});
