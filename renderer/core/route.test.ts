import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash, type Route } from './route';

describe('parseRoute', () => {
  it('reads the library from an empty or root hash', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });

  it('reads a search query, decoding it', () => {
    expect(parseRoute('#/search?q=Iran%E2%80%99s+regime')).toEqual({ name: 'search', query: 'Iran’s regime' });
    expect(parseRoute('#/search')).toEqual({ name: 'search', query: '' });
  });

  it('reads an article with and without a query', () => {
    expect(parseRoute('#/article/abc_1')).toEqual({ name: 'article', id: 'abc_1', query: null });
    expect(parseRoute('#/article/abc_1?q=protests')).toEqual({ name: 'article', id: 'abc_1', query: 'protests' });
    expect(parseRoute('#/article/abc_1?q=%20')).toEqual({ name: 'article', id: 'abc_1', query: null });
  });

  it('reads the notebook, and an article opened at a highlight', () => {
    expect(parseRoute('#/notebook')).toEqual({ name: 'notebook' });
    expect(parseRoute('#/export')).toEqual({ name: 'export' });
    expect(routeToHash({ name: 'export' })).toBe('#/export');
    expect(parseRoute('#/article/abc_1?highlight=hl_9')).toEqual({ name: 'article', id: 'abc_1', query: null, highlight: 'hl_9' });
    expect(routeToHash({ name: 'article', id: 'abc_1', query: 'iran', highlight: 'hl_9' })).toBe('#/article/abc_1?q=iran&highlight=hl_9');
  });

  it('answers anything else (including a malformed id) as not found', () => {
    expect(parseRoute('#/notes')).toEqual({ name: 'not-found', hash: '#/notes' });
    expect(parseRoute('#/article/%E0%A4%A')).toEqual({ name: 'not-found', hash: '#/article/%E0%A4%A' });
  });
});

describe('routeToHash', () => {
  const routes: Route[] = [
    { name: 'library' },
    { name: 'search', query: 'Iran’s regime & “friends”?' },
    { name: 'article', id: 'odd/id?#', query: null },
    { name: 'article', id: '000_8a71', query: 'a+b c' },
  ];
  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('writes readable hashes', () => {
    expect(routeToHash({ name: 'article', id: 'x', query: 'two words' })).toBe('#/article/x?q=two+words');
  });
});
