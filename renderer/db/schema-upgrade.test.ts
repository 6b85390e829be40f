import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openGlossDb } from './gloss-db';
import { createHighlight, listHighlightsByArticle } from './highlights-repo';
import readingV1 from './migrations/fixtures/001-reading-state.json';
import settingsV1 from './migrations/fixtures/001-settings.json';
import tagsV2 from './migrations/fixtures/002-tags.json';
import highlightsV3 from './migrations/fixtures/003-highlights.json';
import notesV3 from './migrations/fixtures/003-notes.json';
import { listNotesByArticle, upsertHighlightNote } from './notes-repo';
import { listTombstones } from './tombstones-repo';
import { setHighlightTags } from './highlights-repo';
import { ensureTags, listAllTags } from './tags-repo';
import { declareSchema, LATEST_VERSION, SCHEMA } from './schema';
import { getSettings } from './settings-repo';
import { sampleHighlight } from './testing/sample-records';

describe('schema', () => {
  it('is append-only: shipped versions keep their exact store definitions', () => {
    // If this fails, a shipped version was edited. Add a new version instead.
    expect(SCHEMA.map((s) => [s.version, s.stores])).toEqual([
      [1, { readingState: '&articleId', settings: '&key' }],
      [2, {
        highlights: '&id, articleId, [articleId+position.start], color, createdAt, *tags',
        notes: '&id, articleId, highlightId, updatedAt, *tags',
        tags: '&key, name',
      }],
      [3, { tags: '&key, name' }],
      [4, { tombstones: '&id, deletedAt', drafts: '&key', snapshots: '&id, takenAt' }],
      [5, { importedArticles: '&id, article.contentHash, importedAt' }],
      [6, { userIndexParts: '&articleId', removedArticles: '&id' }],
    ]);
    expect(LATEST_VERSION).toBe(6);
  });

  it('keeps v1 data when a v1 install opens with the full schema, and migrates it', async () => {
    const name = `gloss-upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    declareSchema(v1, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['readingState', 'settings']);
    await v1.table('readingState').bulkAdd(readingV1);
    await v1.table('settings').bulkAdd(settingsV1);
    v1.close();

    const db = openGlossDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.readingState.get('000_8a7174939e31e350')).toEqual({
      articleId: '000_8a7174939e31e350',
      scrollFraction: 0.25,
      updatedAt: '2020-01-21T09:46:40.000Z',
    });
    const all = await db.readingState.orderBy('articleId').toArray();
    expect(all.map((r) => r.scrollFraction)).toEqual([0.25, 0, 1, 0]);
    expect(all.every((r) => !('scrollTop' in r))).toBe(true);
    expect(await getSettings(db)).toEqual({ theme: 'dark', fontSize: 20, lineWidth: 72, fontFamily: 'serif', lineHeight: 1.6 });

    // The v2 stores exist and work on the upgraded database.
    await createHighlight(db, sampleHighlight(40));
    expect(await listHighlightsByArticle(db, '000_8a7174939e31e350')).toHaveLength(1);
    db.close();
  });

  it('keeps v2 tags and highlights when a v2 install opens with v3, merging tags that are now one', async () => {
    const name = `gloss-upgrade-v2-${Date.now()}`;
    const v2 = new Dexie(name);
    declareSchema(v2, 2);
    await v2.open();
    await v2.table('tags').bulkAdd(tagsV2);
    const at = '2024-03-06T10:00:00.000Z';
    const h = { ...sampleHighlight(40), id: 'hl_v2', tags: ['Café', 'Iraq'], createdAt: at, updatedAt: at };
    await v2.table('highlights').add(h);
    v2.close();

    const db = openGlossDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await listAllTags(db)).map((t) => t.name)).toEqual(['cafe', 'Élan', 'Iraq', "Kata'ib", 'to read']);
    // The re-keyed table answers by the new rule: "CAFÉ" is the existing tag, not a new one.
    expect(await ensureTags(db, ['CAFÉ', 'kata’ib', 'elan'])).toEqual(['cafe', "Kata'ib", 'Élan']);
    expect(await listAllTags(db)).toHaveLength(5);
    expect((await listHighlightsByArticle(db, '000_8a7174939e31e350'))[0]!.tags).toEqual(['Café', 'Iraq']);
    expect((await setHighlightTags(db, h.id, ['café', 'Iraq'])).tags).toEqual(['cafe', 'Iraq']);
    db.close();
  });

  it('keeps v3 highlights and notes when a v3 install opens with v4: revision 1, and one note per highlight with both texts', async () => {
    const name = `gloss-upgrade-v3-${Date.now()}`;
    const v3 = new Dexie(name);
    declareSchema(v3, 3);
    await v3.open();
    await v3.table('highlights').bulkAdd(highlightsV3);
    await v3.table('notes').bulkAdd(notesV3);
    v3.close();

    const db = openGlossDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const [h] = await listHighlightsByArticle(db, '000_8a7174939e31e350');
    expect(h).toEqual({ ...highlightsV3[0], revision: 1 });
    const notes = await listNotesByArticle(db, '000_8a7174939e31e350');
    expect(notes.map((n) => [n.id, n.revision])).toEqual([['note_v3_article', 1], ['note_v3_own', 2]]);
    expect(notes[1]!.body).toBe('My own note, written first.\n\n---\n\nFrom the old backup.');
    expect((await listTombstones(db)).map((t) => t.id)).toEqual(['note_v3_restored']);
    // The merged note is the highlight's one note, and saves on from its revision.
    expect((await upsertHighlightNote(db, 'hl_v3a', { body: 'edited', base: { revision: 2, body: notes[1]!.body } })).revision).toBe(3);
    db.close();
  });
});
