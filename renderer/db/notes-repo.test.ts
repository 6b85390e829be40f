import { describe, expect, it } from 'vitest';
import { createHighlight } from './highlights-repo';
import { listAllNotes, listNotesByArticle, upsertArticleNote, upsertHighlightNote } from './notes-repo';
import { listAllTags } from './tags-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';
import { MAX_NOTE_BYTES } from './validate';

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
