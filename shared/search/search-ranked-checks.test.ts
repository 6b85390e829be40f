import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { searcherFor } from './testing/library';
import { makeArticle } from './testing/make-article';

// Candidates are ranked before the text is read, and reading stops once `limit` articles match: a
// smaller limit must give exactly the top of the larger list, whatever the text decides.
const vocab = ['the', 'of', 'a', 'in', 'iranian', 'regime', 'regimes', 'protest', 'protesters', 'government', 'education', 'educe'];
let state = 11;
const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = () => vocab[Math.floor(next() * vocab.length)]!;
const words = (n: number) => Array.from({ length: n }, pick).join(' ');
const articles: Article[] = Array.from({ length: 80 }, (_, i) =>
  makeArticle(`a${String(i)}`, { title: words(4), published: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, sections: [{ paragraphs: [words(40), words(25)] }] }),
);
const searcher = searcherFor(articles);

describe('search checks candidates in rank order', () => {
  it('gives, for any limit, exactly the first results of the full list (stop words in phrases, prefixes, exclusions)', () => {
    const word = fc.constantFrom(...vocab);
    const phrase = fc.array(fc.oneof(word, fc.constantFrom('educat*', 'regim*')), { minLength: 2, maxLength: 3 }).map((ws) => `"${ws.join(' ')}"`);
    const query = fc.tuple(phrase, fc.option(fc.tuple(fc.boolean(), fc.oneof(phrase, word)), { nil: undefined })).map(([p, more]) => (more ? `${p} ${more[0] ? '-' : ''}${more[1]}` : p));
    let compared = 0;
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 12 }), (q, limit) => {
        const full = searcher.search(q, { limit: 1000 });
        const top = searcher.search(q, { limit });
        expect(top.message).toBe(full.message);
        expect(top.results.map((r) => [r.articleId, r.score])).toEqual(full.results.slice(0, limit).map((r) => [r.articleId, r.score]));
        if (full.results.length > limit) compared++;
      }),
      { numRuns: 150 },
    );
    // The property is only worth something if many queries had more matches than the limit.
    expect(compared).toBeGreaterThan(25);
  });

  it('reads the text of only as many articles as it needs when most candidates match', () => {
    const reads = new Map<string, number>();
    const many = Array.from({ length: 200 }, (_, i) =>
      makeArticle(`m${String(i)}`, { sections: [{ paragraphs: [`Report ${String(i)}: the Iranian regime said ${'more '.repeat(i % 7)}today.`] }] }),
    );
    const s = searcherFor(many);
    for (const a of many) {
      const sections = a.sections;
      Object.defineProperty(a, 'sections', {
        get: () => {
          reads.set(a.id, (reads.get(a.id) ?? 0) + 1);
          return sections;
        },
      });
    }
    const r = s.search('"the Iranian regime"', { limit: 10 });
    expect(r.results).toHaveLength(10);
    // Each shown article is read to check it and to build its snippet; none beyond those ten.
    expect([...reads.keys()].sort()).toEqual(r.results.map((x) => x.articleId).sort());
  });
});
