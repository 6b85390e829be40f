/**
 * Live queries for components: each re-renders when the rows it read change, in any tab or window.
 * Each returns undefined while the first read is in flight (distinguish "loading" from "none").
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Highlight, Note, ReadingState, Tag } from '../../shared/model';
import { useDb } from './db-context';
import { listAllHighlights, listHighlightsByArticle } from './highlights-repo';
import { listAllNotes, listNotesByArticle } from './notes-repo';
import { listAllReadingStates } from './reading-state-repo';
import type { Settings } from './settings';
import { getSettings } from './settings-repo';
import { listAllTags } from './tags-repo';

export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}

export function useHighlights(articleId: string): Highlight[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listHighlightsByArticle(db, articleId), [db, articleId]);
}

export function useNotes(articleId: string): Note[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNotesByArticle(db, articleId), [db, articleId]);
}

export function useAllHighlights(): Highlight[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAllHighlights(db), [db]);
}

export function useAllNotes(): Note[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAllNotes(db), [db]);
}

export function useTags(): Tag[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAllTags(db), [db]);
}

export function useAllReadingStates(): ReadingState[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listAllReadingStates(db), [db]);
}
