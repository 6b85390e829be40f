import type { ReadingState } from '../../shared/model';
import { nowIso } from './clock';
import { StorageError } from './errors';
import type { GlossDb } from './gloss-db';

export function getReadingState(db: GlossDb, articleId: string): Promise<ReadingState | undefined> {
  return db.readingState.get(articleId);
}

/** Saves where the reader is in an article, as a 0..1 fraction (clamped: overscroll bounces past the ends). */
export async function saveReadingState(db: GlossDb, articleId: string, scrollFraction: number): Promise<ReadingState> {
  if (typeof articleId !== 'string' || articleId === '') throw new StorageError('Which article is this position for?');
  if (!Number.isFinite(scrollFraction)) throw new StorageError('A reading position must be a number.');
  const state: ReadingState = {
    articleId,
    scrollFraction: Math.min(1, Math.max(0, scrollFraction)),
    updatedAt: nowIso(),
  };
  await db.readingState.put(state);
  return state;
}

/** Every saved reading position (one per article read): the library's progress and status. */
export function listAllReadingStates(db: GlossDb): Promise<ReadingState[]> {
  return db.readingState.toArray();
}
