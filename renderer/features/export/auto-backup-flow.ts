/**
 * Automatic backups (desktop): once a day the whole store goes to a backup file in the app's data
 * folder (electron/main/auto-backup.ts keeps the newest 7), and any of them can be previewed and
 * restored like a picked file. Plain async functions, tested with a fake host.
 */
import { createBackup, serializeBackup } from '../../../shared/export/backup/create-backup';
import type { AutoBackupInfo } from '../../../shared/ipc/contract';
import { err, errorText, type Result } from '../../../shared/model';
import { exportAllRecords } from '../../db';
import type { AutomaticBackups } from '../../platform';
import type { BackupDeps } from './backup-flow';
import type { BackupSource } from './restore-flow';


/** Writes today's automatic backup if the host keeps them and today's is not there yet. */
export async function runAutomaticBackup(
  { db, articles, now }: Pick<BackupDeps, 'db' | 'articles' | 'now'>,
  automatic: AutomaticBackups | null,
): Promise<Result<{ name: string; written: boolean }> | null> {
  if (automatic === null) return null;
  try {
    const records = await exportAllRecords(db);
    const backup = createBackup({ ...records, articles: articles.map((a) => ({ id: a.id, contentHash: a.contentHash })), exportedAt: now().toISOString() });
    return await automatic.write(serializeBackup(backup));
  } catch (e) {
    return err(`The automatic backup failed: ${errorText(e)}`);
  }
}

export async function listAutomaticBackups(automatic: AutomaticBackups): Promise<Result<AutoBackupInfo[]>> {
  try {
    return await automatic.list();
  } catch (e) {
    return err(`The automatic backups could not be listed: ${errorText(e)}`);
  }
}

/** One automatic backup as a restore source. */
export function automaticBackup(automatic: AutomaticBackups, name: string): BackupSource {
  return async () => {
    try {
      const read = await automatic.read(name);
      return read.ok ? read.value : { tone: 'error', message: read.error };
    } catch (e) {
      return { tone: 'error', message: `${name} could not be read: ${errorText(e)}` };
    }
  };
}
