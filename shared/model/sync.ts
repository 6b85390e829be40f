/**
 * What makes Gloss's records mergeable across devices later, by a replication engine that is not
 * written yet. Each kind of record has one merge rule, chosen so that two copies of the same data
 * always merge to the same result whatever order they arrive in:
 *
 * - Highlights and notes are edited and deleted, so they carry a random global id (newId: 128 bits
 *   from crypto.randomUUID, never reused), a `revision` (1 on creation, +1 per write on this device)
 *   and an `updatedAt`. A write made from an older revision than the stored one is a conflict that
 *   a person resolves (notes-repo, plan-restore), never a silent overwrite.
 * - A delete leaves a Tombstone (id, kind, the revision deleted, deletedAt), so a device that still
 *   holds the record learns it was deleted instead of bringing it back. Tombstones are purged after
 *   TOMBSTONE_MAX_AGE_DAYS: a device offline longer than that may revive a deleted note (the safe
 *   direction: nothing is lost).
 * - Tags are a grow-only set keyed by tagKey(name): the key is the identity, the earliest createdAt's
 *   spelling wins. A tag is never edited, so it needs no revision.
 * - Reading positions are one per article, last writer (latest updatedAt) wins: a scroll position
 *   is not writing, and the newest place read is the one wanted.
 */

export type TombstoneKind = 'highlight' | 'note';

export interface Tombstone {
  /** The deleted record's id (ids are never reused). */
  id: string;
  kind: TombstoneKind;
  /** The revision the record had when it was deleted. */
  revision: number;
  /** ISO timestamp. */
  deletedAt: string;
}

/** Long enough for a laptop left in a drawer over a term; short enough that deletes do not pile up forever. */
export const TOMBSTONE_MAX_AGE_DAYS = 180;

/** True when the tombstone is old enough to purge at `now`. */
export function isTombstoneExpired(t: Pick<Tombstone, 'deletedAt'>, now: Date, maxAgeDays = TOMBSTONE_MAX_AGE_DAYS): boolean {
  return now.getTime() - Date.parse(t.deletedAt) > maxAgeDays * 24 * 60 * 60 * 1000;
}

/** The note's owner: its highlight, or its article for an article-level note. One note per owner. */
export function noteOwnerKey(n: { articleId: string; highlightId: string | null }): string {
  return n.highlightId !== null ? `highlight:${n.highlightId}` : `article:${n.articleId}`;
}
