import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { isLibrarySort, sortArticles } from './sort-articles';

const article = (id: string, title: string, published: string | null): Article => ({
  id, title, published, byline: null, source: null, kind: null, dateline: null, sections: [], figures: [],
  wordCount: 0, readingMinutes: 0, sourceFile: `${id}.txt`, contentHash: id,
});

const list = [
  article('a', 'beta', '2020-01-21'),
  article('b', 'Alpha', '2019-05-01'),
  article('c', 'gamma', null),
  article('d', 'delta', '2021-03-03'),
];

describe('sortArticles', () => {
  it('sorts newest first with undated last', () => {
    expect(sortArticles(list, 'date-desc').map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('sorts oldest first with undated still last', () => {
    expect(sortArticles(list, 'date-asc').map((a) => a.id)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('sorts by title ignoring case, without touching the input', () => {
    expect(sortArticles(list, 'title').map((a) => a.title)).toEqual(['Alpha', 'beta', 'delta', 'gamma']);
    expect(list.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('recognises only known sort values', () => {
    expect(isLibrarySort('title')).toBe(true);
    expect(isLibrarySort('random')).toBe(false);
  });
});
