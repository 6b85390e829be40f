/**
 * The backup file: every highlight, note, tag and reading state, as plain JSON. The format name and
 * version come first so that any reader (and a person opening the file) can tell what it is.
 */
import type { RecordBundle } from '../../model';

export type { RecordBundle };

export const BACKUP_FORMAT = 'gloss-backup';
export const BACKUP_VERSION = 1;

/** Which text version each article had, so a restore can tell which anchors may need re-attaching. */
export interface BackupArticle {
  id: string;
  contentHash: string;
}

export interface BackupV1 extends RecordBundle {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO timestamp. */
  exportedAt: string;
  articles: BackupArticle[];
}
