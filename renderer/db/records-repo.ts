/**
 * Whole-store reads and writes for backup and restore. Planning a merge (and its undo) is pure and
 * lives in shared/export/backup; this file reads a consistent snapshot and applies a plan atomically.
 */
import type { RestoreWrite, StoredRecords } from '../../shared/export/backup/plan-restore';
import type { UndoWrite } from '../../shared/export/backup/plan-undo';
import { isIsoDateTime, tagKey, type RecordBundle, type Tag } from '../../shared/model';
import type { GlossDb, TagRecord } from './gloss-db';
import { checkHighlight, checkNote, checkReadingState, cleanTagName } from './validate';
import { StorageError } from './errors';
import { nowIso } from './clock';

export type { RecordBundle };

/** Everything the reader made, plus tombstones (settings, drafts and snapshots excluded: they belong to this machine). */
export async function exportAllRecords(db: GlossDb): Promise<StoredRecords> {
  // One read transaction, so the bundle is a single consistent snapshot.
  return db.transaction('r', [db.highlights, db.notes, db.tags, db.readingState, db.tombstones], async () => ({
    highlights: await db.highlights.orderBy('[articleId+position.start]').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    tags: (await db.tags.orderBy('key').toArray()).map((t) => ({ name: t.name, createdAt: t.createdAt })),
    readingStates: await db.readingState.toArray(),
    tombstones: await db.tombstones.orderBy('id').toArray(),
  }));
}

function tagRecords(tags: readonly Tag[]): TagRecord[] {
  const byKey = new Map<string, TagRecord>();
  for (const tag of tags) {
    const name = cleanTagName(tag?.name);
    if (!isIsoDateTime(tag.createdAt)) {
      throw new StorageError(`The tag "${name}" in the backup has no valid creation date.`);
    }
    const key = tagKey(name);
    if (!byKey.has(key)) byKey.set(key, { key, name, createdAt: tag.createdAt });
  }
  return [...byKey.values()];
}

function checkBundle(put: RecordBundle): TagRecord[] {
  put.highlights.forEach(checkHighlight);
  put.notes.forEach(checkNote);
  put.readingStates.forEach(checkReadingState);
  return tagRecords(put.tags);
}

/**
 * Puts the records, inside the caller's transaction. With `createUsedTags`, tags the records use
 * that neither the bundle nor the store has are created (a restore bringing back a record after a
 * clear); known tags are never respelled.
 */
async function putBundle(db: GlossDb, put: RecordBundle, tags: TagRecord[], createUsedTags = false): Promise<void> {
  await db.tags.bulkPut(tags);
  if (createUsedTags) await createMissingTags(db, put, tags);
  await db.highlights.bulkPut(put.highlights);
  await db.notes.bulkPut(put.notes);
  await db.readingState.bulkPut(put.readingStates);
}

async function createMissingTags(db: GlossDb, put: RecordBundle, tags: TagRecord[]): Promise<void> {
  const listed = new Set(tags.map((t) => t.key));
  const used = new Map<string, string>();
  for (const r of [...put.highlights, ...put.notes]) for (const name of r.tags) if (!listed.has(tagKey(name))) used.set(tagKey(name), name);
  const known = await db.tags.bulkGet([...used.keys()]);
  const createdAt = nowIso();
  await db.tags.bulkAdd([...used.entries()].filter((_, i) => known[i] === undefined).map(([key, name]) => ({ key, name, createdAt })));
}

/**
 * Writes (puts) a bundle in ONE transaction: all of it or, if any record is refused, none of it.
 * Every record is checked before the first write so a bad backup is reported, not half-applied.
 */
export async function applyRecords(db: GlossDb, put: RecordBundle): Promise<void> {
  const tags = checkBundle(put);
  await db.transaction('rw', [db.highlights, db.notes, db.tags, db.readingState], () => putBundle(db, put, tags));
}

/** Restore snapshots kept: enough to step back over a few restores, few enough to stay small. */
export const MAX_SNAPSHOTS = 5;

/**
 * Applies a resolved restore in ONE transaction, after taking a snapshot of everything stored (kept
 * in the snapshots table, MAX_SNAPSHOTS newest), and returns the snapshot's id for Undo. Refuses,
 * writing nothing, when a record the plan read has changed since (`expected`: each planned id's
 * stored revision then, absent for records that were not stored): the preview would be stale.
 */
export async function applyRestore(db: GlossDb, write: RestoreWrite, expected: Readonly<Record<string, number>>, label: string): Promise<string> {
  const tags = checkBundle(write.put);
  return db.transaction('rw', [db.highlights, db.notes, db.tags, db.readingState, db.tombstones, db.snapshots], async () => {
    const before = await exportAllRecords(db);
    const revisions = new Map([...before.highlights, ...before.notes].map((r) => [r.id, r.revision]));
    for (const r of [...write.put.highlights, ...write.put.notes]) {
      if (revisions.get(r.id) !== expected[r.id]) {
        throw new StorageError('Your notes changed while the restore preview was open (another tab or window). Nothing was restored: review the restore again.');
      }
    }
    await putBundle(db, write.put, tags, true);
    await db.tombstones.bulkPut(write.tombstones);
    await db.tombstones.bulkDelete(write.revived);
    const takenAt = nowIso();
    const id = `snap_${takenAt}`;
    await db.snapshots.put({ id, takenAt, label, before, wrote: write, undoneAt: null });
    const old = await db.snapshots.orderBy('takenAt').reverse().offset(MAX_SNAPSHOTS).primaryKeys();
    await db.snapshots.bulkDelete(old);
    return id;
  });
}

/** Applies an undo plan (shared/export/backup/plan-undo.ts) and marks the snapshot undone, in ONE transaction. */
export async function applyUndo(db: GlossDb, snapshotId: string, undo: UndoWrite): Promise<void> {
  const tags = checkBundle(undo.put);
  await db.transaction('rw', [db.highlights, db.notes, db.tags, db.readingState, db.tombstones, db.snapshots], async () => {
    const snapshot = await db.snapshots.get(snapshotId);
    if (!snapshot) throw new StorageError('That restore can no longer be undone: its snapshot is gone.');
    if (snapshot.undoneAt !== null) throw new StorageError('That restore was already undone.');
    await putBundle(db, undo.put, tags, true);
    await db.highlights.bulkDelete(undo.remove.highlights);
    await db.notes.bulkDelete(undo.remove.notes);
    await db.tags.bulkDelete(undo.remove.tags);
    await db.readingState.bulkDelete(undo.remove.readingStates);
    await db.tombstones.bulkDelete(undo.dropTombstones);
    await db.tombstones.bulkPut(undo.tombstones);
    await db.snapshots.put({ ...snapshot, undoneAt: nowIso() });
  });
}

/**
 * Empties highlights, notes, tags, reading positions and drafts together (settings are kept). No
 * tombstones: clearing resets this device, like a fresh install, rather than deleting the notes
 * everywhere, and a restore afterwards brings everything back without asking.
 */
export async function clearAll(db: GlossDb): Promise<void> {
  await db.transaction('rw', [db.highlights, db.notes, db.tags, db.readingState, db.tombstones, db.drafts], async () => {
    await Promise.all([db.highlights.clear(), db.notes.clear(), db.tags.clear(), db.readingState.clear(), db.tombstones.clear(), db.drafts.clear()]);
  });
}
