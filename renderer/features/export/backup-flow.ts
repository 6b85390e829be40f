/**
 * Back up, restore and clear, as plain async functions over the database and the host, so they are
 * tested against a real (fake-indexeddb) Dexie and a fake host. Each answers with a status line and
 * never throws: a refused file or a failed write is a message, and the stored data is left as it was.
 */
import { backupFileName, createBackup, serializeBackup } from '../../../shared/export/backup/create-backup';
import type { BackupV1 } from '../../../shared/export/backup/format';
import { parseBackup } from '../../../shared/export/backup/parse-backup';
import { planRestore, type RestoreCounts } from '../../../shared/export/backup/plan-restore';
import type { Article } from '../../../shared/model';
import { applyRecords, clearAll, exportAllRecords, type GlossDb } from '../../db';
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
/** Messages from other modules may or may not end a sentence; ours follow them. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

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

const KIND_NAMES: Record<string, [string, string]> = {
  highlights: ['highlight', 'highlights'],
  notes: ['note', 'notes'],
  tags: ['tag', 'tags'],
  readingStates: ['reading position', 'reading positions'],
};

/** "17 highlights, 2 notes and 1 tag": what a count is of (issue 12: "17 added" did not say). */
function ofKinds(byKind: Record<string, RestoreCounts>, which: keyof RestoreCounts): string {
  const parts = Object.entries(byKind)
    .filter(([, c]) => c[which] > 0)
    .map(([kind, c]) => {
      const [one, many] = KIND_NAMES[kind] ?? [kind, kind];
      return `${c[which]} ${c[which] === 1 ? one : many}`;
    });
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * "Restored: 17 highlights and 2 notes added; 1 tag updated; nothing unchanged." plus what the reader
 * should know about changed articles. Without the per-kind counts, the totals.
 */
export function restoreMessage(
  counts: RestoreCounts,
  backup: Pick<BackupV1, 'articles' | 'highlights'>,
  articles: BackupDeps['articles'],
  byKind?: Record<string, RestoreCounts>,
): string {
  const current = new Map(articles.map((a) => [a.id, a.contentHash]));
  const used = new Set(backup.highlights.map((h) => h.articleId));
  const relevant = backup.articles.filter((a) => used.has(a.id));
  const changed = relevant.filter((a) => current.has(a.id) && current.get(a.id) !== a.contentHash).length;
  const missing = [...used].filter((id) => !current.has(id)).length;
  const parts = [
    byKind
      ? `Restored: ${ofKinds(byKind, 'added')} added; ${ofKinds(byKind, 'updated')} updated; ${ofKinds(byKind, 'unchanged')} unchanged.`
      : `Restored: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged.`,
  ];
  if (changed > 0) parts.push(`${plural(changed, 'article')} changed since the backup; their highlights are re-attached when opened.`);
  if (missing > 0) parts.push(`${plural(missing, 'article')} with highlights ${missing === 1 ? 'is' : 'are'} not in this library; those highlights are kept but cannot be shown.`);
  return parts.join(' ');
}

export async function restoreFromFile({ db, host, articles }: BackupDeps): Promise<ActionStatus> {
  let picked;
  try {
    picked = await host.openBackupFile();
  } catch (e) {
    return { tone: 'error', message: describeError('Opening the backup file', e) };
  }
  if (!picked.ok) return { tone: 'error', message: picked.error };
  if (picked.value === null) return { tone: 'info', message: 'Restore cancelled: nothing was changed.' };
  const parsed = parseBackup(picked.value.text);
  if (!parsed.ok) return { tone: 'error', message: `${picked.value.name}: ${sentence(parsed.error)} Your notes were not changed.` };
  try {
    // Plan against a fresh snapshot, then write the plan in one transaction: all of it or none.
    const plan = planRestore(await exportAllRecords(db), parsed.value);
    await applyRecords(db, plan.put);
    return { tone: 'success', message: restoreMessage(plan.counts, parsed.value, articles, plan.byKind) };
  } catch (e) {
    return { tone: 'error', message: `${sentence(describeError('Restoring', e))} Nothing was restored; your notes were not changed.` };
  }
}

export async function clearEverything({ db }: BackupDeps): Promise<ActionStatus> {
  try {
    await clearAll(db);
    return { tone: 'success', message: 'Cleared: every highlight, note, tag and reading position was deleted.' };
  } catch (e) {
    return { tone: 'error', message: describeError('Clearing the notes', e) };
  }
}
