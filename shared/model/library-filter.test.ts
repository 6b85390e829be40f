import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from './article';
import type { Highlight, ReadingState } from './annotation';
import { articleStats, filterChoices, libraryView, matchesFilter, NO_LIBRARY_FILTER, readingStatus, sortLibrary, type LibraryFilter } from './library-filter';

const art = (id: string, o: Partial<Article> = {}): Article => ({
  id,
  title: id.toUpperCase(),
  byline: null,
  source: null,
  kind: null,
  dateline: null,
  published: null,
  sections: [],
  figures: [],
  wordCount: 0,
  readingMinutes: 0,
  sourceFile: `${id}.txt`,
  contentHash: '0'.repeat(16),
  ...o,
});
const hl = (id: string, articleId: string, tags: string[] = []): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  contentHash: '0'.repeat(16),
  tags,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  revision: 1,
});
const rs = (articleId: string, scrollFraction: number, updatedAt: string): ReadingState => ({ articleId, scrollFraction, updatedAt });

const articles = [
  art('a', { source: 'PMOI/MEK', kind: 'analysis', published: '2020-01-21', title: 'Beta' }),
  art('b', { source: 'Reuters', kind: 'news', published: '2019-06-01', title: 'alpha' }),
  art('c', { source: 'Reuters', kind: 'analysis', published: null, title: 'Gamma' }),
];
const stats = articleStats(articles, {
  highlights: [hl('h1', 'a', ['Iran']), hl('h2', 'a', ['iran', 'C++']), hl('h3', 'b', ['Café']), hl('hx', 'gone')],
  notes: [],
  readingStates: [rs('a', 0.4, '2024-02-01T00:00:00.000Z'), rs('b', 0.99, '2024-03-01T00:00:00.000Z')],
});
const ids = (list: Article[]) => list.map((a) => a.id);
const f = (o: Partial<LibraryFilter>): LibraryFilter => ({ ...NO_LIBRARY_FILTER, ...o });

describe('library filter', () => {
  it('counts highlights, gathers tags once each, and reads status and progress from the reading position', () => {
    expect(stats.get('a')).toEqual({ status: 'in-progress', progress: 0.4, highlightCount: 2, tags: ['Iran', 'C++'], lastRead: '2024-02-01T00:00:00.000Z' });
    expect(stats.get('b')?.status).toBe('finished');
    expect(stats.get('c')).toMatchObject({ status: 'unread', progress: null, highlightCount: 0 });
    expect(readingStatus(undefined)).toBe('unread');
  });

  it('filters by source, kind, date range, tag (by the tag rule) and reading status', () => {
    const view = (o: Partial<LibraryFilter>) => ids(libraryView(articles, stats, f(o), 'title'));
    expect(view({})).toEqual(['b', 'a', 'c']);
    expect(view({ sources: ['Reuters'] })).toEqual(['b', 'c']);
    expect(view({ kinds: ['analysis'] })).toEqual(['a', 'c']);
    expect(view({ from: '2020-01-01' })).toEqual(['a']);
    expect(view({ to: '2019-12-31' })).toEqual(['b']);
    expect(view({ tags: ['IRAN'] })).toEqual(['a']);
    expect(view({ tags: ['cafe'] })).toEqual(['b']);
    expect(view({ tags: ['Iran', 'Café'] })).toEqual([]);
    expect(view({ status: 'unread' })).toEqual(['c']);
    expect(view({ status: 'in-progress' })).toEqual(['a']);
    expect(view({ status: 'finished' })).toEqual(['b']);
  });

  it('sorts by date either way, by title, or by recently read; what has no date goes last', () => {
    expect(ids(sortLibrary(articles, 'date-desc'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortLibrary(articles, 'date-asc'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortLibrary(articles, 'title'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortLibrary(articles, 'recent', stats))).toEqual(['b', 'a', 'c']);
  });

  it('offers each filter value with its count', () => {
    const c = filterChoices(articles, stats);
    expect(c.sources).toEqual([
      { value: 'PMOI/MEK', count: 1 },
      { value: 'Reuters', count: 2 },
    ]);
    expect(c.tags.map((t) => [t.value, t.count])).toEqual([
      ['C++', 1],
      ['Café', 1],
      ['Iran', 1],
    ]);
    expect(c.statuses.map((s) => s.count)).toEqual([1, 1, 1]);
    expect([c.firstDate, c.lastDate]).toEqual(['2019-06-01', '2020-01-21']);
  });

  it('a filtered view is exactly the articles that match, each once', () => {
    fc.assert(
      fc.property(
        fc.record({
          sources: fc.subarray(['PMOI/MEK', 'Reuters']),
          kinds: fc.subarray(['analysis', 'news'] as const),
          from: fc.option(fc.constantFrom('2019-01-01', '2020-01-01'), { nil: null }),
          to: fc.option(fc.constantFrom('2019-12-31', '2021-01-01'), { nil: null }),
          tags: fc.subarray(['Iran', 'cafe']),
          status: fc.option(fc.constantFrom('unread', 'in-progress', 'finished' as const), { nil: null }),
        }),
        fc.constantFrom('date-desc', 'date-asc', 'title', 'recent' as const),
        (filter, sort) => {
          const out = libraryView(articles, stats, filter, sort);
          expect(new Set(ids(out)).size).toBe(out.length);
          expect(ids(out).sort()).toEqual(ids(articles.filter((a) => matchesFilter(a, stats.get(a.id), filter))).sort());
        },
      ),
    );
  });
});
