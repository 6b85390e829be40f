/**
 * Turns what the host loaded into what the UI reads: the articles by id and a ready searcher.
 * A library from another format version or an index Lunr cannot load becomes a message, not a crash.
 */
import type { Article, Library } from '../../shared/model/article';
import { err, ok, type Result } from '../../shared/model/result';
import type { Searcher } from '../../shared/search';
import { searcherWithImports } from './user-index';
import type { LoadedCorpus } from '../platform';

export type { Searcher };

export interface Corpus {
  library: Library;
  /** The bundled articles, then the imported ones. */
  articles: readonly Article[];
  /** Ids of the articles the reader imported (the rest came with the app). */
  importedIds: ReadonlySet<string>;
  byId: ReadonlyMap<string, Article>;
  searcher: Searcher;
}

export function prepareCorpus(loaded: LoadedCorpus, imported: readonly Article[] = []): Result<Corpus> {
  const library = loaded.library as Partial<Library> | null;
  if (!library || library.formatVersion !== 1 || !Array.isArray(library.articles)) {
    return err('The bundled library is not in a format this version of Gloss reads. Rebuild it with "npm run gloss -- build".');
  }
  // An imported article whose id a bundled one already has (never, short of a hash collision) is left out.
  const bundledIds = new Set(library.articles.map((a) => a.id));
  const extra = imported.filter((a) => !bundledIds.has(a.id));
  const searcher = searcherWithImports(loaded.library, loaded.index, extra);
  if (searcher.problem) return err(searcher.problem);
  const articles = [...library.articles, ...extra];
  const byId = new Map(articles.map((a) => [a.id, a]));
  return ok({ library: loaded.library, articles, importedIds: new Set(extra.map((a) => a.id)), byId, searcher });
}
