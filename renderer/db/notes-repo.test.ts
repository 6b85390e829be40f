import { describe, expect, it } from 'vitest';
import { createHighlight } from './highlights-repo';
import { listAllNotes, listNotesByArticle, upsertArticleNote, upsertHighlightNote } from './notes-repo';
import { listAllTags } from './tags-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';
import { MAX_NOTE_BYTES } from './validate';
import { isNoteConflict, NoteConflictError } from './errors';
import { getDraft, saveDraft } from './drafts-repo';

const ARTICLE = '000_8a7174939e31e350';

describe('notes repository', () => {
  it('keeps one note per highlight: the second upsert edits the first', async () => {
    const db = freshDb('notes');
    const h = await createHighlight(db, sampleHighlight(10));
    const first = await upsertHighlightNote(db, h.id, { body: 'first', tags: ['Soleimani'] });
    expect(first).toMatchObject({ articleId: ARTICLE, highlightId: h.id, body: 'first', tags: ['Soleimani'] });
    const second = await upsertHighlightNote(db, h.id, { body: 'second' });
    expect(second.id).toBe(first.id);
    expect(second.tags).toEqual(['Soleimani']); // tags left out are kept
    expect(second.createdAt).toBe(first.createdAt);
    expect(await db.notes.count()).toBe(1);
    expect(await db.notes.get(first.id)).toEqual(second);
  });

  it('keeps one article-level note per article', async () => {
    const db = freshDb('notes');
    const a = await upsertArticleNote(db, ARTICLE, { body: 'summary v1' });
    const b = await upsertArticleNote(db, ARTICLE, { body: 'summary v2', tags: ['summary'] });
    await upsertArticleNote(db, 'other', { body: 'elsewhere' });
    expect(b.id).toBe(a.id);
    expect(await db.notes.get(a.id)).toMatchObject({ highlightId: null, body: 'summary v2', tags: ['summary'] });
    expect(await db.notes.count()).toBe(2);
  });

  it('refuses a note on a highlight that does not exist', async () => {
    const db = freshDb('notes');
    await expect(upsertHighlightNote(db, 'hl_gone', { body: 'x' })).rejects.toThrow('its highlight no longer exists');
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a body over 1 MB, counting UTF-8 bytes, and keeps the stored note', async () => {
    const db = freshDb('notes');
    const note = await upsertArticleNote(db, ARTICLE, { body: 'short' });
    // 'é' is 2 bytes: this is under a million characters but over the byte limit.
    const tooBig = 'é'.repeat(MAX_NOTE_BYTES / 2 + 1);
    await expect(upsertArticleNote(db, ARTICLE, { body: tooBig })).rejects.toThrow('This note is too long to save (1.0 MB; the limit is 1 MB).');
    expect((await db.notes.get(note.id))?.body).toBe('short');
    const exactlyAtLimit = 'a'.repeat(MAX_NOTE_BYTES);
    expect((await upsertArticleNote(db, ARTICLE, { body: exactlyAtLimit })).body).toHaveLength(MAX_NOTE_BYTES);
  });

  it('updates body and tags, creating the tags it uses', async () => {
    const db = freshDb('notes');
    const note = await upsertArticleNote(db, ARTICLE, { body: 'draft' });
    const updated = await upsertArticleNote(db, ARTICLE, { tags: ['Najaf', 'najaf', 'Kata’ib Hezbollah', "kata'ib hezbollah"] });
    expect(updated).toMatchObject({ id: note.id, body: 'draft', tags: ['Najaf', 'Kata’ib Hezbollah'] });
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['Kata’ib Hezbollah', 'Najaf']);
  });

  it('lists an article’s notes with the article note first; listAll is most recently edited first', async () => {
    const db = freshDb('notes');
    const h1 = await createHighlight(db, sampleHighlight(10));
    const h2 = await createHighlight(db, sampleHighlight(200));
    const n1 = await upsertHighlightNote(db, h1.id, { body: 'one' });
    await new Promise((r) => setTimeout(r, 3));
    const n2 = await upsertHighlightNote(db, h2.id, { body: 'two' });
    await new Promise((r) => setTimeout(r, 3));
    const article = await upsertArticleNote(db, ARTICLE, { body: 'about the whole piece' });
    await new Promise((r) => setTimeout(r, 3));
    await upsertHighlightNote(db, h1.id, { body: 'one, edited' });
    expect((await listNotesByArticle(db, ARTICLE)).map((n) => n.id)).toEqual([article.id, n1.id, n2.id]);
    expect((await listAllNotes(db)).map((n) => n.id)).toEqual([n1.id, article.id, n2.id]);
  });
});

