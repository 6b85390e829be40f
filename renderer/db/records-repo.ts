/**
 * Whole-store reads and writes for backup and restore. Planning a merge is pure and lives in
 * shared/export; this file only reads a consistent snapshot and applies a plan atomically.
 */
import { isIsoDateTime, tagKey, type RecordBundle, type Tag } from '../../shared/model';
import type { GlossDb, TagRecord } from './gloss-db';
import { checkHighlight, checkNote, checkReadingState, cleanTagName } from './validate';
import { StorageError } from './errors';

export type { RecordBundle };

/** Everything the reader made (settings excluded: they belong to the machine, not the research). */
export async function exportAllRecords(db: GlossDb): Promise<RecordBundle> {
  // One read transaction, so the bundle is a single consistent snapshot.
  return db.transaction('r', db.highlights, db.notes, db.tags, db.readingState, async () => ({
    highlights: await db.highlights.orderBy('[articleId+position.start]').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    tags: (await db.tags.orderBy('key').toArray()).map((t) => ({ name: t.name, createdAt: t.createdAt })),
    readingStates: await db.readingState.toArray(),
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

/**
 * Writes (puts) a bundle in ONE transaction: all of it or, if any record is refused, none of it.
 * Every record is checked before the first write so a bad backup is reported, not half-applied.
 */
export async function applyRecords(db: GlossDb, put: RecordBundle): Promise<void> {
  put.highlights.forEach(checkHighlight);
  put.notes.forEach(checkNote);
  put.readingStates.forEach(checkReadingState);
  const tags = tagRecords(put.tags);
  await db.transaction('rw', db.highlights, db.notes, db.tags, db.readingState, async () => {
    await db.tags.bulkPut(tags);
    await db.highlights.bulkPut(put.highlights);
    await db.notes.bulkPut(put.notes);
    await db.readingState.bulkPut(put.readingStates);
  });
}

/** Empties highlights, notes, tags and reading positions together (settings are kept). */
export async function clearAll(db: GlossDb): Promise<void> {
  await db.transaction('rw', db.highlights, db.notes, db.tags, db.readingState, async () => {
    await Promise.all([db.highlights.clear(), db.notes.clear(), db.tags.clear(), db.readingState.clear()]);
  });
}
