/**
 * The user index's parts (shared/search/user-index): one small compact index per imported article,
 * keyed by the article, so a restart loads them instead of indexing every import again.
 */
import type { StoredPart, UserIndexChange } from '../../shared/search/user-index/user-index';
import type { GlossDb } from './gloss-db';

/**
 * Parts written per transaction. A put copies its part on the calling thread, so a thousand new
 * parts in one bulkPut held the window for about 100 ms after a large import (issue 9); in chunks,
 * with a pause between, no task is long. The parts are derived, so a write cut short between chunks
 * only costs re-indexing those articles next time.
 */
const PUT_CHUNK = 50;

// Changes are written one after another, per database, so a later removal never lands before an
// earlier change's last chunk (which would store a part for an article no longer there).
const writing = new WeakMap<GlossDb, Promise<void>>();

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function write(db: GlossDb, change: UserIndexChange): Promise<void> {
  if (change.removed.length > 0) await db.userIndexParts.bulkDelete(change.removed);
  for (let i = 0; i < change.built.length; i += PUT_CHUNK) {
    if (i > 0) await pause();
    await db.userIndexParts.bulkPut(change.built.slice(i, i + PUT_CHUNK));
  }
}

export function userIndexStore(db: GlossDb) {
  return {
    load: (): Promise<StoredPart[]> => db.userIndexParts.toArray(),
    apply(change: UserIndexChange): Promise<void> {
      const done = (writing.get(db) ?? Promise.resolve()).catch(() => {}).then(() => write(db, change));
      writing.set(db, done);
      return done;
    },
  };
}