describe('notes repository: revisions and conflicts', () => {
  it('counts revisions from 1 and refuses a body save from an older revision when the stored text moved on', async () => {
    const db = freshDb('notes-rev');
    const h = await createHighlight(db, sampleHighlight(10));
    const first = await upsertHighlightNote(db, h.id, { body: 'tab A wrote this', base: { revision: 0, body: '' } });
    expect(first.revision).toBe(1);
    // Tab B opened the note at revision 1 and saved.
    const b = await upsertHighlightNote(db, h.id, { body: 'tab B wrote this', base: { revision: 1, body: 'tab A wrote this' } });
    expect(b.revision).toBe(2);
    // Tab A still thinks it is at revision 1: refused, with both versions, and nothing written.
    const refused = await upsertHighlightNote(db, h.id, { body: 'tab A again', base: { revision: 1, body: 'tab A wrote this' } }).catch((e: unknown) => e);
    expect(isNoteConflict(refused)).toBe(true);
    if (!isNoteConflict(refused)) return;
    expect(refused.stored).toEqual(b);
    expect(refused.mine).toBe('tab A again');
    expect(refused.message).toMatch(/changed elsewhere .* Nothing was overwritten/);
    expect((await db.notes.get(first.id))!.body).toBe('tab B wrote this');
    // Saving from the stored revision (the reader chose) goes through.
    expect((await upsertHighlightNote(db, h.id, { body: 'tab A again', base: { revision: 2, body: b.body } })).revision).toBe(3);
  });

  it('does not call a tags-only change elsewhere, or the same text, a conflict', async () => {
    const db = freshDb('notes-rev');
    const note = await upsertArticleNote(db, ARTICLE, { body: 'v1' });
    await upsertArticleNote(db, ARTICLE, { tags: ['elsewhere'] });
    const saved = await upsertArticleNote(db, ARTICLE, { body: 'v2', base: { revision: note.revision, body: 'v1' } });
    expect(saved).toMatchObject({ body: 'v2', tags: ['elsewhere'], revision: 3 });
    // Another tab saved the very words this one is saving.
    await upsertArticleNote(db, ARTICLE, { body: 'same words' });
    expect((await upsertArticleNote(db, ARTICLE, { body: 'same words', base: { revision: 3, body: 'v2' } })).revision).toBe(5);
    // An unknown base body (a restored draft) with a moved revision is a conflict.
    await expect(upsertArticleNote(db, ARTICLE, { body: 'draft', base: { revision: 3, body: null } })).rejects.toBeInstanceOf(NoteConflictError);
  });

  it('a note created in another tab meanwhile is a conflict for an editor that started with none', async () => {
    const db = freshDb('notes-rev');
    await upsertArticleNote(db, ARTICLE, { body: 'other tab’s summary' });
    await expect(upsertArticleNote(db, ARTICLE, { body: 'my summary', base: { revision: 0, body: '' } })).rejects.toBeInstanceOf(NoteConflictError);
    expect(await db.notes.count()).toBe(1);
  });

  it('clears the draft of the saved text in the same transaction, and keeps a draft of newer text', async () => {
    const db = freshDb('notes-draft');
    const key = `article:${ARTICLE}`;
    await saveDraft(db, { key, body: 'typed', baseRevision: 0, session: 's1' });
    await upsertArticleNote(db, ARTICLE, { body: 'typed' });
    expect(await getDraft(db, key)).toBeUndefined();
    await saveDraft(db, { key, body: 'typed more', baseRevision: 1, session: 's1' });
    await upsertArticleNote(db, ARTICLE, { body: 'typed' });
    expect((await getDraft(db, key))!.body).toBe('typed more');
    // A refused save keeps the draft.
    await saveDraft(db, { key, body: 'x'.repeat(MAX_NOTE_BYTES + 1), baseRevision: 2, session: 's1' });
    await expect(upsertArticleNote(db, ARTICLE, { body: 'x'.repeat(MAX_NOTE_BYTES + 1) })).rejects.toThrow('too long');
    expect((await getDraft(db, key))!.body).toHaveLength(MAX_NOTE_BYTES + 1);
  });
});
