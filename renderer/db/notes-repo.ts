import { compareCreated, newId, noteOwnerKey, type Note } from '../../shared/model';
import { nowIso } from './clock';
import { NoteConflictError, StorageError } from './errors';
import type { GlossDb } from './gloss-db';
import { ensureTags } from './tags-repo';
import { checkNoteBody } from './validate';

/**
 * What the editor started from: the stored note's revision (0 when there was none) and its body
 * (null when unknown, e.g. a draft restored after the note changed). A body save from a base the
 * store has moved past is refused with a NoteConflictError when the stored text differs from both
 * the base and the new text, so text saved elsewhere (another tab, a restore) is never overwritten
 * silently. A tags-only change elsewhere moves the revision but not the text: no conflict.
 */
export interface NoteBase {
  revision: number;
  body: string | null;
}

export interface NotePatch {
  body?: string;
  tags?: readonly string[];
  base?: NoteBase;
}

/** The note on a highlight (there is at most one; upsertHighlightNote keeps it so). */
async function getHighlightNote(db: GlossDb, highlightId: string): Promise<Note | undefined> {
  return (await db.notes.where('highlightId').equals(highlightId).toArray()).sort(compareCreated)[0];
}

/** The note on a whole article (highlightId null; at most one per article). */
async function getArticleNote(db: GlossDb, articleId: string): Promise<Note | undefined> {
  const rows = await db.notes.where('articleId').equals(articleId).filter((n) => n.highlightId === null).toArray();
  return rows.sort(compareCreated)[0];
}

function checkBase(existing: Note | undefined, patch: NotePatch): void {
  const { base, body } = patch;
  if (base === undefined || body === undefined) return;
  const storedRevision = existing?.revision ?? 0;
  if (storedRevision === base.revision) return;
  const storedBody = existing?.body ?? '';
  if (storedBody === body || (base.body !== null && storedBody === base.body)) return;
  if (existing === undefined) return;
  throw new NoteConflictError(existing, body);
}

type Owner = Pick<Note, 'articleId' | 'highlightId'>;

async function upsert(db: GlossDb, existing: Note | undefined, owner: Owner, patch: NotePatch): Promise<Note> {
  checkBase(existing, patch);
  const now = nowIso();
  const tags = patch.tags === undefined ? existing?.tags ?? [] : await ensureTags(db, patch.tags);
  const note: Note = existing
    ? { ...existing, body: patch.body ?? existing.body, tags, updatedAt: now, revision: existing.revision + 1 }
    : { id: newId('note'), ...owner, body: patch.body ?? '', tags, createdAt: now, updatedAt: now, revision: 1 };
  await db.notes.put(note);
  // The draft of this text is safe now; a draft of newer keystrokes stays.
  const key = noteOwnerKey(owner);
  const draft = await db.drafts.get(key);
  if (draft !== undefined && draft.body === note.body) await db.drafts.delete(key);
  return note;
}

/** Creates or updates the note on a highlight. Tags left out are kept as they were. */
export async function upsertHighlightNote(db: GlossDb, highlightId: string, patch: NotePatch): Promise<Note> {
  if (patch.body !== undefined) checkNoteBody(patch.body);
  return db.transaction('rw', [db.highlights, db.notes, db.tags, db.drafts], async () => {
    const highlight = await db.highlights.get(highlightId);
    if (!highlight) throw new StorageError('Cannot save the note: its highlight no longer exists.');
    const existing = await getHighlightNote(db, highlightId);
    return upsert(db, existing, { articleId: highlight.articleId, highlightId }, patch);
  });
}

/** Creates or updates the one article-level note of an article. Tags left out are kept as they were. */
export async function upsertArticleNote(db: GlossDb, articleId: string, patch: NotePatch): Promise<Note> {
  if (typeof articleId !== 'string' || articleId === '') throw new StorageError('A note must belong to an article.');
  if (patch.body !== undefined) checkNoteBody(patch.body);
  return db.transaction('rw', [db.notes, db.tags, db.drafts], async () => {
    const existing = await getArticleNote(db, articleId);
    return upsert(db, existing, { articleId, highlightId: null }, patch);
  });
}

/** An article's notes: the article-level note first, then the highlight notes in the order they were written. */
export async function listNotesByArticle(db: GlossDb, articleId: string): Promise<Note[]> {
  const rows = (await db.notes.where('articleId').equals(articleId).toArray()).sort(compareCreated);
  return [...rows.filter((n) => n.highlightId === null), ...rows.filter((n) => n.highlightId !== null)];
}

/** Every note, most recently edited first. */
export function listAllNotes(db: GlossDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}
