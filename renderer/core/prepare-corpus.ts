/**
 * Turns what the host loaded into what the UI reads: the articles by id and a ready searcher.
 * A library from another format version or an index Lunr cannot load becomes a message, not a crash.
 */
import type { Article, Library } from '../../shared/model/article';
import { err, ok, type Result } from '../../shared/model/result';
import { createSearcher, type Searcher } from '../../shared/search';
import type { LoadedCorpus } from '../platform';

export type { Searcher };

export interface Corpus {
  library: Library;
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  searcher: Searcher;
}

export function prepareCorpus(loaded: LoadedCorpus): Result<Corpus> {
  const library = loaded.library as Partial<Library> | null;
  if (!library || library.formatVersion !== 1 || !Array.isArray(library.articles)) {
    return err('The bundled library is not in a format this version of Gloss reads. Rebuild it with "npm run gloss -- build".');
  }
  const searcher = createSearcher(loaded.library, loaded.index);
  if (searcher.problem) return err(searcher.problem);
  const byId = new Map(library.articles.map((a) => [a.id, a]));
  return ok({ library: loaded.library, articles: library.articles, byId, searcher });
}
