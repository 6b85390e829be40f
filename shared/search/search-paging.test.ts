import { describe, expect, it } from 'vitest';
import { makeArticle } from './testing/make-article';
import { searcherFor } from './testing/library';

// 130 articles that all hold "harbour", a few also "of the harbour" (a phrase with stop words, which
// only the text can settle), so paging runs past the old fixed cap of 50.
const articles = Array.from({ length: 130 }, (_, i) =>
  makeArticle(`a${String(i).padStart(3, '0')}`, { sections: [{ paragraphs: [`${'harbour '.repeat(1 + (i % 7))}boats ${i % 10 === 0 ? 'the mouth of the harbour' : 'a quay'}`] }] }),
);
const searcher = searcherFor(articles);

describe('search pages and totals', () => {
  it('counts every match and pages through them without repeats or gaps', () => {
    const first = searcher.search('harbour', { limit: 50 });
    expect(first.total).toBe(130);
    expect(first.totalIsExact).toBe(true);
    expect(first.results).toHaveLength(50);
    const pages = [first, searcher.search('harbour', { limit: 50, offset: 50 }), searcher.search('harbour', { limit: 50, offset: 100 })];
    const ids = pages.flatMap((p) => p.results.map((r) => r.articleId));
    expect(ids).toHaveLength(130);
    expect(new Set(ids).size).toBe(130);
    expect(ids).toEqual(searcher.search('harbour', { limit: 1000 }).results.map((r) => r.articleId));
    expect(searcher.search('harbour', { limit: 50, offset: 200 }).results).toEqual([]);
  });

  it('says when the total is only a lower bound (text checks are not run just to count)', () => {
    const page = searcher.search('"of the harbour"', { limit: 5 });
    expect(page.results.map((r) => r.articleId)).toHaveLength(5);
    expect(page.totalIsExact).toBe(false);
    expect(page.total).toBeGreaterThanOrEqual(5);
    const all = searcher.search('"of the harbour"', { limit: 1000 });
    expect(all.total).toBe(13);
    expect(all.totalIsExact).toBe(true);
  });

  it('ranks a short page exactly as the whole list, also when checks turn down the best-scored (only the top is put in order)', () => {
    // 130 candidates and a page of 1: only the best 33 are sorted (20: 52).
    const whole = searcher.search('harbour', { limit: 1000 }).results.map((r) => [r.articleId, r.score]);
    for (const limit of [1, 3, 20]) expect(searcher.search('harbour', { limit }).results.map((r) => [r.articleId, r.score])).toEqual(whole.slice(0, limit));
    // The phrase only in the lowest-scored articles (one "harbour" in a long text, after many
    // articles dense with it): the page is found past the sorted head.
    const lows = Array.from({ length: 100 }, (_, i) =>
      makeArticle(`h${String(i).padStart(3, '0')}`, { sections: [{ paragraphs: [i < 90 ? `harbour ${'harbour '.repeat(i % 5)}quay` : `${'ships sail '.repeat(20 + i)}the mouth of the harbour`] }] }),
    );
    const s = searcherFor(lows);
    const phrase = s.search('"of the harbour"', { limit: 1000 }).results.map((r) => [r.articleId, r.score]);
    expect(phrase).toHaveLength(10);
    for (const limit of [1, 3, 10]) expect(s.search('"of the harbour"', { limit }).results.map((r) => [r.articleId, r.score])).toEqual(phrase.slice(0, limit));
  });
});
