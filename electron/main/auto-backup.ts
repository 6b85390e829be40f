/**
 * Automatic backups: one Gloss backup file per day in the app's data folder
 * (<userData>/backups/gloss-auto-YYYY-MM-DD.json), the newest AUTO_BACKUPS_KEPT kept.
 *
 * The renderer owns the database, so it hands main the backup's JSON; main checks it is a Gloss
 * backup (the same parseBackup a restore uses) before writing, so a broken renderer can never
 * replace a good day's backup with junk. The day's first backup is kept for the day: a mistake at
 * 3 pm (a Clear, a bad restore) cannot overwrite the morning's copy. Node only (fs); the IPC handler
 * (ipc/backup.ts) passes the folder, so tests use a temporary one.
 */
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutoBackupInfo } from '../../shared/ipc/contract';
import { parseBackup } from '../../shared/export/backup/parse-backup';
import { err, ok, type Result } from '../../shared/model/result';

export const AUTO_BACKUPS_KEPT = 7;
const NAME = /^gloss-auto-(\d{4}-\d{2}-\d{2})\.json$/;
/** Far above any real store (a backup of 10,000 annotated notes is a few MB), low enough to refuse a runaway call. */
export const MAX_AUTO_BACKUP_BYTES = 200 * 1024 * 1024;

/** The local calendar day: a backup made at 00:30 belongs to the day the reader is living in. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function listAutoBackups(dir: string): Promise<AutoBackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const found = names.map((name) => ({ name, m: NAME.exec(name) })).filter((x) => x.m !== null);
  const infos = await Promise.all(found.map(async ({ name, m }) => ({ name, day: m![1]!, bytes: (await stat(join(dir, name))).size })));
  return infos.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/**
 * Writes today's backup unless there is one already, then deletes all but the newest
 * AUTO_BACKUPS_KEPT. `content` must be a Gloss backup; anything else is refused and nothing changes.
 */
export async function writeDailyBackup(dir: string, content: unknown, now: Date): Promise<Result<{ name: string; written: boolean }>> {
  if (typeof content !== 'string' || content.length > MAX_AUTO_BACKUP_BYTES) return err('Expected a Gloss backup as text.');
  const parsed = parseBackup(content);
  if (!parsed.ok) return err(`Refused an automatic backup that is not a valid Gloss backup: ${parsed.error}`);
  await mkdir(dir, { recursive: true });
  const name = `gloss-auto-${localDay(now)}.json`;
  const existing = await listAutoBackups(dir);
  const written = !existing.some((b) => b.name === name);
  if (written) {
    // Through a temporary file and a rename: a crash mid-write never leaves a torn backup.
    const tmp = join(dir, `${name}.tmp`);
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, join(dir, name));
  }
  const all = await listAutoBackups(dir);
  await Promise.all(all.slice(AUTO_BACKUPS_KEPT).map((b) => unlink(join(dir, b.name))));
  return ok({ name, written });
}

/** One automatic backup's text. Only names this module writes are accepted: no paths. */
export async function readAutoBackup(dir: string, name: unknown): Promise<Result<{ name: string; text: string }>> {
  if (typeof name !== 'string' || !NAME.test(name)) return err(`Not an automatic backup: ${JSON.stringify(String(name)).slice(0, 80)}.`);
  try {
    return ok({ name, text: await readFile(join(dir, name), 'utf8') });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return err(`${name} is no longer there (only the newest ${AUTO_BACKUPS_KEPT} are kept).`);
    throw e;
  }
}
