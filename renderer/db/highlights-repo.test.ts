import { TOMBSTONE_MAX_AGE_DAYS } from '../../shared/model';
import { listTombstones, purgeExpiredTombstones } from './tombstones-repo';
import { describe, expect, it, vi } from 'vitest';
import {
  createHighlight,
  deleteHighlight,
  listAllHighlights,
  listHighlightsByArticle,
  reattachHighlight,
  restoreDeleted,
  setHighlightTags,
  updateHighlightColor,
} from './highlights-repo';
import { listNotesByArticle, upsertArticleNote, upsertHighlightNote } from './notes-repo';
import { listAllTags } from './tags-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';
import type { HighlightColor } from '../../shared/model';

const ARTICLE = '000_8a7174939e31e350';

describe('highlights repository', () => {
  it('creates a highlight with an id and timestamps, keeping the anchor as given', async () => {
    const db = freshDb('hl');
    const input = sampleHighlight(120, { tags: ['Iraq'] });
    const h = await createHighlight(db, input);
    // The whole UUID v4 (shared/model/ids.ts): globally unique, so devices can merge by id.
    expect(h.id).toMatch(/^hl_[0-9a-f]{32}$/);
    expect(h.createdAt).toBe(h.updatedAt);
    expect(h).toMatchObject({ articleId: ARTICLE, color: 'yellow', quote: input.quote, position: input.position, tags: ['Iraq'] });
    expect(await db.highlights.get(h.id)).toEqual(h);
  });

  it('lists an article’s highlights in document order, whatever order they were made in', async () => {
    const db = freshDb('hl');
    for (const start of [900, 15, 300]) await createHighlight(db, sampleHighlight(start));
    await createHighlight(db, sampleHighlight(5, { articleId: 'other' }));
    expect((await listHighlightsByArticle(db, ARTICLE)).map((h) => h.position.start)).toEqual([15, 300, 900]);
    expect((await listAllHighlights(db)).map((h) => [h.articleId, h.position.start])).toEqual([
      [ARTICLE, 15],
      [ARTICLE, 300],
      [ARTICLE, 900],
      ['other', 5],
    ]);
  });

  it('refuses bad input with messages a reader can act on, and stores nothing', async () => {
    const db = freshDb('hl');
    const base = sampleHighlight(50);
    await expect(createHighlight(db, { ...base, position: { ...base.position, start: 60, end: 60 } })).rejects.toThrow(
      'A highlight must cover some text (start 60 is not before end 60).',
    );
    await expect(createHighlight(db, { ...base, color: 'orange' as HighlightColor })).rejects.toThrow(
      '"orange" is not a highlight colour',
    );
    await expect(createHighlight(db, { ...base, articleId: '' })).rejects.toThrow('must belong to an article');
    await expect(createHighlight(db, { ...base, quote: { ...base.quote, exact: '' } })).rejects.toThrow('the text it quotes');
    expect(await listAllHighlights(db)).toEqual([]);
  });

  it('updates the colour and stamps updatedAt', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10));
    await new Promise((r) => setTimeout(r, 5));
    const updated = await updateHighlightColor(db, h.id, 'green');
    expect(updated.color).toBe('green');
    expect(updated.updatedAt > h.updatedAt).toBe(true);
    expect((await db.highlights.get(h.id))?.color).toBe('green');
    await expect(updateHighlightColor(db, 'hl_missing', 'blue')).rejects.toThrow('That highlight no longer exists');
  });

  it('sets tags through the tag store: first spelling wins, duplicates collapse', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10, { tags: ['Militias'] }));
    const updated = await setHighlightTags(db, h.id, ['militias', 'Civil disobedience', 'CIVIL DISOBEDIENCE']);
    expect(updated.tags).toEqual(['Militias', 'Civil disobedience']);
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['Civil disobedience', 'Militias']);
    expect(await db.highlights.where('tags').equals('Militias').primaryKeys()).toEqual([h.id]);
  });

  it('re-attaches a highlight to new offsets and a new content hash', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10));
    const moved = await reattachHighlight(db, h.id, {
      quote: h.quote,
      position: { type: 'TextPositionSelector', start: 20, end: 20 + h.quote.exact.length },
      contentHash: 'ffff000011112222',
    });
    expect(moved.position.start).toBe(20);
    expect((await db.highlights.get(h.id))?.contentHash).toBe('ffff000011112222');
  });

  it('deletes a highlight with its notes, and restoreDeleted puts both back exactly', async () => {
    const db = freshDb('hl');
    const keep = await createHighlight(db, sampleHighlight(500));
    const h = await createHighlight(db, sampleHighlight(10, { tags: ['Iraq'] }));
    const note = await upsertHighlightNote(db, h.id, { body: 'Compare with the 2019 **October** protests.', tags: ['protests'] });
    const keptNote = await upsertHighlightNote(db, keep.id, { body: 'other' });
    const articleNote = await upsertArticleNote(db, ARTICLE, { body: 'overview' });

    const payload = await deleteHighlight(db, h.id);
    expect(payload).toEqual({ highlight: h, notes: [note] });
    expect(await db.highlights.get(h.id)).toBeUndefined();
    expect((await listNotesByArticle(db, ARTICLE)).map((n) => n.id)).toEqual([articleNote.id, keptNote.id]);

    // Tombstones record the delete (for sync), with the revisions deleted.
    expect((await listTombstones(db)).map((t) => [t.id, t.kind, t.revision]).sort()).toEqual([[h.id, 'highlight', 1], [note.id, 'note', 1]].sort());

    await restoreDeleted(db, payload);
    expect(await db.highlights.get(h.id)).toEqual(h);
    expect(await db.notes.get(note.id)).toEqual(note);
    expect((await listHighlightsByArticle(db, ARTICLE)).map((x) => x.id)).toEqual([h.id, keep.id]);
    // Undone: not deleted any more, so no tombstones.
    expect(await listTombstones(db)).toEqual([]);
  });

  it('bumps the revision on every change', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10));
    expect(h.revision).toBe(1);
    expect((await updateHighlightColor(db, h.id, 'blue')).revision).toBe(2);
    expect((await setHighlightTags(db, h.id, ['Iraq'])).revision).toBe(3);
  });

  it('purges tombstones older than the maximum age only', async () => {
    const db = freshDb('hl');
    const day = 24 * 60 * 60 * 1000;
    const now = new Date('2025-01-01T00:00:00.000Z');
    const at = (days: number) => new Date(now.getTime() - days * day).toISOString();
    await db.tombstones.bulkPut([
      { id: 'old', kind: 'note', revision: 1, deletedAt: at(TOMBSTONE_MAX_AGE_DAYS + 1) },
      { id: 'young', kind: 'highlight', revision: 2, deletedAt: at(TOMBSTONE_MAX_AGE_DAYS - 1) },
    ]);
    expect(await purgeExpiredTombstones(db, now)).toBe(1);
    expect((await listTombstones(db)).map((t) => t.id)).toEqual(['young']);
  });

  it('rolls back a failed create: an id clash leaves no new tags behind', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10, { tags: ['Iraq'] }));
    // The tag is written first inside the transaction; the unique primary key then refuses the highlight.
    await expect(createHighlight(db, sampleHighlight(40, { id: h.id, tags: ['Brand new tag'] }))).rejects.toThrow();
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['Iraq']);
    expect(await listAllHighlights(db)).toEqual([h]);
  });

  it('rolls back a failed delete: the notes come back if removing the highlight fails', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10));
    const note = await upsertHighlightNote(db, h.id, { body: 'keep me' });
    const spy = vi.spyOn(db.highlights, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(deleteHighlight(db, h.id)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.highlights.get(h.id)).toEqual(h);
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('refuses an inconsistent undo payload before writing anything', async () => {
    const db = freshDb('hl');
    const h = await createHighlight(db, sampleHighlight(10));
    const note = await upsertHighlightNote(db, h.id, { body: 'x' });
    const payload = await deleteHighlight(db, h.id);
    await expect(restoreDeleted(db, { ...payload, notes: [{ ...note, highlightId: 'hl_other' }] })).rejects.toThrow(
      'a note belongs to another highlight',
    );
    expect(await listAllHighlights(db)).toEqual([]);
  });
});
