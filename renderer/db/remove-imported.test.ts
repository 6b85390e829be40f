import { describe, expect, it } from 'vitest';
import { parseSource } from '../../shared/corpus';
import { createHighlight } from './highlights-repo';
import { listRemovedArticles, removeImported, saveImportedArticle, undoRemoveImported, updateImportedMetadata } from './imported-articles-repo';
import { upsertArticleNote, upsertHighlightNote } from './notes-repo';
import { exportAllRecords } from './records-repo';
import { freshDb, sampleHighlight } from './testing/sample-records';
import { userIndexStore } from './user-index-repo';

const TEXT = '# Harbour plan\n\nThe committee misunderstood the residents.';

async function withImport() {
  const db = freshDb('remove-imported');
  const parsed = parseSource('notes/harbour.md', TEXT);
  if (!parsed.ok) throw new Error(parsed.error);
  const article = { ...parsed.value, id: 'imp-1' };
  const bytes = new TextEncoder().encode(TEXT).buffer as ArrayBuffer;
  const record = { id: article.id, article, original: { name: 'notes/harbour.md', type: 'text/markdown', size: bytes.byteLength, bytes }, encoding: 'utf-8', warnings: [], importedAt: '2026-12-01T00:00:00.000Z' };
  await saveImportedArticle(db, record);
  const h = await createHighlight(db, sampleHighlight(4, { articleId: article.id, tags: ['port'] }));
  await upsertHighlightNote(db, h.id, { body: 'Ask the residents' });
  await upsertArticleNote(db, article.id, { body: 'Whole plan is odd' });
  await userIndexStore(db).apply({ built: [{ articleId: article.id, key: 'k', bytes: new Uint8Array([1, 2, 3, 4]) }], removed: [] });
  return { db, record };
}

const everything = async (db: ReturnType<typeof freshDb>) => ({
  records: await exportAllRecords(db),
  imported: await db.importedArticles.toArray(),
  removed: await db.removedArticles.toArray(),
  parts: await db.userIndexParts.toArray(),
});

describe('removing an imported article', () => {
  it('keeps its highlights and notes as unplaced, with its provenance but not its text or file, and Undo restores it exactly', async () => {
    const { db, record } = await withImport();
    const before = await everything(db);
    const removed = await removeImported(db, 'imp-1', 'keep', '2026-12-02T00:00:00.000Z');
    expect(await db.importedArticles.count()).toBe(0);
    expect(await db.userIndexParts.count()).toBe(0);
    expect((await db.highlights.toArray()).map((h) => h.articleId)).toEqual(['imp-1']);
    expect(await db.notes.count()).toBe(2);
    const [stub] = await listRemovedArticles(db);
    expect(stub).toEqual({ id: 'imp-1', article: { ...record.article, sections: [], figures: [] }, removedAt: '2026-12-02T00:00:00.000Z' });
    await undoRemoveImported(db, removed);
    expect(await everything(db)).toEqual(before);
    db.close();
  });

  it('deletes its highlights and notes with tombstones when asked, and Undo brings back the article, its file and every note', async () => {
    const { db } = await withImport();
    const before = await everything(db);
    const removed = await removeImported(db, 'imp-1', 'delete', '2026-12-02T00:00:00.000Z');
    expect(await db.highlights.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.removedArticles.count()).toBe(0);
    expect((await db.tombstones.toArray()).map((t) => t.kind).sort()).toEqual(['highlight', 'note', 'note']);
    expect(removed.highlights).toHaveLength(1);
    expect(removed.notes).toHaveLength(2);
    await undoRemoveImported(db, removed);
    const after = await everything(db);
    expect(after).toEqual(before);
    expect(new TextDecoder().decode(after.imported[0]!.original.bytes)).toBe(TEXT);
    expect(await db.tombstones.count()).toBe(0);
    db.close();
  });

  it('refuses to remove what is not there, and a re-import of the same file takes its kept notes back', async () => {
    const { db, record } = await withImport();
    await expect(removeImported(db, 'nope', 'keep')).rejects.toThrow(/no longer in the library/);
    await removeImported(db, 'imp-1', 'keep');
    await saveImportedArticle(db, record);
    expect(await db.removedArticles.count()).toBe(0);
    db.close();
  });
});

describe('editing an imported article’s metadata', () => {
  it('stores the checked fields, keeps the original file and what the import extracted', async () => {
    const { db, record } = await withImport();
    const updated = await updateImportedMetadata(db, 'imp-1', { title: '  The harbour plan, revised ', byline: 'By Ann Lee', published: '2021-06-15', source: '' }, '2026-12-03T00:00:00.000Z');
    expect(updated.article).toEqual({ ...record.article, title: 'The harbour plan, revised', byline: 'By Ann Lee', published: '2021-06-15', source: null });
    expect(updated.metadataEdited).toEqual({ at: '2026-12-03T00:00:00.000Z', extracted: { title: record.article.title, byline: record.article.byline, published: record.article.published, source: record.article.source } });
    expect(new TextDecoder().decode((await db.importedArticles.get('imp-1'))!.original.bytes)).toBe(TEXT);
    // A second edit keeps what was first extracted.
    const again = await updateImportedMetadata(db, 'imp-1', { title: 'Third title', byline: '', published: '', source: '' });
    expect(again.metadataEdited!.extracted.title).toBe(record.article.title);
    await expect(updateImportedMetadata(db, 'imp-1', { title: '', byline: '', published: '2021-02-30', source: '' })).rejects.toThrow(/title cannot be empty.*no such day as 2021-02-30/);
    expect((await db.importedArticles.get('imp-1'))!.article.title).toBe('Third title');
    db.close();
  });
});
