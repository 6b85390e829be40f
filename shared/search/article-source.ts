import type { Article, Library } from '../model';

/** What the engine needs to know about an article without reading its text. */
export interface ArticleSummary {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
}

/**
 * Where the engine gets articles: their summaries for ranking and results, their text only for
 * snippets, marks and the checks the index cannot settle. shared/library's LibraryReader is one
 * (text read by offset from the packed file); a Library of whole articles is wrapped as another.
 */
export interface ArticleSource {
  metaOf(id: string): ArticleSummary | undefined;
  article(id: string): Article | undefined;
}

export function isArticleSource(value: unknown): value is ArticleSource {
  return typeof value === 'object' && value !== null && typeof (value as ArticleSource).metaOf === 'function' && typeof (value as ArticleSource).article === 'function';
}

/** A Library already in memory as an ArticleSource (the first of a repeated id wins). */
export function librarySource(library: Pick<Library, 'articles'>): ArticleSource {
  const byId = new Map<string, Article>();
  for (const a of library.articles) if (!byId.has(a.id)) byId.set(a.id, a);
  return { metaOf: (id) => byId.get(id), article: (id) => byId.get(id) };
}
