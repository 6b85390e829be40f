import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseArticle, wordListsIn } from './article-analysis';
import { ArticleWordsCache, IdClauseMatcher, NormTable, articleWords } from './article-words';
import { INDEX_FIELDS } from './fields';
import { clauseMatcher, clauseRanges } from './match-words';
import { parseQuery } from './parse-query';
import { makeArticle } from './testing/make-article';
import { tokenizeWords, wordNorms } from './tokenize';

const article = makeArticle('a', {
  title: 'The regime of the day',
  byline: 'By the Desk',
  sections: [
    { heading: 'Kata’ib and the Iranian regime', paragraphs: ['Protesters said the Iranian regime’s goal', 'of the people; regime of the ayatollahs.'] },
  ],
});

describe('wordNorms', () => {
  it('gives the norms tokenizeWords gives, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(wordNorms(text)).toEqual(tokenizeWords(text).map((w) => w.norm));
      }),
      { numRuns: 300 },
    );
  });
});

describe('articleWords', () => {
  it('keeps the lists of wordListsIn, in order, as ids of their norms', () => {
    const table = new NormTable();
    const words = articleWords(article, table);
    const asNorms = words.lists.map((l) => [...words.ids.subarray(l.start, l.end)].map((id) => table.norm(id)));
    expect(asNorms).toEqual(wordListsIn(analyseArticle(article), null).map((list) => list.map((w) => w.norm)));
    expect(words.lists.map((l) => l.field)).toEqual(['title', 'byline', 'source', 'headings', 'body', 'body']);
    expect(table.idOf('regime')).toBe(words.ids[1]);
  });
});

describe('IdClauseMatcher', () => {
  const phrases = ['"the iranian regime"', '"regime of the"', '"of the people"', '"the day"', '"goal of"', '"kataib and"', '"regime of"', 'regim*', '"the desk"'];
  const fieldSets = [null, ['title'], ['body'], ['headings', 'byline']] as const;

  it('answers as a scan of the analysed text does, with and without field filters', () => {
    const table = new NormTable();
    const words = articleWords(article, table);
    const analysis = analyseArticle(article);
    for (const q of phrases) {
      const clause = parseQuery(q).clauses[0]!;
      const ids = new IdClauseMatcher(clauseMatcher(clause), table);
      for (const fields of fieldSets) {
        const expected = wordListsIn(analysis, fields).some((list) => clauseRanges(clauseMatcher(clause), list).length > 0);
        expect([q, fields, ids.occursIn(words, fields)]).toEqual([q, fields, expected]);
      }
    }
  });

  it('agrees with the scan on random articles and phrases (answers remembered across articles)', () => {
    const vocab = ['the', 'of', 'regime', 'Regimes', 'iranian', 'Iran’s', 'a', 'protest', 'and', 'in'];
    const text = fc.array(fc.constantFrom(...vocab), { maxLength: 12 }).map((ws) => ws.join(' '));
    const someArticles = fc
      .array(fc.record({ title: text, paragraphs: fc.array(text, { maxLength: 3 }) }), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.map((p, i) => makeArticle(`r${String(i)}`, { title: p.title, sections: [{ paragraphs: p.paragraphs }] })));
    const phrase = fc.array(fc.constantFrom(...vocab, 'regi*'), { minLength: 1, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`);
    fc.assert(
      fc.property(phrase, someArticles, fc.constantFrom(...fieldSets), (q, articles, fields) => {
        const clause = parseQuery(q).clauses[0];
        fc.pre(clause !== undefined);
        const table = new NormTable();
        const ids = new IdClauseMatcher(clauseMatcher(clause), table);
        for (const a of articles) {
          const expected = wordListsIn(analyseArticle(a), fields).some((list) => clauseRanges(clauseMatcher(clause), list).length > 0);
          expect(ids.occursIn(articleWords(a, table), fields)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ArticleWordsCache', () => {
  const long = (id: string, n: number) => makeArticle(id, { title: '', sections: [{ paragraphs: [Array.from({ length: n }, (_, i) => `w${String(i)}`).join(' ')] }] });

  it('returns the cached words while they fit and evicts the least recently used beyond its word budget', () => {
    const cache = new ArticleWordsCache(new NormTable(), 25);
    const a = long('a', 10), b = long('b', 10), c = long('c', 10);
    const first = cache.get(a);
    const second = cache.get(b);
    expect(cache.get(a)).toBe(first); // a is now the most recent
    cache.get(c); // 30 words > 25: b, the least recent, goes
    expect(cache.size).toBe(2);
    expect(cache.get(a)).toBe(first);
    const again = cache.get(b); // read again, which pushes out c
    expect(again).not.toBe(second);
    expect(again).toEqual(second);
    expect(cache.size).toBe(2);
  });

  it('keeps the newest article even when it alone is over budget', () => {
    const cache = new ArticleWordsCache(new NormTable(), 5);
    cache.get(long('a', 3));
    const big = cache.get(long('b', 40));
    expect(cache.size).toBe(1);
    expect(big.ids.length).toBe(40);
    expect(INDEX_FIELDS).toContain(big.lists[3]!.field);
  });
});
