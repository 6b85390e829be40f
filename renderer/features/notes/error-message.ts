import { isStorageError } from '../../db';

/** A failed save as a sentence for the reader: storage errors are already written for people. */
export function describeError(action: string, e: unknown): string {
  if (isStorageError(e)) return e.message;
  return `${action} failed: ${e instanceof Error ? e.message : String(e)}`;
}
