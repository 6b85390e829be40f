/** Tombstones: what was deleted, kept so a later sync does not bring it back (shared/model/sync.ts). */
import { isTombstoneExpired, TOMBSTONE_MAX_AGE_DAYS, type Tombstone } from '../../shared/model';
import type { GlossDb } from './gloss-db';

export function listTombstones(db: GlossDb): Promise<Tombstone[]> {
  return db.tombstones.orderBy('id').toArray();
}

/** Deletes tombstones older than the maximum age; returns how many went. Run at start-up. */
export async function purgeExpiredTombstones(db: GlossDb, now: Date, maxAgeDays = TOMBSTONE_MAX_AGE_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000).toISOString();
  const expired = await db.tombstones.where('deletedAt').below(cutoff).toArray();
  // The index compares strings; the model's rule decides (they agree for ISO timestamps in UTC).
  const ids = expired.filter((t) => isTombstoneExpired(t, now, maxAgeDays)).map((t) => t.id);
  await db.tombstones.bulkDelete(ids);
  return ids.length;
}
