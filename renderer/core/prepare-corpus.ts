/**
 * Turns what the host loaded into what the UI reads: every article's metadata by id, a way to read
 * one article's text when it is opened, and a search client that loads the index off the main
 * thread. A library from another format version becomes a message, not a crash; an index that
 * cannot be used leaves the library readable and search saying why.
 */
import { LIBRARY_FORMAT_VERSION, type ArticleMeta, type LibraryMeta } from '../../shared/library/library-files';
import type { Article, ArticleInfo } from '../../shared/model/article';
import { err, ok, type Result } from '../../shared/model/result';
import type { LoadedCorpus } from '../platform';
import { blobArticleReader, type ReadArticle } from './article-reader';
import { createSearchClient, type SearchClient } from './search-client';

export type { SearchClient };

export interface Corpus {
  /** The bundled articles, then the imported ones: metadata only (no text). */
  articles: readonly ArticleInfo[];
  /** Ids of the articles the reader imported (the rest came with the app). */
  importedIds: ReadonlySet<string>;
  byId: ReadonlyMap<string, ArticleInfo>;
  /** One article with its text, read when it is asked for; undefined for an unknown id. */
  readArticle(id: string): Promise<Article | undefined>;
  /**
   * What is kept of imported articles removed with their highlights and notes kept (no text; each has
   * `removedAt`): not in the library or search, only so the Notebook and export can name them, unplaced.
   */
  removed: readonly ArticleInfo[];
  searcher: SearchClient;
}

/**
 * `client` is the search client from an earlier call (after an import): the bundled files were
 * transferred to its worker, so it is told the new imports instead of being made again. `read` is
 * the bundled text's reader from that call too, so the articles read so far stay the same objects.
 */
export function prepareCorpus(
  loaded: LoadedCorpus,
  imported: readonly Article[] = [],
  client?: SearchClient,
  makeClient: typeof createSearchClient = createSearchClient,
  read: ReadArticle = blobArticleReader(loaded.text),
  removed: readonly ArticleInfo[] = [],
): Result<Corpus> {
  const library = loaded.library as Partial<LibraryMeta> | null;
  if (!library || library.formatVersion !== LIBRARY_FORMAT_VERSION || !Array.isArray(library.articles)) {
    return err('The bundled library is not in a format this version of Gloss reads. Rebuild it with "npm run gloss -- build".');
  }
  const bundled: readonly ArticleMeta[] = library.articles;
  // An imported article whose id a bundled one already has (never, short of a hash collision) is left out.
  const bundledById = new Map<string, ArticleMeta>();
  for (const a of bundled) if (!bundledById.has(a.id)) bundledById.set(a.id, a);
  const extra = imported.filter((a) => !bundledById.has(a.id));
  const extraById = new Map(extra.map((a) => [a.id, a]));
  const searcher = client ?? makeClient(loaded.files);
  if (client || extra.length > 0) searcher.setImported(extra);
  const articles: ArticleInfo[] = [...bundled, ...extra];
  const byId = new Map<string, ArticleInfo>(articles.map((a) => [a.id, a]));
  const readArticle = async (id: string): Promise<Article | undefined> => {
    const meta = bundledById.get(id);
    return meta ? read(meta) : extraById.get(id);
  };
  return ok({ articles, importedIds: new Set(extra.map((a) => a.id)), byId, readArticle, removed: removed.filter((a) => !byId.has(a.id)), searcher });
}
