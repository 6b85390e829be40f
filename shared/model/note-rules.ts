/**
 * How notes relate to highlights and to each other, written once and used by the database, the
 * reader's placement, the Notebook and export: a highlight has at most one note (older data may hold
 * more: the first written wins), an article has at most one article note, a note with no words in
 * it is empty, and records list oldest first.
 */
import type { Note } from './annotation';
import type { TextRange } from './range';

/** Oldest first; the id breaks ties, so equal times still sort the same way every time. */
export function compareCreated(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Document order: by start, then the longer (outer) one first, then id, so nested and tied ranges sort stably. */
export function compareInText(a: TextRange & { id: string }, b: TextRange & { id: string }): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A note with no words in it (only whitespace), or none: shown as none, left out of exports. */
export function isEmptyNote(note: Pick<Note, 'body'> | null | undefined): boolean {
  return !note || note.body.trim() === '';
}

/** The other side of isEmptyNote, as a type guard for views that then show the note. */
export function hasNoteText<N extends Pick<Note, 'body'>>(note: N | null | undefined): note is N {
  return !isEmptyNote(note);
}

/** The note on each highlight: the first written, when older data holds more than one. */
export function notesByHighlight(notes: readonly Note[]): Map<string, Note> {
  const byHighlight = new Map<string, Note>();
  for (const note of [...notes].sort(compareCreated)) {
    if (note.highlightId !== null && !byHighlight.has(note.highlightId)) byHighlight.set(note.highlightId, note);
  }
  return byHighlight;
}

/** The note on the whole article (highlightId null): the first written, or null. */
export function articleNoteOf(notes: readonly Note[]): Note | null {
  let first: Note | null = null;
  for (const note of notes) if (note.highlightId === null && (first === null || compareCreated(note, first) < 0)) first = note;
  return first;
}
