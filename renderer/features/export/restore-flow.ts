/**
 * Restore in three steps the reader sees: open a backup → a preview of what would change (nothing
 * written yet) → apply it with the reader's choices for conflicts, after an automatic snapshot →
 * Undo from that snapshot. Plain async functions over the database and the host, tested against a
 * real (fake-indexeddb) Dexie; each answers with a status and never throws.
 */
import type { Backup } from '../../../shared/export/backup/format';
import { parseBackup } from '../../../shared/export/backup/parse-backup';
import { planRestore, resolveRestore, type RestoreChoice, type RestoreCounts, type RestorePlan } from '../../../shared/export/backup/plan-restore';
import { planUndoRestore } from '../../../shared/export/backup/plan-undo';
import { applyRestore, applyUndo, exportAllRecords, getSnapshot } from '../../db';
import { describeError } from '../../core/error-text';
import type { BackupDeps } from './backup-flow';
import type { ActionStatus } from './status';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Messages from other modules may or may not end a sentence; ours follow them. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A backup read and compared with the store: what the preview shows. Nothing is written yet. */
export interface RestorePreview {
  /** The file's name, shown in the preview and kept as the snapshot's label. */
  name: string;
  backup: Backup;
  plan: RestorePlan;
}

export type RestoreChoices = Readonly<Record<string, RestoreChoice>>;

/** The source a backup's text comes from: the file picker, or one of the automatic backups. */
export type BackupSource = () => Promise<ActionStatus | { name: string; text: string }>;

export function pickedFile(host: BackupDeps['host']): BackupSource {
  return async () => {
    let picked;
    try {
      picked = await host.openBackupFile();
    } catch (e) {
      return { tone: 'error', message: describeError('Opening the backup file', e) };
    }
    if (!picked.ok) return { tone: 'error', message: picked.error };
    if (picked.value === null) return { tone: 'info', message: 'Restore cancelled: nothing was changed.' };
    return picked.value;
  };
}

/** Reads and checks a backup and plans its restore against what is stored now. Writes nothing. */
export async function previewRestore({ db }: Pick<BackupDeps, 'db'>, source: BackupSource): Promise<ActionStatus | RestorePreview> {
  const file = await source();
  if ('tone' in file) return file;
  const parsed = parseBackup(file.text);
  if (!parsed.ok) return { tone: 'error', message: `${file.name}: ${sentence(parsed.error)} Your notes were not changed.` };
  try {
    return { name: file.name, backup: parsed.value, plan: planRestore(await exportAllRecords(db), parsed.value) };
  } catch (e) {
    return { tone: 'error', message: `${sentence(describeError('Reading your notes', e))} Nothing was restored.` };
  }
}

export function isPreview(r: ActionStatus | RestorePreview): r is RestorePreview {
  return 'plan' in r;
}

const KIND_NAMES: Record<string, [string, string]> = {
  highlights: ['highlight', 'highlights'],
  notes: ['note', 'notes'],
  tags: ['tag', 'tags'],
  readingStates: ['reading position', 'reading positions'],
};

/** "17 highlights, 2 notes and 1 tag": what a count is of (issue 12: "17 added" did not say). */
function ofKinds(byKind: Record<string, Pick<RestoreCounts, 'added' | 'updated' | 'unchanged'>>, which: 'added' | 'updated' | 'unchanged'): string {
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
 * "Restored: 17 highlights and 2 notes added; 1 tag updated; nothing unchanged." (the totals when
 * the per-kind counts are not given) plus conflicts kept and what to know about changed articles.
 */
export function restoreMessage(
  counts: Omit<RestoreCounts, 'conflicts'> & { conflicts?: number },
  backup: Pick<Backup, 'articles' | 'highlights'>,
  articles: BackupDeps['articles'],
  resolved = 0,
  byKind?: Record<string, Pick<RestoreCounts, 'added' | 'updated' | 'unchanged'>>,
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
  const conflicts = counts.conflicts ?? 0;
  if (conflicts > 0) {
    const kept = conflicts - resolved;
    parts.push(
      `Of ${plural(conflicts, 'record')} newer or deleted here, ${resolved} ${resolved === 1 ? 'was' : 'were'} taken from the backup and ${kept} kept as ${kept === 1 ? 'it was' : 'they were'}.`,
    );
  }
  if (changed > 0) parts.push(`${plural(changed, 'article')} changed since the backup; their highlights are re-attached when opened.`);
  if (missing > 0) parts.push(`${plural(missing, 'article')} with highlights ${missing === 1 ? 'is' : 'are'} not in this library; those highlights are kept but cannot be shown.`);
  return parts.join(' ');
}

/** How many conflicts a set of choices resolves away from "keep what is here". */
function resolvedCount(plan: RestorePlan, choices: RestoreChoices): number {
  return plan.conflicts.reduce((n, c) => {
    const choice = choices[c.key] ?? c.defaultChoice;
    const weight = c.kind === 'highlight' && c.reason === 'deleted-here' ? 1 + c.notes.length : 1;
    return choice === 'keep-here' ? n : n + weight;
  }, 0);
}

export interface AppliedRestore {
  status: ActionStatus;
  /** The snapshot taken before applying: Undo restores from it. null when nothing was applied. */
  snapshotId: string | null;
}

/** Applies a preview with the reader's choices, snapshot first, in one transaction: all of it or none. */
export async function applyRestorePreview(
  { db, articles, now }: Pick<BackupDeps, 'db' | 'articles' | 'now'>,
  preview: RestorePreview,
  choices: RestoreChoices,
): Promise<AppliedRestore> {
  try {
    const write = resolveRestore(preview.plan, choices, now().toISOString());
    const snapshotId = await applyRestore(db, write, preview.plan.storedRevisions, preview.name);
    const message = restoreMessage(preview.plan.counts, preview.backup, articles, resolvedCount(preview.plan, choices), preview.plan.byKind);
    return { status: { tone: 'success', message }, snapshotId };
  } catch (e) {
    return { status: { tone: 'error', message: `${sentence(describeError('Restoring', e))} Nothing was restored; your notes were not changed.` }, snapshotId: null };
  }
}

/** Puts back what a restore changed, leaving records edited since as they are. */
export async function undoRestore({ db, now }: Pick<BackupDeps, 'db' | 'now'>, snapshotId: string): Promise<ActionStatus> {
  try {
    const snapshot = await getSnapshot(db, snapshotId);
    if (!snapshot) return { tone: 'error', message: 'That restore can no longer be undone: its snapshot is gone.' };
    const undo = planUndoRestore(snapshot, await exportAllRecords(db), now().toISOString());
    await applyUndo(db, snapshotId, undo);
    const kept = undo.keptEdited > 0 ? ` ${plural(undo.keptEdited, 'record')} edited since the restore ${undo.keptEdited === 1 ? 'was' : 'were'} left as ${undo.keptEdited === 1 ? 'it is' : 'they are'}.` : '';
    return { tone: 'success', message: `Restore undone: your notes are as they were before ${snapshot.label} was restored.${kept}` };
  } catch (e) {
    return { tone: 'error', message: `${sentence(describeError('Undoing the restore', e))} Nothing was changed.` };
  }
}
