/**
 * Restore in two steps, both pure: planRestore() compares a backup with what is stored and says,
 * record by record, what restoring would do (the preview the reader sees before anything changes);
 * resolveRestore() turns the plan plus the reader's choices into the records to write.
 *
 * The rules (why: a backup is usually OLDER than the store, and the reader's newest words are the
 * ones they can least afford to lose):
 * - A record only in the backup is added. One that is identical is unchanged.
 * - A record that differs is updated only when the backup's copy is newer (later updatedAt). When
 *   the stored copy is newer or as new, it is a conflict: nothing happens to it unless the reader
 *   chooses the backup's version (or, for a note, both texts).
 * - A record deleted here since (a tombstone) is a conflict too: it stays deleted unless chosen.
 * - One note per highlight or article (noteOwnerKey): a backup note whose highlight or article
 *   already has another note here is a conflict whose default merges both texts into the note here,
 *   so neither is hidden.
 * - Tags merge as a set (earliest spelling wins) and reading positions by latest updatedAt
 *   (shared/model/sync.ts): neither is the reader's writing, so neither asks.
 * - Nothing is deleted. Tombstones in the backup are kept for ids that are not live here.
 */
import { joinNoteBodies, noteOwnerKey, tagKey, type Highlight, type Note, type Tombstone } from '../../model';
import type { Backup, RecordBundle } from './format';


export interface RestoreCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Records that change only if the reader chooses so. */
  conflicts: number;
}

export type RestoreChoice = 'keep-here' | 'use-backup' | 'keep-both';

interface ConflictBase {
  /** Unique within a plan: the key of the reader's choice. */
  key: string;
  choices: readonly RestoreChoice[];
  /** What happens when the reader does not choose: never a loss of what is here. */
  defaultChoice: RestoreChoice;
}

export type RestoreConflict =
  | (ConflictBase & { kind: 'highlight'; reason: 'newer-here'; here: Highlight; backup: Highlight })
  | (ConflictBase & { kind: 'highlight'; reason: 'deleted-here'; here: null; backup: Highlight; deletedAt: string; notes: Note[] })
  | (ConflictBase & { kind: 'note'; reason: 'newer-here'; here: Note; backup: Note })
  | (ConflictBase & { kind: 'note'; reason: 'deleted-here'; here: null; backup: Note; deletedAt: string })
  /** `here` may be a note this restore adds (two notes for one owner inside the backup). */
  | (ConflictBase & { kind: 'note'; reason: 'second-note'; here: Note; backup: Note });

export type ConflictReason = RestoreConflict['reason'];

/** What is stored, as planRestore reads it. */
export interface StoredRecords extends RecordBundle {
  tombstones: Tombstone[];
}

export interface RestorePlan {
  /** Added and updated records: written whatever the choices. */
  put: RecordBundle;
  conflicts: RestoreConflict[];
  /** Tombstones from the backup for records that are neither live nor known deleted here. */
  tombstones: Tombstone[];
  counts: RestoreCounts;
  /** The same counts per kind of record, for a detailed summary. */
  byKind: Record<keyof RecordBundle, RestoreCounts>;
  /** The stored revision of each highlight and note the plan read, so put revisions only grow. */
  storedRevisions: Record<string, number>;
}

/** What resolveRestore writes. */
export interface RestoreWrite {
  put: RecordBundle;
  /** Tombstones to add. */
  tombstones: Tombstone[];
  /** Ids whose tombstone goes: the reader brought the record back. */
  revived: string[];
}

/** Deep equality over JSON-like data, so key order and object identity do not matter. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => Object.hasOwn(bo, k) && sameData(ao[k], bo[k]));
}

/**
 * Same content: every field the backup carries equals the stored one, except the revision (a
 * counter of writes, not content). Fields the stored row has beyond the model (caches) are ignored.
 */
function sameRecord(stored: object, incoming: object): boolean {
  const s = stored as Record<string, unknown>;
  return Object.entries(incoming).every(([k, v]) => k === 'revision' || sameData(s[k], v));
}

const zero = (): RestoreCounts => ({ added: 0, updated: 0, unchanged: 0, conflicts: 0 });
const sum = (all: RestoreCounts[]): RestoreCounts =>
  all.reduce((s, c) => ({ added: s.added + c.added, updated: s.updated + c.updated, unchanged: s.unchanged + c.unchanged, conflicts: s.conflicts + c.conflicts }), zero());

const byCreation = (a: Note, b: Note) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

