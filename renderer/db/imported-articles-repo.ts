import { noteOwnerKey, validateMetadata, type Article, type Highlight, type MetadataInput, type Note, type Tombstone } from '../../shared/model';
import type { StoredPart } from '../../shared/search/user-index/user-index';
import { nowIso } from './clock';
import { StorageError } from './errors';
import type { GlossDb, ImportedArticleRecord } from './gloss-db';
import { ensureTags } from './tags-repo';
import { checkHighlight, checkNote } from './validate';

/** Every imported article, oldest import first. */
export async function listImportedArticles(db: GlossDb): Promise<ImportedArticleRecord[]> {
  return db.importedArticles.orderBy('importedAt').toArray();
}

/**
 * Every imported article's Article (no original file), oldest import first, read a chunk at a time
 * with a pause between chunks: one read of a thousand records, their original bytes included, held
 * the window for over a second when an import ended (issue 9). The keys are read first, in one
 * cheap step, so the order is the one at that moment; a record removed meanwhile is left out.
 */
export async function listImportedArticlesInChunks(db: GlossDb, chunk = 100, pause: () => Promise<void> = yieldToBrowser): Promise<Article[]> {
  const ids = await db.importedArticles.orderBy('importedAt').primaryKeys();
  const out: Article[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    if (i > 0) await pause();
    for (const record of await db.importedArticles.bulkGet(ids.slice(i, i + chunk))) if (record) out.push(record.article);
  }
  return out;
}

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The imported article with this content hash, if the same text was imported before. */
export function findImportedByHash(db: GlossDb, contentHash: string): Promise<ImportedArticleRecord | undefined> {
  return db.importedArticles.where('article.contentHash').equals(contentHash).first();
}

/** Stores an import; the same file imported again after a removal takes back its kept highlights and notes. */
export async function saveImportedArticle(db: GlossDb, record: ImportedArticleRecord): Promise<void> {
  await db.transaction('rw', db.importedArticles, db.removedArticles, async () => {
    await db.importedArticles.put(record);
    await db.removedArticles.delete(record.id);
  });
}

export async function removeImportedArticle(db: GlossDb, id: string): Promise<void> {
  await db.importedArticles.delete(id);
}

export function importedArticles(records: readonly ImportedArticleRecord[]): Article[] {
  return records.map((r) => r.article);
}

/**
 * What is kept of an imported article that was removed while its highlights and notes were kept:
 * its provenance (no text, no file), so the Notebook and export can still say where they came from,
 * marked unplaced. Re-importing the same file gives the same id and places them again.
 */
export interface RemovedArticleRecord {
  id: string;
  /** The article's metadata; sections and figures emptied. */
  article: Article;
  removedAt: string;
}

/** What removing an imported article took away, exactly as it was stored: hand it to undoRemoveImported(). */
export interface RemovedImport {
  record: ImportedArticleRecord;
  notesKept: boolean;
  /** The highlights and notes deleted with it (empty when they were kept). */
  highlights: Highlight[];
  notes: Note[];
  /** Their stored index part, so Undo does not index the article again. */
  indexPart: StoredPart | undefined;
}

/**
 * Removes an imported article and its original file. Its highlights and notes are either kept as
 * unplaced (the article's provenance stays in removedArticles for them) or deleted, with tombstones
 * as any delete leaves. One transaction: nothing is half removed.
 */
export async function removeImported(db: GlossDb, id: string, notes: 'keep' | 'delete', now = nowIso()): Promise<RemovedImport> {
  return db.transaction('rw', [db.importedArticles, db.removedArticles, db.highlights, db.notes, db.tombstones, db.drafts, db.userIndexParts], async () => {
    const record = await db.importedArticles.get(id);
    if (!record) throw new StorageError('That article is no longer in the library (it may have been removed already).');
    const indexPart = await db.userIndexParts.get(id);
    await db.importedArticles.delete(id);
    await db.userIndexParts.delete(id);
    if (notes === 'keep') {
      await db.removedArticles.put({ id, article: { ...record.article, sections: [], figures: [] }, removedAt: now });
      return { record, notesKept: true, highlights: [], notes: [], indexPart };
    }
    const highlights = await db.highlights.where('articleId').equals(id).toArray();
    const articleNotes = await db.notes.where('articleId').equals(id).toArray();
    await db.highlights.bulkDelete(highlights.map((h) => h.id));
    await db.notes.bulkDelete(articleNotes.map((n) => n.id));
    await db.tombstones.bulkPut([
      ...highlights.map((h): Tombstone => ({ id: h.id, kind: 'highlight', revision: h.revision, deletedAt: now })),
      ...articleNotes.map((n): Tombstone => ({ id: n.id, kind: 'note', revision: n.revision, deletedAt: now })),
    ]);
    await db.drafts.bulkDelete([noteOwnerKey({ articleId: id, highlightId: null }), ...highlights.map((h) => noteOwnerKey({ articleId: id, highlightId: h.id }))]);
    return { record, notesKept: false, highlights, notes: articleNotes, indexPart };
  });
}

/** Undo for removeImported(): the article, its original file and its highlights and notes, exactly as they were. */
export async function undoRemoveImported(db: GlossDb, removed: RemovedImport): Promise<void> {
  for (const h of removed.highlights) checkHighlight(h);
  for (const n of removed.notes) checkNote(n);
  await db.transaction('rw', [db.importedArticles, db.removedArticles, db.highlights, db.notes, db.tags, db.tombstones, db.userIndexParts], async () => {
    await ensureTags(db, [...removed.highlights.flatMap((h) => h.tags), ...removed.notes.flatMap((n) => n.tags)]);
    await db.importedArticles.put(removed.record);
    await db.removedArticles.delete(removed.record.id);
    await db.highlights.bulkPut(removed.highlights);
    await db.notes.bulkPut(removed.notes);
    await db.tombstones.bulkDelete([...removed.highlights.map((h) => h.id), ...removed.notes.map((n) => n.id)]);
    if (removed.indexPart) await db.userIndexParts.put(removed.indexPart);
  });
}

export function listRemovedArticles(db: GlossDb): Promise<RemovedArticleRecord[]> {
  return db.removedArticles.toArray();
}

/**
 * Corrects an imported article's title, byline, date or source. The original file is not touched
 * (it stays the provenance), and what the import first extracted is kept beside the correction.
 */
export async function updateImportedMetadata(db: GlossDb, id: string, input: MetadataInput, now = nowIso()): Promise<ImportedArticleRecord> {
  const checked = validateMetadata(input);
  if (!checked.ok) throw new StorageError(Object.values(checked.error).join(' '));
  return db.transaction('rw', db.importedArticles, async () => {
    const record = await db.importedArticles.get(id);
    if (!record) throw new StorageError('That article is no longer in the library (it may have been removed).');
    const { title, byline, published, source } = record.article;
    const updated: ImportedArticleRecord = {
      ...record,
      article: { ...record.article, ...checked.value },
      metadataEdited: { at: now, extracted: record.metadataEdited?.extracted ?? { title, byline, published, source } },
    };
    await db.importedArticles.put(updated);
    return updated;
  });
}
