import Dexie from 'dexie';
import { newId, noteOwnerKey, type Highlight, type HighlightColor, type Note, type Tombstone } from '../../shared/model';
import { nowIso } from './clock';
import { StorageError } from './errors';
import type { GlossDb } from './gloss-db';
import { ensureTags } from './tags-repo';
import { checkAnchor, checkColor, checkHighlight, checkNote } from './validate';

/** What the reader made: a highlight without the times the store stamps on it (id optional). */
export type NewHighlight = Omit<Highlight, 'id' | 'createdAt' | 'updatedAt' | 'tags' | 'revision'> & {
  id?: string;
  tags?: readonly string[];
};

/** Everything deleteHighlight() removed, exactly as it was stored: hand it to restoreDeleted() to undo. */
export interface DeletedHighlight {
  highlight: Highlight;
  notes: Note[];
}

async function mustGet(db: GlossDb, id: string): Promise<Highlight> {
  const found = await db.highlights.get(id);
  if (!found) throw new StorageError('That highlight no longer exists (it may have been deleted).');
  return found;
}

export async function createHighlight(db: GlossDb, input: NewHighlight): Promise<Highlight> {
  if (typeof input.articleId !== 'string' || input.articleId === '') {
    throw new StorageError('A highlight must belong to an article.');
  }
  checkColor(input.color);
  checkAnchor(input);
  return db.transaction('rw', db.highlights, db.tags, async () => {
    const now = nowIso();
    const highlight: Highlight = {
      id: input.id ?? newId('hl'),
      articleId: input.articleId,
      color: input.color,
      quote: { ...input.quote },
      position: { ...input.position },
      contentHash: input.contentHash,
      tags: await ensureTags(db, input.tags ?? []),
      createdAt: now,
      updatedAt: now,
      revision: 1,
    };
    // add, not put: an id clash must fail (and roll back the tags) rather than overwrite.
    await db.highlights.add(highlight);
    return highlight;
  });
}

export async function updateHighlightColor(db: GlossDb, id: string, color: HighlightColor): Promise<Highlight> {
  checkColor(color);
  return db.transaction('rw', db.highlights, async () => {
    const current = await mustGet(db, id);
    const updated: Highlight = { ...current, color, updatedAt: nowIso(), revision: current.revision + 1 };
    await db.highlights.put(updated);
    return updated;
  });
}

/** Replaces the highlight's tags; new tag names are created, known ones keep their first spelling. */
export async function setHighlightTags(db: GlossDb, id: string, tags: readonly string[]): Promise<Highlight> {
  return db.transaction('rw', db.highlights, db.tags, async () => {
    const current = await mustGet(db, id);
    const updated: Highlight = { ...current, tags: await ensureTags(db, tags), updatedAt: nowIso(), revision: current.revision + 1 };
    await db.highlights.put(updated);
    return updated;
  });
}

/** Re-attaches a highlight to changed article text (new selectors and the hash they were made against). */
export async function reattachHighlight(
  db: GlossDb,
  id: string,
  anchor: Pick<Highlight, 'quote' | 'position' | 'contentHash'>,
): Promise<Highlight> {
  checkAnchor(anchor);
  return db.transaction('rw', db.highlights, async () => {
    const current = await mustGet(db, id);
    const updated: Highlight = {
      ...current,
      quote: { ...anchor.quote },
      position: { ...anchor.position },
      contentHash: anchor.contentHash,
      updatedAt: nowIso(),
      revision: current.revision + 1,
    };
    await db.highlights.put(updated);
    return updated;
  });
}

/**
 * Deletes a highlight and the notes on it, together, leaving tombstones (shared/model/sync.ts) and
 * dropping the note's draft; returns what is needed to undo.
 */
export async function deleteHighlight(db: GlossDb, id: string): Promise<DeletedHighlight> {
  return db.transaction('rw', [db.highlights, db.notes, db.tombstones, db.drafts], async () => {
    const highlight = await mustGet(db, id);
    const notes = await db.notes.where('highlightId').equals(id).toArray();
    const deletedAt = nowIso();
    await db.notes.bulkDelete(notes.map((n) => n.id));
    await db.highlights.delete(id);
    await db.tombstones.bulkPut([
      { id, kind: 'highlight', revision: highlight.revision, deletedAt },
      ...notes.map((n): Tombstone => ({ id: n.id, kind: 'note', revision: n.revision, deletedAt })),
    ]);
    await db.drafts.delete(noteOwnerKey({ articleId: highlight.articleId, highlightId: id }));
    return { highlight, notes };
  });
}

/** Undo for deleteHighlight(): puts the highlight and its notes back exactly as they were. */
export async function restoreDeleted(db: GlossDb, payload: DeletedHighlight): Promise<void> {
  checkHighlight(payload.highlight);
  for (const note of payload.notes) {
    checkNote(note);
    if (note.highlightId !== payload.highlight.id) {
      throw new StorageError('This undo information is inconsistent: a note belongs to another highlight.');
    }
  }
  await db.transaction('rw', [db.highlights, db.notes, db.tags, db.tombstones], async () => {
    // Tags are never deleted with a highlight, but a "clear all" in between would have removed them.
    await ensureTags(db, [...payload.highlight.tags, ...payload.notes.flatMap((n) => n.tags)]);
    await db.highlights.put(payload.highlight);
    await db.notes.bulkPut(payload.notes);
    // Not deleted after all: no tombstone, or a sync would delete it elsewhere.
    await db.tombstones.bulkDelete([payload.highlight.id, ...payload.notes.map((n) => n.id)]);
  });
}

/** One article's highlights in document order (by start offset), straight from the compound index. */
export function listHighlightsByArticle(db: GlossDb, articleId: string): Promise<Highlight[]> {
  return db.highlights
    .where('[articleId+position.start]')
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey])
    .toArray();
}

/** Every highlight, grouped by article and in document order within each. */
export function listAllHighlights(db: GlossDb): Promise<Highlight[]> {
  return db.highlights.orderBy('[articleId+position.start]').toArray();
}