export function planRestore(existing: StoredRecords, backup: Backup): RestorePlan {
  const storedHighlights = new Map(existing.highlights.map((h) => [h.id, h]));
  const storedNotes = new Map(existing.notes.map((n) => [n.id, n]));
  const tombstones = new Map(existing.tombstones.map((t) => [t.id, t]));
  const storedRevisions: Record<string, number> = {};
  for (const r of [...existing.highlights, ...existing.notes]) storedRevisions[r.id] = r.revision;
  const conflicts: RestoreConflict[] = [];
  const put: RecordBundle = { highlights: [], notes: [], tags: [], readingStates: [] };
  const byKind = { highlights: zero(), notes: zero(), tags: zero(), readingStates: zero() };

  // Highlights, by id.
  const deletedHighlightConflicts = new Map<string, Extract<RestoreConflict, { kind: 'highlight'; reason: 'deleted-here' }>>();
  for (const h of backup.highlights) {
    const stored = storedHighlights.get(h.id);
    const counts = byKind.highlights;
    if (stored === undefined) {
      const gone = tombstones.get(h.id);
      if (gone === undefined) {
        counts.added++;
        put.highlights.push(h);
      } else {
        counts.conflicts++;
        const c = { key: `highlight:${h.id}`, kind: 'highlight', reason: 'deleted-here', here: null, backup: h, deletedAt: gone.deletedAt, notes: [] as Note[], choices: ['keep-here', 'use-backup'], defaultChoice: 'keep-here' } as const;
        deletedHighlightConflicts.set(h.id, c);
        conflicts.push(c);
      }
    } else if (sameRecord(stored, h)) counts.unchanged++;
    else if (h.updatedAt > stored.updatedAt) {
      counts.updated++;
      put.highlights.push(h);
    } else {
      counts.conflicts++;
      conflicts.push({ key: `highlight:${h.id}`, kind: 'highlight', reason: 'newer-here', here: stored, backup: h, choices: ['keep-here', 'use-backup'], defaultChoice: 'keep-here' });
    }
  }

  // Notes, by id, then by owner: the note each highlight or article will have after the restore.
  const ownerNote = new Map<string, Note>();
  for (const n of [...existing.notes].sort(byCreation)) if (!ownerNote.has(noteOwnerKey(n))) ownerNote.set(noteOwnerKey(n), n);
  for (const n of [...backup.notes].sort(byCreation)) {
    const counts = byKind.notes;
    const stored = storedNotes.get(n.id);
    if (stored !== undefined) {
      if (sameRecord(stored, n)) counts.unchanged++;
      else if (n.updatedAt > stored.updatedAt) {
        counts.updated++;
        put.notes.push(n);
      } else {
        counts.conflicts++;
        conflicts.push({ key: `note:${n.id}`, kind: 'note', reason: 'newer-here', here: stored, backup: n, choices: ['keep-here', 'use-backup', 'keep-both'], defaultChoice: 'keep-here' });
      }
      continue;
    }
    // A note on a highlight deleted here follows that highlight's choice.
    const parent = n.highlightId === null ? undefined : deletedHighlightConflicts.get(n.highlightId);
    if (parent !== undefined) {
      counts.conflicts++;
      parent.notes.push(n);
      continue;
    }
    const gone = tombstones.get(n.id);
    if (gone !== undefined) {
      counts.conflicts++;
      conflicts.push({ key: `note:${n.id}`, kind: 'note', reason: 'deleted-here', here: null, backup: n, deletedAt: gone.deletedAt, choices: ['keep-here', 'use-backup'], defaultChoice: 'keep-here' });
      continue;
    }
    const owner = noteOwnerKey(n);
    const other = ownerNote.get(owner);
    if (other === undefined) {
      counts.added++;
      put.notes.push(n);
      ownerNote.set(owner, n);
    } else if (other.body === n.body && sameData([...other.tags].sort(), [...n.tags].sort())) {
      // The same words under another id (a note made twice): nothing to add.
      counts.unchanged++;
    } else {
      counts.conflicts++;
      conflicts.push({ key: `note:${n.id}`, kind: 'note', reason: 'second-note', here: other, backup: n, choices: ['keep-both', 'keep-here', 'use-backup'], defaultChoice: 'keep-both' });
    }
  }

  // Tags: a set by tagKey; the earliest spelling is the one first typed.
  const storedTags = new Map(existing.tags.map((t) => [tagKey(t.name), t]));
  for (const t of backup.tags) {
    const stored = storedTags.get(tagKey(t.name));
    if (stored === undefined) {
      byKind.tags.added++;
      put.tags.push(t);
    } else if (t.createdAt < stored.createdAt && (t.name !== stored.name || t.createdAt !== stored.createdAt)) {
      byKind.tags.updated++;
      put.tags.push(t);
    } else byKind.tags.unchanged++;
  }

  // Reading positions: the latest wins.
  const storedStates = new Map(existing.readingStates.map((r) => [r.articleId, r]));
  for (const r of backup.readingStates) {
    const stored = storedStates.get(r.articleId);
    if (stored === undefined) {
      byKind.readingStates.added++;
      put.readingStates.push(r);
    } else if (r.updatedAt > stored.updatedAt && !sameRecord(stored, r)) {
      byKind.readingStates.updated++;
      put.readingStates.push(r);
    } else byKind.readingStates.unchanged++;
  }

  // Written in the backup's order (notes were visited oldest first to decide which one an owner keeps).
  const order = new Map(backup.notes.map((n, i) => [n.id, i]));
  put.notes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const live = new Set([...storedHighlights.keys(), ...storedNotes.keys()]);
  const newTombstones = backup.tombstones.filter((t) => !live.has(t.id) && !tombstones.has(t.id));

  return { put, conflicts, tombstones: newTombstones, counts: sum(Object.values(byKind)), byKind, storedRevisions };
}

