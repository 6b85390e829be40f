/**
 * The one place the renderer builds a search index of its own: the bundled articles plus the ones
 * the reader imported, in the same format as the shipped index, so one searcher ranks them all in one
 * result list. Behind this one function so that it can move into the search worker (issue 8) without
 * its callers changing. Today it runs on the main thread after an import batch (not per file), and
 * not at all when nothing was imported (the shipped index is used as it is).
 */
import type { Article, Library } from '../../shared/model/article';
import { buildSearchIndex, createSearcher, type Searcher } from '../../shared/search';

export function searcherWithImports(library: Library, shippedIndex: unknown, imported: readonly Article[]): Searcher {
  if (imported.length === 0) return createSearcher(library, shippedIndex);
  const articles = [...library.articles, ...imported];
  const combined: Library = { ...library, articles };
  return createSearcher(combined, buildSearchIndex(articles).toJSON());
}
