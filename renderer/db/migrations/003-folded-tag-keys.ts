/**
 * v2 → v3: the `tags` table is keyed by tagKey(name) instead of name.toLowerCase().
 *
 * v2 compared tags lower-cased only, while the tags input and the Notebook already treated "Café"
 * and "cafe" (and "Kata’ib" / "Kata'ib") as one tag, so a v2 database can hold two rows for what the
 * reader sees as one tag. The key is the primary key, so rows cannot be modified in place: the
 * upgrade reads every row, re-keys and merges them here, clears the table and writes the result.
 *
 * Why re-key rather than keep the v2 key and compare lower-cased everywhere: the fold is the rule the
 * reader already experienced in the UI, and search uses the same fold; one small migration is cheaper
 * than a UI that starts showing "Café" and "cafe" as two tags.
 *
 * Highlight and note tag lists are left as they are: they are names, compared by tagKey() wherever
 * they are matched, so a highlight tagged "Café" still shows, filters and exports as the merged tag.
 * If tagKey() ever changes, that is a new version re-keying again; the fixture test pins today's keys.
 */
import { tagKey } from '../../../shared/model/tag';

/** A tags row as v2 stored it (key = name.toLowerCase()). */
export interface TagRecordV2 {
  key: string;
  name: string;
  createdAt: string;
}

/** A tags row as v3 stores it (key = tagKey(name)). */
export interface TagRecordV3 {
  key: string;
  name: string;
  createdAt: string;
}

/**
 * One row per tagKey. Of rows that merge, the earliest made is kept (its spelling is the one typed
 * first, the rule ensureTags follows); ties keep the row that comes first in v2 key order.
 */
export function rekeyTagsV2toV3(rows: readonly TagRecordV2[]): TagRecordV3[] {
  const sorted = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byKey = new Map<string, TagRecordV3>();
  for (const row of sorted) {
    const key = tagKey(row.name);
    const kept = byKey.get(key);
    if (kept === undefined || row.createdAt < kept.createdAt) byKey.set(key, { key, name: row.name, createdAt: row.createdAt });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
