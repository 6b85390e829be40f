import { tagKey, type Tag } from '../../shared/model';
import type { TagRenamePlan } from '../../shared/model/tag-usage';
import { nowIso } from './clock';
import type { GlossDb, TagRecord } from './gloss-db';
import { cleanTagName } from './validate';

function toTag(record: TagRecord): Tag {
  return { name: record.name, createdAt: record.createdAt };
}

/**
 * Makes sure every named tag exists and returns the names as stored: one tag per tagKey(), so "CAFÉ"
 * after "cafe" gives back "cafe" (the first spelling is kept), de-duplicated, blanks dropped, in
 * input order. A name the tag rule refuses otherwise (too long, not text) is a StorageError. Joins
 * the caller's transaction when there is one that includes `tags`.
 */
export async function ensureTags(db: GlossDb, names: readonly string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    // Blank entries are what an emptied chip or a stray comma leaves: dropped, not refused.
    if (typeof raw === 'string' && raw.trim() === '') continue;
    const name = cleanTagName(raw);
    const key = tagKey(name);
    if (!wanted.has(key)) wanted.set(key, name);
  }
  if (wanted.size === 0) return [];
  return db.transaction('rw', db.tags, async () => {
    const keys = [...wanted.keys()];
    const existing = await db.tags.bulkGet(keys);
    const createdAt = nowIso();
    const added: TagRecord[] = [];
    const names = keys.map((key, i) => {
      const found = existing[i];
      if (found) return found.name;
      const record: TagRecord = { key, name: wanted.get(key)!, createdAt };
      added.push(record);
      return record.name;
    });
    if (added.length > 0) await db.tags.bulkAdd(added);
    return names;
  });
}

/** Every tag, in key order (case- and accent-insensitive alphabetical). */
export async function listAllTags(db: GlossDb): Promise<Tag[]> {
  return (await db.tags.orderBy('key').toArray()).map(toTag);
}

/**
 * Writes a tag rename (or merge) planned by shared/model/tag-usage.ts in ONE transaction: the
 * changed highlights and notes, the old tag rows out and the new one in. `undoTagRename` writes the
 * plan's `undo` back the same way, so Undo restores every record as it was.
 */
export async function applyTagRename(db: GlossDb, plan: TagRenamePlan): Promise<void> {
  await db.transaction('rw', db.highlights, db.notes, db.tags, async () => {
    await db.tags.bulkDelete(plan.deleteTags.map(tagKey));
    if (plan.putTag) await db.tags.put({ key: tagKey(plan.putTag.name), name: plan.putTag.name, createdAt: plan.putTag.createdAt });
    await db.highlights.bulkPut(plan.highlights);
    await db.notes.bulkPut(plan.notes);
  });
}

export async function undoTagRename(db: GlossDb, plan: TagRenamePlan): Promise<void> {
  await db.transaction('rw', db.highlights, db.notes, db.tags, async () => {
    if (plan.putTag) await db.tags.delete(tagKey(plan.putTag.name));
    await db.tags.bulkPut(plan.undo.tags.map((t) => ({ key: tagKey(t.name), name: t.name, createdAt: t.createdAt })));
    await db.highlights.bulkPut(plan.undo.highlights);
    await db.notes.bulkPut(plan.undo.notes);
  });
}
