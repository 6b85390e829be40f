/**
 * Back up, restore and clear, as plain async functions over the database and the host, so they are
 * tested against a real (fake-indexeddb) Dexie and a fake host. Each answers with a status line and
 * never throws: a refused file or a failed write is a message, and the stored data is left as it was.
 */
import { backupFileName, createBackup, serializeBackup } from '../../../shared/export/backup/create-backup';
import type { Article } from '../../../shared/model';
import { clearAll, exportAllRecords, type GlossDb } from '../../db';
import { applyRestorePreview, isPreview, pickedFile, previewRestore } from './restore-flow';
import type { Platform } from '../../platform';
import { describeError } from '../../core/error-text';
import type { ActionStatus } from './status';

export interface BackupDeps {
  db: GlossDb;
  host: Pick<Platform, 'kind' | 'saveFile' | 'openBackupFile'>;
  /** The library's articles: their ids and content hashes go into the backup. */
  articles: readonly Pick<Article, 'id' | 'contentHash'>[];
  now: () => Date;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export async function backUp({ db, host, articles, now }: BackupDeps): Promise<ActionStatus> {
  try {
    const records = await exportAllRecords(db);
    const exportedAt = now().toISOString();
    const backup = createBackup({ ...records, articles: articles.map((a) => ({ id: a.id, contentHash: a.contentHash })), exportedAt });
    const saved = await host.saveFile({ name: backupFileName(exportedAt), content: serializeBackup(backup) });
    if (!saved.ok) return { tone: 'error', message: saved.error };
    if (saved.value === null) return { tone: 'info', message: 'Backup cancelled: nothing was saved.' };
    const what = `${plural(backup.highlights.length, 'highlight')}, ${plural(backup.notes.length, 'note')}, ${plural(backup.tags.length, 'tag')}`;
    return { tone: 'success', message: `${host.kind === 'browser' ? 'Downloaded' : 'Backed up to'} ${saved.value.path} (${what}).` };
  } catch (e) {
    return { tone: 'error', message: describeError('Making the backup', e) };
  }
}

/**
 * Restore without a preview, every conflict kept as it is here (the default choices). The backup
 * panel previews first (restore-flow.ts); this is that flow end to end with no choices made.
 */
export async function restoreFromFile(deps: BackupDeps): Promise<ActionStatus> {
  const preview = await previewRestore(deps, pickedFile(deps.host));
  if (!isPreview(preview)) return preview;
  return (await applyRestorePreview(deps, preview, {})).status;
}

export async function clearEverything({ db }: BackupDeps): Promise<ActionStatus> {
  try {
    await clearAll(db);
    return { tone: 'success', message: 'Cleared: every highlight, note, tag and reading position was deleted.' };
  } catch (e) {
    return { tone: 'error', message: describeError('Clearing the notes', e) };
  }
}
