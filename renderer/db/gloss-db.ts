/**
 * The database handle. Created by openGlossDb() and passed down (DbProvider in React), never held
 * in a module-level singleton, so tests and future multi-profile setups each get their own.
 */
import Dexie, { type Table } from 'dexie';
import type { Article, EditableMetadata, Highlight, Note, ReadingState, Tag, Tombstone } from '../../shared/model';
import type { DraftRecord } from './drafts-repo';
import type { SnapshotRecord } from './snapshots-repo';
import { declareSchema } from './schema';
import type { StoredPart } from '../../shared/search/user-index/user-index';
import type { RemovedArticleRecord } from './imported-articles-repo';

/** A setting is stored one row per key, so changing one never rewrites the others. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Tags are keyed by tagKey(name) (shared/model/tag.ts; schema v3); `name` keeps the first spelling the reader typed. */
export interface TagRecord extends Tag {
  key: string;
}

/** An article the reader imported, with the file it came from (schema v5). */
export interface ImportedArticleRecord {
  id: string;
  article: Article;
  original: { name: string; type: string; size: number; bytes: ArrayBuffer };
  /** The encoding the file was read in, and what decoding replaced or dropped, for provenance. */
  encoding: string;
  warnings: string[];
  importedAt: string;
  /** Set when the reader corrected the title, byline, date or source: when, and what the import first extracted. */
  metadataEdited?: { at: string; extracted: EditableMetadata };
}

export class GlossDb extends Dexie {
  // `declare`: Dexie creates these properties itself when the schema is declared; a class field
  // would overwrite them with undefined.
  declare readingState: Table<ReadingState, string>;
  declare settings: Table<SettingRecord, string>;
  declare highlights: Table<Highlight, string>;
  declare notes: Table<Note, string>;
  declare tags: Table<TagRecord, string>;
  declare importedArticles: Table<ImportedArticleRecord, string>;
  declare tombstones: Table<Tombstone, string>;
  declare drafts: Table<DraftRecord, string>;
  declare snapshots: Table<SnapshotRecord, string>;
  declare userIndexParts: Table<StoredPart, string>;
  declare removedArticles: Table<RemovedArticleRecord, string>;

  constructor(name: string) {
    super(name);
    declareSchema(this);
  }
}

/** Dexie opens lazily on the first query; call db.open() to surface a blocked/failed open early. */
export function openGlossDb(name = 'gloss'): GlossDb {
  return new GlossDb(name);
}
