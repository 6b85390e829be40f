/** Restore snapshots: what was stored before each restore, so it can be undone (records-repo applyRestore / applyUndo). */
import type { RestoreWrite, StoredRecords } from '../../shared/export/backup/plan-restore';
import type { GlossDb } from './gloss-db';

export interface SnapshotRecord {
  id: string;
  takenAt: string;
  /** What was restored, e.g. the backup's file name. */
  label: string;
  before: StoredRecords;
  wrote: RestoreWrite;
  /** When Undo was applied; null while it can still be. */
  undoneAt: string | null;
}

export function getSnapshot(db: GlossDb, id: string): Promise<SnapshotRecord | undefined> {
  return db.snapshots.get(id);
}

/** Newest first. */
export function listSnapshots(db: GlossDb): Promise<SnapshotRecord[]> {
  return db.snapshots.orderBy('takenAt').reverse().toArray();
}
