import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText } from '../model';
import { createSearcher } from './search';
import { searcherFor } from './testing/library';
import { makeArticle } from './testing/make-article';
import { seedArticle } from './testing/seed-fixture';

const seed = seedArticle((p) => readFileSync(p, 'utf8'));
const other = makeArticle('x', { title: 'Café “Résistance”', sections: [{ heading: 'Über', paragraphs: ['Kata’ib — 日本語 😀 al-Muhandis.'] }] });
const searcher = searcherFor([seed, other]);
const texts = new Map([seed, other].map((a) => [a.id, articleText(a)]));

// Query-ish strings: syntax characters, words from the corpus and arbitrary unicode, mixed.
const piece = fc.oneof(
  fc.constantFrom('"', '*', '~', '~2', ':', '^', '+', '-', ' ', 'title:', 'heading:', '“', '’', "'", '\\', '(', ')'),
  fc.constantFrom('Iran', 'regime', 'Kata’ib', 'protest', 'the', 'al-Muhandis', 'Soleimany', 'gov', 'é', '😀'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const query = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('search never throws (property)', () => {
  it('answers any query with well-formed results or a message', () => {
    fc.assert(
      fc.property(query, (q) => {
        const r = searcher.search(q);
        expect(r.results.length > 0 || (typeof r.message === 'string' && r.message.length > 0)).toBe(true);
        expect(r.message ?? '').not.toMatch(/failed/);
        for (const res of r.results) {
          const text = texts.get(res.articleId)!;
          expect(Number.isFinite(res.score)).toBe(true);
          let last = 0;
          for (const m of res.matches) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
          for (const s of res.snippet.segments.filter((s) => s.marked)) expect(text).toContain(s.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers with a message, not an exception, when the index is unusable', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const s = createSearcher({ formatVersion: 1, builtAt: '', articles: [seed] }, json);
        expect(s.problem).toMatch(/Rebuild the library/);
        expect(s.search('iran')).toEqual({ results: [], total: 0, totalIsExact: true, message: s.problem });
      }),
      { numRuns: 100 },
    );
  });
});
