/**
 * The backup file: every highlight, note, tag and reading state, as plain JSON. The format name and
 * version come first so that any reader (and a person opening the file) can tell what it is.
 *
 * Versions (parseBackup reads all of them; createBackup writes the latest):
 * 1. highlights, notes, tags, reading states, articles.
 * 2. adds `revision` on highlights and notes and `tombstones` (deleted records, shared/model/sync.ts),
 *    so a backup carries what a replication engine needs. A version-1 file reads as revision 1 and
 *    no tombstones.
 */
import type { RecordBundle, Tombstone } from '../../model';

export type { RecordBundle };

export const BACKUP_FORMAT = 'gloss-backup';
export const BACKUP_VERSION = 2;
/** Every version this code can read, oldest first. */
export const READABLE_BACKUP_VERSIONS = [1, 2] as const;

/** Which text version each article had, so a restore can tell which anchors may need re-attaching. */
export interface BackupArticle {
  id: string;
  contentHash: string;
}

/** A backup as read (any version, upgraded to the latest shape) or as written. */
export interface Backup extends RecordBundle {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp. */
  exportedAt: string;
  articles: BackupArticle[];
  tombstones: Tombstone[];
}
