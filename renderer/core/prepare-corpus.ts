/**
 * Turns what the host loaded into what the UI reads: the articles by id, and a search client that
 * loads the index off the main thread. A library from another format version becomes a message, not
 * a crash; an index that cannot be used leaves the library readable and search saying why.
 */
import type { Article, Library } from '../../shared/model/article';
import { err, ok, type Result } from '../../shared/model/result';
import type { LoadedCorpus } from '../platform';
import { createSearchClient, type SearchClient } from './search-client';

export type { SearchClient };

export interface Corpus {
  library: Library;
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  searcher: SearchClient;
}

export function prepareCorpus(loaded: LoadedCorpus, makeClient: typeof createSearchClient = createSearchClient): Result<Corpus> {
  const library = loaded.library as Partial<Library> | null;
  if (!library || library.formatVersion !== 1 || !Array.isArray(library.articles)) {
    return err('The bundled library is not in a format this version of Gloss reads. Rebuild it with "npm run gloss -- build".');
  }
  const byId = new Map(library.articles.map((a) => [a.id, a]));
  return ok({ library: loaded.library, articles: library.articles, byId, searcher: makeClient(loaded.files) });
}
