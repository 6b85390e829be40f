import { compareCreated, newId, type Note } from '../../shared/model';
import { nowIso } from './clock';
import { StorageError } from './errors';
import type { GlossDb } from './gloss-db';
import { ensureTags } from './tags-repo';
import { checkNoteBody } from './validate';

export interface NotePatch {
  body?: string;
  tags?: readonly string[];
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

async function upsert(db: GlossDb, existing: Note | undefined, fresh: Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'body' | 'tags'>, patch: NotePatch): Promise<Note> {
  const now = nowIso();
  const tags = patch.tags === undefined ? existing?.tags ?? [] : await ensureTags(db, patch.tags);
  const note: Note = existing
    ? { ...existing, body: patch.body ?? existing.body, tags, updatedAt: now }
    : { id: newId('note'), ...fresh, body: patch.body ?? '', tags, createdAt: now, updatedAt: now };
  await db.notes.put(note);
  return note;
}

/** Creates or updates the note on a highlight. Tags left out are kept as they were. */
export async function upsertHighlightNote(db: GlossDb, highlightId: string, patch: NotePatch): Promise<Note> {
  if (patch.body !== undefined) checkNoteBody(patch.body);
  return db.transaction('rw', db.highlights, db.notes, db.tags, async () => {
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
  return db.transaction('rw', db.notes, db.tags, async () => {
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
