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
  /** The bundled articles, then the imported ones. */
  articles: readonly Article[];
  /** Ids of the articles the reader imported (the rest came with the app). */
  importedIds: ReadonlySet<string>;
  byId: ReadonlyMap<string, Article>;
  /**
   * What is kept of imported articles removed with their highlights and notes kept (no text; each has
   * `removedAt`): not in the library or search, only so the Notebook and export can name them, unplaced.
   */
  removed: readonly Article[];
  searcher: SearchClient;
}

/**
 * `client` is the search client from an earlier call (after an import): the bundled files were
 * transferred to its worker, so it is told the new imports instead of being made again.
 */
export function prepareCorpus(loaded: LoadedCorpus, imported: readonly Article[] = [], client?: SearchClient, makeClient: (files: LoadedCorpus['files']) => SearchClient = createSearchClient, removed: readonly Article[] = []): Result<Corpus> {
  const library = loaded.library as Partial<Library> | null;
  if (!library || library.formatVersion !== 1 || !Array.isArray(library.articles)) {
    return err('The bundled library is not in a format this version of Gloss reads. Rebuild it with "npm run gloss -- build".');
  }
  // An imported article whose id a bundled one already has (never, short of a hash collision) is left out.
  const bundledIds = new Set(library.articles.map((a) => a.id));
  const extra = imported.filter((a) => !bundledIds.has(a.id));
  const searcher = client ?? makeClient(loaded.files);
  if (client || extra.length > 0) searcher.setImported(extra);
  const articles = [...library.articles, ...extra];
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ok({ library: loaded.library, articles, importedIds: new Set(extra.map((a) => a.id)), byId, removed: removed.filter((a) => !byId.has(a.id)), searcher });
}
