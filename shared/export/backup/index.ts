export { BACKUP_FORMAT, BACKUP_VERSION, type BackupV1, type BackupArticle, type RecordBundle } from './format';
export { createBackup, serializeBackup, backupFileName, type CreateBackupInput } from './create-backup';
export { parseBackup } from './parse-backup';
export { planRestore, type RestorePlan, type RestoreCounts } from './plan-restore';
export { backupSchema, highlightSchema, noteSchema, tagSchema, readingStateSchema } from './schema';
