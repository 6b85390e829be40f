/**
 * The one place the renderer builds a search index of its own: the bundled articles plus the ones
 * the reader imported, in the same compact format as the shipped index, so one searcher ranks them
 * all in one result list (scores from two separate indexes could not be compared). It runs where the
 * bundled searcher lives: in the search worker in the app, in the thread in unit tests. With nothing
 * imported the shipped index is used as it is; with imports it is rebuilt once per import batch.
 */
import type { LibraryReader } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import { createSearcher, type Searcher } from '../../shared/search';
import { buildCompactIndex } from '../../shared/search/build-index';

export function searcherWithImports(bundled: LibraryReader, shippedIndex: Uint8Array, imported: readonly Article[]): Searcher {
  if (imported.length === 0) return createSearcher(bundled, shippedIndex);
  const extra = new Map<string, Article>();
  for (const a of imported) if (!bundled.metaOf(a.id) && !extra.has(a.id)) extra.set(a.id, a);
  const source = {
    metaOf: (id: string) => bundled.metaOf(id) ?? extra.get(id),
    article: (id: string) => bundled.article(id) ?? extra.get(id),
  };
  function* everyArticle(): Generator<Article> {
    for (const meta of bundled.articles) {
      const article = bundled.article(meta.id);
      if (article) yield article;
    }
    yield* extra.values();
  }
  return createSearcher(source, buildCompactIndex(everyArticle()));
}
