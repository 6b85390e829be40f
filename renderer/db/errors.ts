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
