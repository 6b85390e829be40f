/**
 * Undo for a restore: put back what the restore changed, from the snapshot taken just before it.
 * Only records the restore wrote are touched, and only those not edited since (same revision, or
 * for a reading position the same updatedAt): undoing a restore an hour later never throws away
 * the hour's work. Records the restore added go (with a tombstone), records it replaced get their
 * earlier content back at a higher revision, tombstones it revived or brought are put back as they were.
 */
import { tagKey, type Highlight, type Note, type ReadingState, type Tombstone } from '../../model';
import type { RecordBundle } from './format';
import type { RestoreWrite, StoredRecords } from './plan-restore';

export interface RestoreSnapshot {
  /** Everything stored just before the restore. */
  before: StoredRecords;
  /** What the restore wrote, with the revisions it wrote. */
  wrote: RestoreWrite;
}

export interface UndoWrite {
  put: RecordBundle;
  remove: { highlights: string[]; notes: string[]; tags: string[]; readingStates: string[] };
  tombstones: Tombstone[];
  /** Tombstones to delete: the ones the restore brought from the backup. */
  dropTombstones: string[];
  /** Records the restore wrote that were edited or deleted since, and so are left as they are. */
  keptEdited: number;
}

const index = <T>(list: readonly T[], key: (t: T) => string) => new Map(list.map((t) => [key(t), t]));

export function planUndoRestore({ before, wrote }: RestoreSnapshot, current: StoredRecords, now: string): UndoWrite {
  const beforeTombstones = index(before.tombstones, (t) => t.id);
  const out: UndoWrite = {
    put: { highlights: [], notes: [], tags: [], readingStates: [] },
    remove: { highlights: [], notes: [], tags: [], readingStates: [] },
    tombstones: [],
    dropTombstones: wrote.tombstones.map((t) => t.id),
    keptEdited: 0,
  };

  const revert = <T extends Highlight | Note>(kind: 'highlight' | 'note', written: readonly T[], beforeList: readonly T[], currentList: readonly T[]) => {
    const was = index(beforeList, (r) => r.id);
    const now_ = index(currentList, (r) => r.id);
    const put: T[] = [];
    const removed: string[] = [];
    const kept = new Set<string>();
    for (const w of written) {
      const cur = now_.get(w.id);
      if (cur === undefined || cur.revision !== w.revision) {
        out.keptEdited++;
        kept.add(w.id);
        continue;
      }
      const old = was.get(w.id);
      if (old !== undefined) put.push({ ...old, revision: cur.revision + 1 });
      else {
        removed.push(w.id);
        out.tombstones.push(beforeTombstones.get(w.id) ?? { id: w.id, kind, revision: cur.revision, deletedAt: now });
      }
    }
    return { put, removed, kept };
  };

  const notes = revert('note', wrote.put.notes, before.notes, current.notes);
  // A highlight stays while a note on it that was edited since stays.
  const noteHighlights = new Set(current.notes.filter((n) => notes.kept.has(n.id) && n.highlightId !== null).map((n) => n.highlightId!));
  const highlights = revert('highlight', wrote.put.highlights.filter((h) => !noteHighlights.has(h.id)), before.highlights, current.highlights);
  out.keptEdited += wrote.put.highlights.length - wrote.put.highlights.filter((h) => !noteHighlights.has(h.id)).length;
  out.tombstones = out.tombstones.filter((t, i, all) => all.findIndex((o) => o.id === t.id) === i);
  out.put.highlights = highlights.put;
  out.put.notes = notes.put;
  out.remove.highlights = highlights.removed;
  out.remove.notes = notes.removed;

  // Tags the restore added go when nothing left uses them; a spelling it changed goes back.
  const removedIds = new Set([...highlights.removed, ...notes.removed]);
  const putById = index<Highlight | Note>([...highlights.put, ...notes.put], (r) => r.id);
  const used = new Set<string>();
  for (const r of [...current.highlights, ...current.notes]) {
    if (removedIds.has(r.id)) continue;
    for (const t of (putById.get(r.id) ?? r).tags) used.add(tagKey(t));
  }
  const beforeTags = index(before.tags, (t) => tagKey(t.name));
  for (const t of wrote.put.tags) {
    const key = tagKey(t.name);
    const old = beforeTags.get(key);
    if (old !== undefined) out.put.tags.push(old);
    else if (!used.has(key)) out.remove.tags.push(key);
  }

  const beforeStates = index(before.readingStates, (r) => r.articleId);
  const currentStates = index(current.readingStates, (r) => r.articleId);
  for (const r of wrote.put.readingStates) {
    const cur = currentStates.get(r.articleId);
    if (cur === undefined || cur.updatedAt !== r.updatedAt) continue;
    const old: ReadingState | undefined = beforeStates.get(r.articleId);
    if (old !== undefined) out.put.readingStates.push(old);
    else out.remove.readingStates.push(r.articleId);
  }
  return out;
}
