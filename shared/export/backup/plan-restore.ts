import { tagKey, type Highlight, type Note, type ReadingState, type Tag } from '../../model';
import type { RecordBundle, BackupV1 } from './format';

export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface RestorePlan {
  /** The records to write (added and updated ones); unchanged records are left out. */
  put: RecordBundle;
  counts: RestoreCounts;
  /** The same counts per kind of record, for a detailed summary. */
  byKind: Record<keyof RecordBundle, RestoreCounts>;
}

/** Deep equality over JSON-like data, so key order and object identity do not matter. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => Object.hasOwn(bo, k) && sameData(ao[k], bo[k]));
}

/**
 * A backup record is unchanged when every field it carries equals the stored one; fields the stored
 * row has beyond the model (caches) are ignored, so they do not make every record look "updated".
 */
function sameRecord(stored: object, incoming: object): boolean {
  const s = stored as Record<string, unknown>;
  return Object.entries(incoming).every(([k, v]) => sameData(s[k], v));
}

function merge<T extends object>(existing: T[], incoming: T[], key: (t: T) => string): { put: T[]; counts: RestoreCounts } {
  const stored = new Map(existing.map((e) => [key(e), e]));
  const put: T[] = [];
  const counts: RestoreCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const record of incoming) {
    const current = stored.get(key(record));
    if (current === undefined) {
      counts.added++;
      put.push(record);
    } else if (sameRecord(current, record)) counts.unchanged++;
    else {
      counts.updated++;
      put.push(record);
    }
  }
  return { put, counts };
}

/**
 * What restoring `backup` over the `existing` records would write. Records merge by key (ids; tags by
 * tagKey(), the one tag rule of shared/model/tag.ts; reading state by article), nothing is deleted and nothing is duplicated.
 *
 * When a record differs, the backup wins, whatever the updatedAt: restoring is how a researcher
 * undoes a mistake (a note overwritten, a highlight re-coloured), and "newest wins" would keep the
 * mistake. Records made since the backup are untouched because the backup does not name them.
 * Tags are matched by tagKey(), so a put tag may differ in case or accents from the stored one: the
 * store keys tags by tagKey() (Dexie schema v3), so the put replaces that row rather than adding one.
 */
export function planRestore(existing: RecordBundle, backup: BackupV1): RestorePlan {
  const highlights = merge<Highlight>(existing.highlights, backup.highlights, (h) => h.id);
  const notes = merge<Note>(existing.notes, backup.notes, (n) => n.id);
  const tags = merge<Tag>(existing.tags, backup.tags, (t) => tagKey(t.name));
  const readingStates = merge<ReadingState>(existing.readingStates, backup.readingStates, (r) => r.articleId);
  const byKind = { highlights: highlights.counts, notes: notes.counts, tags: tags.counts, readingStates: readingStates.counts };
  const all = Object.values(byKind);
  return {
    put: { highlights: highlights.put, notes: notes.put, tags: tags.put, readingStates: readingStates.put },
    counts: {
      added: all.reduce((s, c) => s + c.added, 0),
      updated: all.reduce((s, c) => s + c.updated, 0),
      unchanged: all.reduce((s, c) => s + c.unchanged, 0),
    },
    byKind,
  };
}
