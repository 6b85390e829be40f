export { BACKUP_FORMAT, BACKUP_VERSION, READABLE_BACKUP_VERSIONS, type Backup, type BackupArticle, type RecordBundle } from './format';
export { createBackup, serializeBackup, backupFileName, type CreateBackupInput } from './create-backup';
export { parseBackup } from './parse-backup';
export { planRestore, resolveRestore, type RestorePlan, type RestoreCounts, type RestoreChoice, type RestoreConflict, type RestoreWrite, type StoredRecords, type ConflictReason } from './plan-restore';
export { backupSchema, highlightSchema, noteSchema, tagSchema, readingStateSchema, tombstoneSchema } from './schema';
export { planUndoRestore, type RestoreSnapshot, type UndoWrite } from './plan-undo';
