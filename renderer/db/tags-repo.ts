import { tagKey, type Tag } from '../../shared/model';
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
