/**
 * v3 → v4: records carry a revision, deletes leave tombstones, drafts and restore snapshots get
 * stores of their own (schema.ts). What changes in stored rows:
 *
 * - Every highlight and note gets `revision: 1` (its first known revision), so the revision checks
 *   of notes-repo and plan-restore have something to compare from the first save after upgrading.
 * - A highlight or article with two or more notes (possible before: an older Restore could attach a
 *   backup's note beside the one there, and the editor then showed only the first) keeps ONE note,
 *   the earliest, holding every text in order of writing, joined as "keep both" joins them, with the
 *   union of their tags. The others are deleted (and tombstoned by the upgrade), so no words are
 *   hidden any more and none are lost.
 *
 * The record types are frozen copies of what v3 stored: they must not follow later edits of
 * shared/model, or this migration would silently change meaning for old databases.
 */
import { joinNoteBodies } from '../../../shared/model/join-note-bodies';
import { tagKey } from '../../../shared/model/tag';

export interface HighlightV3 {
  id: string;
  articleId: string;
  color: string;
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
  contentHash: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NoteV3 {
  id: string;
  articleId: string;
  highlightId: string | null;
  body: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export type HighlightV4 = HighlightV3 & { revision: number };
export type NoteV4 = NoteV3 & { revision: number };

export interface TombstoneV4 {
  id: string;
  kind: 'highlight' | 'note';
  revision: number;
  deletedAt: string;
}

export function stampHighlightV3toV4(row: HighlightV3): HighlightV4 {
  return { ...row, revision: 1 };
}

const owner = (n: NoteV3) => (n.highlightId !== null ? `highlight:${n.highlightId}` : `article:${n.articleId}`);
const byWriting = (a: NoteV3, b: NoteV3) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

/**
 * The v4 notes table from the v3 rows: one note per owner, every text kept. `removed` lists the ids
 * merged into another note, as tombstones stamped `now`.
 */
export function mergeNotesV3toV4(rows: readonly NoteV3[], now: string): { notes: NoteV4[]; removed: TombstoneV4[] } {
  const groups = new Map<string, NoteV3[]>();
  for (const row of [...rows].sort(byWriting)) {
    const group = groups.get(owner(row));
    if (group) group.push(row);
    else groups.set(owner(row), [row]);
  }
  const notes: NoteV4[] = [];
  const removed: TombstoneV4[] = [];
  for (const [first, ...rest] of groups.values()) {
    if (rest.length === 0) {
      notes.push({ ...first!, revision: 1 });
      continue;
    }
    const tags = new Map<string, string>();
    for (const n of [first!, ...rest]) for (const t of n.tags) if (!tags.has(tagKey(t))) tags.set(tagKey(t), t);
    const latest = [first!, ...rest].reduce((a, n) => (n.updatedAt > a ? n.updatedAt : a), first!.updatedAt);
    notes.push({
      ...first!,
      body: rest.reduce((body, n) => joinNoteBodies(body, n.body), first!.body),
      tags: [...tags.values()],
      updatedAt: latest > now ? latest : now,
      revision: 2,
    });
    removed.push(...rest.map((n): TombstoneV4 => ({ id: n.id, kind: 'note', revision: 1, deletedAt: now })));
  }
  return { notes: notes.sort((a, b) => (a.id < b.id ? -1 : 1)), removed };
}
