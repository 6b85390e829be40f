import type { Tag } from '../../shared/model';
import { nowIso } from './clock';
import type { GlossDb, TagRecord } from './gloss-db';
import { cleanTagName, MAX_TAG_LENGTH } from './validate';

function toTag(record: TagRecord): Tag {
  return { name: record.name, createdAt: record.createdAt };
}

/**
 * Makes sure every named tag exists and returns the names as stored: case-insensitive, so "ML"
 * after "ml" gives back "ml" (the first spelling is kept), de-duplicated, blanks dropped, in input
 * order. Joins the caller's transaction when there is one that includes `tags`.
 */
export async function ensureTags(db: GlossDb, names: readonly string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = cleanTagName(raw);
    const key = name.toLowerCase();
    if (name !== '' && !wanted.has(key)) wanted.set(key, name);
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

/** Tag names starting with `prefix` (case-insensitive), alphabetical, for autocomplete. */
export async function suggestTags(db: GlossDb, prefix: string, limit = 8): Promise<string[]> {
  const cleaned = typeof prefix === 'string' ? prefix.trim().replace(/\s+/g, ' ') : '';
  const max = Math.max(0, Math.floor(limit));
  if (cleaned.length > MAX_TAG_LENGTH || max === 0) return [];
  const rows = await db.tags.where('key').startsWith(cleaned.toLowerCase()).limit(max).toArray();
  return rows.map((r) => r.name);
}

/** Every tag, alphabetical (case-insensitive). */
export async function listAllTags(db: GlossDb): Promise<Tag[]> {
  return (await db.tags.orderBy('key').toArray()).map(toTag);
}
