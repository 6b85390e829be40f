/**
 * The user index's parts (shared/search/user-index): one small compact index per imported article,
 * keyed by the article, so a restart loads them instead of indexing every import again.
 */
import type { StoredPart, UserIndexChange } from '../../shared/search/user-index/user-index';
import type { GlossDb } from './gloss-db';

export function userIndexStore(db: GlossDb) {
  return {
    load: (): Promise<StoredPart[]> => db.userIndexParts.toArray(),
    async apply(change: UserIndexChange): Promise<void> {
      await db.transaction('rw', db.userIndexParts, async () => {
        if (change.removed.length > 0) await db.userIndexParts.bulkDelete(change.removed);
        if (change.built.length > 0) await db.userIndexParts.bulkPut(change.built);
      });
    },
  };
}
