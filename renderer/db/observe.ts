/**
 * Live reads for code outside React (the annotation store): the same repository reads the hooks
 * make, re-run by Dexie's liveQuery whenever the rows they read change, in any tab or window.
 */
import { liveQuery } from 'dexie';
import type { Highlight, Note } from '../../shared/model';
import type { GlossDb } from './gloss-db';
import { listHighlightsByArticle } from './highlights-repo';
import { listNotesByArticle } from './notes-repo';

export interface Observer<T> {
  next(value: T): void;
  error(e: unknown): void;
}

/** Calls `observer.next` with the read's result now and after every change to it; returns the unsubscribe. */
function observe<T>(read: () => Promise<T>, observer: Observer<T>): () => void {
  const subscription = liveQuery(read).subscribe({ next: (v) => observer.next(v), error: (e: unknown) => observer.error(e) });
  return () => subscription.unsubscribe();
}

export function observeArticleHighlights(db: GlossDb, articleId: string, observer: Observer<Highlight[]>): () => void {
  return observe(() => listHighlightsByArticle(db, articleId), observer);
}

export function observeArticleNotes(db: GlossDb, articleId: string, observer: Observer<Note[]>): () => void {
  return observe(() => listNotesByArticle(db, articleId), observer);
}
