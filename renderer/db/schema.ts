/**
 * THE schema of Gloss's IndexedDB, the one place it is written down.
 *
 * Append-only: a shipped version is never edited; a change is a new entry with a higher version
 * number, listing only the stores it adds or changes (Dexie ≥ 3 carries the rest forward), and, when
 * stored records change shape, an upgrade that calls a pure record→record function from
 * migrations/NNN-*.ts (tested on a frozen fixture of the previous version's records).
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { migrateReadingStateV1toV2, type ReadingStateV1 } from './migrations/002-scroll-fraction';
import { rekeyTagsV2toV3, type TagRecordV2 } from './migrations/003-folded-tag-keys';
import { mergeNotesV3toV4, stampHighlightV3toV4, type HighlightV3, type NoteV3 } from './migrations/004-revisions';
import { nowIso } from './clock';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<unknown>;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    // The foundation: where the reader was, and how the page looks.
    version: 1,
    stores: {
      readingState: '&articleId',
      settings: '&key',
    },
  },
  {
    // Highlights, notes and tags. The compound index on a nested key path gives "highlights of one
    // article in document order" straight from the index (checked in fake-indexeddb and Chromium:
    // IndexedDB allows dotted paths inside an array key path).
    version: 2,
    stores: {
      highlights: '&id, articleId, [articleId+position.start], color, createdAt, *tags',
      notes: '&id, articleId, highlightId, updatedAt, *tags',
      tags: '&key, name',
    },
    upgrade: (tx) =>
      tx
        .table('readingState')
        .toCollection()
        .modify((row: ReadingStateV1, ref: { value: unknown }) => {
          ref.value = migrateReadingStateV1toV2(row);
        }),
  },
  {
    // Same stores; the tags table's primary key becomes tagKey(name) (case, accents and quote style
    // folded), the one tag rule of shared/model/tag.ts. Keys cannot be modified in place, so the
    // table is rewritten within the upgrade transaction.
    version: 3,
    stores: {
      tags: '&key, name',
    },
    upgrade: async (tx) => {
      const tags = tx.table('tags');
      const rows = rekeyTagsV2toV3((await tags.toArray()) as TagRecordV2[]);
      await tags.clear();
      await tags.bulkAdd(rows);
    },
  },
  {
    // Data safety (issue 11): highlights and notes get a revision (migration 004), deletes leave
    // tombstones (purged after TOMBSTONE_MAX_AGE_DAYS, shared/model/sync.ts), the note editor keeps
    // a draft of unsaved text per note owner ("highlight:<id>" / "article:<id>"), and Restore keeps
    // a snapshot of what it changed so it can be undone.
    version: 4,
    stores: {
      tombstones: '&id, deletedAt',
      drafts: '&key',
      snapshots: '&id, takenAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('highlights')
        .toCollection()
        .modify((row: HighlightV3, ref: { value: unknown }) => {
          ref.value = stampHighlightV3toV4(row);
        });
      const notes = tx.table('notes');
      const { notes: merged, removed } = mergeNotesV3toV4((await notes.toArray()) as NoteV3[], nowIso());
      await notes.clear();
      await notes.bulkAdd(merged);
      await tx.table('tombstones').bulkPut(removed);
    },
  },
  {
    // Articles the reader imported (issue 9): the parsed Article, its original file kept for
    // provenance, found again by content hash so the same text is never imported twice.
    version: 5,
    stores: {
      importedArticles: '&id, article.contentHash, importedAt',
    },
  },
  {
    // Issue 9. The user search index: one compact index per imported article, with the key of what
    // it indexed, so a restart does not index the imports again (derived data: losing it costs time
    // only). And the provenance of a removed import whose highlights and notes were kept as unplaced.
    version: 6,
    stores: {
      userIndexParts: '&articleId',
      removedArticles: '&id',
    },
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** Declares versions 1..upTo on a fresh Dexie instance (tests declare older ones to fake old installs). */
export function declareSchema(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const step of SCHEMA) {
    if (step.version > upTo) break;
    const declared = db.version(step.version).stores({ ...step.stores });
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}
