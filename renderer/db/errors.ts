import type { Note } from '../../shared/model';
/**
 * A storage call refused its input or could not find what it was asked to change. The message is
 * written for the reader (the UI shows it as is); nothing was written when one of these is thrown.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

export function isStorageError(e: unknown): e is StorageError {
  return e instanceof StorageError;
}

/**
 * A note save refused because the stored text changed since the editor loaded it (another tab or
 * window, or a restore). Carries both versions so the editor can show them and let the reader keep
 * one or both; nothing was written.
 */
export class NoteConflictError extends StorageError {
  constructor(
    /** The note as stored now (its revision is the base for the next save). */
    readonly stored: Note,
    /** The text the editor tried to save. */
    readonly mine: string,
  ) {
    super('This note was changed elsewhere (another tab or window, or a restore) since you started editing. Nothing was overwritten: choose which text to keep.');
  }
}

export function isNoteConflict(e: unknown): e is NoteConflictError {
  return e instanceof NoteConflictError;
}
