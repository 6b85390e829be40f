import type { Article, Library } from '../../model';
import { buildSearchIndex } from '../build-index';
import { createSearcher, type Searcher } from '../search';

/** Test support only: build, serialise and load, as the app does (the JSON round trip is the point). */
export function searcherFor(articles: Article[]): Searcher {
  const library: Library = { formatVersion: 1, builtAt: '2020-01-01T00:00:00Z', articles };
  const json: unknown = JSON.parse(JSON.stringify(buildSearchIndex(articles)));
  return createSearcher(library, json);
}
