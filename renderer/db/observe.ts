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

export interface ArticleAnnotations {
  highlights: Highlight[];
  notes: Note[];
}

// One article's first read, started before the article's text is in (prefetchArticleAnnotations);
// one at a time, as only one article is open.
let prefetched: { db: GlossDb; articleId: string; read: Promise<ArticleAnnotations> } | null = null;

/**
 * Starts reading an article's highlights and notes now, while its text is still being read: the
 * annotation store, made only once the text is in, then starts from this answer instead of waiting
 * a round trip of its own (on the longest article with 1,000 highlights, several slices of text were
 * on screen before their highlights). Only a head start: the live reads still answer, and win.
 */
export function prefetchArticleAnnotations(db: GlossDb, articleId: string): void {
  if (prefetched?.db === db && prefetched.articleId === articleId) return;
  const read = Promise.all([listHighlightsByArticle(db, articleId), listNotesByArticle(db, articleId)]).then(([highlights, notes]) => ({ highlights, notes }));
  read.catch(() => undefined); // a failed head start is only a lost head start: the live reads report errors
  prefetched = { db, articleId, read };
}

/** The head start for this article, if one was started (taken once: a later open reads afresh). */
export function takePrefetchedAnnotations(db: GlossDb, articleId: string): Promise<ArticleAnnotations> | null {
  if (prefetched?.db !== db || prefetched.articleId !== articleId) return null;
  const { read } = prefetched;
  prefetched = null;
  return read;
}
