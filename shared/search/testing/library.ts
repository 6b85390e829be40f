import type { Article, Library } from '../../model';
import { buildCompactIndex, buildSearchIndex } from '../build-index';
import { createSearcher, type Searcher } from '../search';

/** Test support only: build the compact index the app ships and load it from its bytes, as the app does. */
export function searcherFor(articles: Article[]): Searcher {
  const library: Library = { formatVersion: 1, builtAt: '2020-01-01T00:00:00Z', articles };
  return createSearcher(library, buildCompactIndex(articles));
}

/** The same over Lunr's own index, serialised and parsed (the reference the compact index must equal). */
export function lunrSearcherFor(articles: Article[]): Searcher {
  const library: Library = { formatVersion: 1, builtAt: '2020-01-01T00:00:00Z', articles };
  return createSearcher(library, JSON.parse(JSON.stringify(buildSearchIndex(articles))));
}
