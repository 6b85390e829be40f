/**
 * The user index: the reader's imported articles, each indexed on its own as a small compact index
 * (the same format as the bundled search-index.bin), searched with the bundled index through one
 * MergedIndex. Adding, removing or editing an article builds (or drops) only that article's part;
 * the parts' bytes are handed out to be stored, and handed back after a restart, so nothing already
 * indexed is indexed again.
 */
import type { Article } from '../../model/article';
import type { ArticleSource } from '../article-source';
import { buildCompactIndex } from '../build-index';
import { loadIndex, type LoadedIndex } from '../loaded-index';
import { createSearcherOver, type Searcher } from '../search';
import { isCompactPart, MergedIndex, type CompactPart } from './merged-index';

/** One article's part of the user index, as stored. */
export interface StoredPart {
  articleId: string;
  /** userIndexKey(article) when it was built: a different key means the part is stale. */
  key: string;
  bytes: Uint8Array;
}

/**
 * What the index holds of an article: its text (by content hash) and the metadata fields that are
 * indexed (title, byline, source). Editing the title changes the key; editing the date does not.
 */
export function userIndexKey(article: Pick<Article, 'contentHash' | 'title' | 'byline' | 'source'>): string {
  return JSON.stringify([article.contentHash, article.title, article.byline, article.source]);
}

export interface UserIndexChange {
  /** Parts built by this change (new or edited articles), to store. */
  built: StoredPart[];
  /** Articles whose parts are gone, to delete from the store. */
  removed: string[];
}

export class UserIndex {
  private readonly base: CompactPart | null;
  private readonly problem: string | null;
  private articles = new Map<string, Article>();
  private parts = new Map<string, { key: string; index: CompactPart }>();
  private merged: MergedIndex | null = null;
  /** How many articles were indexed (not loaded from stored bytes) over this object's life: for tests and the bench. */
  indexedCount = 0;

  constructor(
    private readonly bundled: ArticleSource,
    bundledIndex: unknown,
  ) {
    const loaded = loadIndex(bundledIndex);
    this.base = loaded.ok && isCompactPart(loaded.value) ? loaded.value : null;
    this.problem = loaded.ok ? (this.base ? null : 'The bundled search index is not a compact index, so imported articles cannot be searched with it.') : loaded.problem;
  }

  /**
   * Makes the user index hold exactly `articles` (in this order: the order of the result list's
   * ties and of a full rebuild), reusing what it has and what `stored` holds where the key matches.
   */
  set(articles: readonly Article[], stored: readonly StoredPart[] = []): UserIndexChange {
    const storedById = new Map(stored.map((s) => [s.articleId, s]));
    const next = new Map<string, { key: string; index: CompactPart }>();
    const built: StoredPart[] = [];
    const articleMap = new Map<string, Article>();
    for (const article of articles) {
      if (this.bundled.metaOf(article.id) || articleMap.has(article.id)) continue;
      articleMap.set(article.id, article);
      const key = userIndexKey(article);
      const have = this.parts.get(article.id);
      if (have && have.key === key) {
        next.set(article.id, have);
        continue;
      }
      const kept = storedById.get(article.id);
      const fromStore = kept && kept.key === key ? loadPart(kept.bytes) : null;
      if (fromStore) {
        next.set(article.id, { key, index: fromStore });
        continue;
      }
      const bytes = buildCompactIndex([article]);
      this.indexedCount++;
      next.set(article.id, { key, index: loadPart(bytes)! });
      built.push({ articleId: article.id, key, bytes });
    }
    const removed = [...this.parts.keys()].filter((id) => !next.has(id));
    // A stored part no article needs any more (removed while the app was closed) goes too.
    for (const s of stored) if (!next.has(s.articleId) && !removed.includes(s.articleId)) removed.push(s.articleId);
    const changed = built.length > 0 || removed.length > 0 || [...next.keys()].join('\n') !== [...this.parts.keys()].join('\n');
    this.parts = next;
    this.articles = articleMap;
    if (changed) this.merged = null;
    return { built, removed };
  }

  /** The index over the bundled articles and these, as one. */
  index(): LoadedIndex | null {
    if (!this.base) return null;
    if (this.parts.size === 0) return this.base;
    return (this.merged ??= new MergedIndex([this.base, ...[...this.parts.values()].map((p) => p.index)]));
  }

  /** A searcher over the bundled articles and the imported ones, in one result list. */
  searcher(): Searcher {
    const index = this.index();
    const problem = this.problem ?? 'The search index could not be opened.';
    if (!index) return { problem, search: () => ({ results: [], total: 0, totalIsExact: true, message: problem }), matchesIn: () => [], marksIn: () => ({ text: [], title: [] }) };
    const articles = this.articles;
    const source: ArticleSource = {
      metaOf: (id) => this.bundled.metaOf(id) ?? articles.get(id),
      article: (id) => this.bundled.article(id) ?? articles.get(id),
    };
    return createSearcherOver(source, index);
  }
}

function loadPart(bytes: Uint8Array): CompactPart | null {
  const loaded = loadIndex(bytes);
  return loaded.ok && isCompactPart(loaded.value) ? loaded.value : null;
}