/** The choice for a conflict: the reader's, if it is one the conflict offers; otherwise its default. */
function choiceFor(c: RestoreConflict, choices: Readonly<Record<string, RestoreChoice>>): RestoreChoice {
  const chosen = choices[c.key];
  return chosen !== undefined && c.choices.includes(chosen) ? chosen : c.defaultChoice;
}

/**
 * The records to write for a plan and the reader's choices (conflicts not named take their default).
 * Every record written over a stored one gets a revision above both copies', so an editor open on
 * the old text in another tab sees a conflict instead of overwriting the restored text.
 */
export function resolveRestore(plan: RestorePlan, choices: Readonly<Record<string, RestoreChoice>>, now: string): RestoreWrite {
  const highlights = new Map(plan.put.highlights.map((h) => [h.id, h]));
  const notes = new Map(plan.put.notes.map((n) => [n.id, n]));
  const revived: string[] = [];
  const bump = <T extends Highlight | Note>(r: T): T => {
    const stored = plan.storedRevisions[r.id];
    return stored === undefined ? r : { ...r, revision: Math.max(stored, r.revision) + 1 };
  };

  for (const c of plan.conflicts) {
    const choice = choiceFor(c, choices);
    if (choice === 'keep-here') continue;
    if (c.kind === 'highlight') {
      highlights.set(c.backup.id, c.backup);
      if (c.reason === 'deleted-here') {
        revived.push(c.backup.id);
        // Its notes come back with it, unless the highlight already has one again (it cannot: it was deleted).
        for (const n of c.notes) notes.set(n.id, n);
        revived.push(...c.notes.map((n) => n.id));
      }
      continue;
    }
    if (c.reason === 'deleted-here') {
      notes.set(c.backup.id, c.backup);
      revived.push(c.backup.id);
    } else if (c.reason === 'newer-here') {
      const body = choice === 'keep-both' ? joinNoteBodies(c.here.body, c.backup.body) : c.backup.body;
      const tags = choice === 'keep-both' ? union(c.here.tags, c.backup.tags) : c.backup.tags;
      notes.set(c.here.id, { ...c.backup, body, tags, updatedAt: choice === 'keep-both' ? now : c.backup.updatedAt });
    } else {
      // second-note: the note here keeps its id (it is the one its highlight shows); its text changes.
      const target = notes.get(c.here.id) ?? c.here;
      const body = choice === 'keep-both' ? joinNoteBodies(target.body, c.backup.body) : c.backup.body;
      const tags = choice === 'keep-both' ? union(target.tags, c.backup.tags) : c.backup.tags;
      notes.set(target.id, { ...target, body, tags, updatedAt: now });
    }
  }

  // A note whose highlight will not exist (deleted here and kept deleted) is not written.
  const liveHighlights = new Set([...Object.keys(plan.storedRevisions), ...highlights.keys()]);
  // Tags the written records use but the backup did not list are created by the store (applyRecords).
  const put: RecordBundle = {
    highlights: [...highlights.values()].map(bump),
    notes: [...notes.values()].filter((n) => n.highlightId === null || liveHighlights.has(n.highlightId)).map(bump),
    tags: plan.put.tags,
    readingStates: plan.put.readingStates,
  };
  return { put, tombstones: plan.tombstones, revived };
}

const union = (a: readonly string[], b: readonly string[]): string[] => {
  const seen = new Set(a.map(tagKey));
  return [...a, ...b.filter((t) => !seen.has(tagKey(t)) && (seen.add(tagKey(t)), true))];
};
