import { isStorageError } from '../db';
import { errorText } from '../../shared/model/error-text';

/**
 * THE way a failed action becomes a sentence for the reader, used by every feature (notes, reader,
 * highlights, export). Storage errors are already written for people, so they are shown as they
 * are; anything else is "<action> failed: <why>", so `action` names the doing: "Saving the note".
 */
export function describeError(action: string, e: unknown): string {
  if (isStorageError(e)) return e.message;
  return `${action} failed: ${errorText(e)}`;
}
