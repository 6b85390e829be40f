import type { Article } from '../../shared/model';
import type { GlossDb, ImportedArticleRecord } from './gloss-db';

/** Every imported article, oldest import first. */
export async function listImportedArticles(db: GlossDb): Promise<ImportedArticleRecord[]> {
  return db.importedArticles.orderBy('importedAt').toArray();
}

/** The imported article with this content hash, if the same text was imported before. */
export function findImportedByHash(db: GlossDb, contentHash: string): Promise<ImportedArticleRecord | undefined> {
  return db.importedArticles.where('article.contentHash').equals(contentHash).first();
}

export async function saveImportedArticle(db: GlossDb, record: ImportedArticleRecord): Promise<void> {
  await db.importedArticles.put(record);
}

export async function removeImportedArticle(db: GlossDb, id: string): Promise<void> {
  await db.importedArticles.delete(id);
}

export function importedArticles(records: readonly ImportedArticleRecord[]): Article[] {
  return records.map((r) => r.article);
}
