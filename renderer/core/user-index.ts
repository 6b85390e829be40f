/**
 * The renderer's side of the user index (shared/search/user-index): the imported articles are
 * indexed one by one, each into a small compact index in the bundled index's format, and searched
 * with the bundled index as one (same ranking and totals as one index over both). It runs where the
 * bundled searcher lives: in the search worker in the app, in the thread where there is no Worker.
 *
 * Only what changed crosses to the worker (the articles added or edited, and the order of all), and
 * the parts it builds come back to be stored (renderer/db's userIndexParts), so a restart loads them
 * instead of indexing the library's imports again.
 */
import type { LibraryReader } from '../../shared/library/library-files';
import type { Article } from '../../shared/model/article';
import type { Searcher } from '../../shared/search';
import { UserIndex, type StoredPart, type UserIndexChange } from '../../shared/search/user-index/user-index';

export type { StoredPart, UserIndexChange };

/** Where the parts are kept between runs. */
export interface UserIndexStore {
  load(): Promise<StoredPart[]>;
  apply(change: UserIndexChange): Promise<void>;
}

/** A change to the imported articles, as sent to where the index lives. */
export interface ImportsUpdate {
  /** Every imported article's id, in library order. */
  order: string[];
  /** The articles that are new or changed since the last update. */
  upsert: Article[];
  /** Parts stored by an earlier run (sent once, with the first update). */
  stored: StoredPart[];
}

/** Where the index lives: the imported articles it was told of, and the user index over them. */
export class UserIndexHost {
  private readonly articles = new Map<string, Article>();
  private readonly user: UserIndex;

  constructor(private readonly bundled: LibraryReader, index: Uint8Array) {
    this.user = new UserIndex(bundled, index);
  }

  update(u: ImportsUpdate): UserIndexChange {
    for (const a of u.upsert) this.articles.set(a.id, a);
    const keep = new Set(u.order);
    for (const id of this.articles.keys()) if (!keep.has(id)) this.articles.delete(id);
    return this.user.set(u.order.flatMap((id) => this.articles.get(id) ?? []), u.stored);
  }

  searcher(): Searcher {
    return this.user.searcher();
  }

  /** How many articles this host indexed (rather than loaded from stored parts). */
  get indexedCount(): number {
    return this.user.indexedCount;
  }
}

// What a result or the index could show of an article, without its (hashed) text: a change here is an edit.
const fingerprint = (a: Article) => JSON.stringify({ ...a, sections: undefined, figures: undefined });

/** Remembers what was last sent, so the next update carries only what changed. */
export class ImportsDiff {
  private sent = new Map<string, string>();

  next(articles: readonly Article[], stored: StoredPart[]): ImportsUpdate {
    const now = new Map<string, string>();
    const upsert: Article[] = [];
    for (const a of articles) {
      const f = fingerprint(a);
      now.set(a.id, f);
      if (this.sent.get(a.id) !== f) upsert.push(a);
    }
    this.sent = now;
    return { order: articles.map((a) => a.id), upsert, stored };
  }
}
