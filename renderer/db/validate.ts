/** Input checks shared by the repositories. Each failure is a StorageError with a message for people. */
/**
 * The rules themselves are shared/model's (record-rules.ts, tag.ts), the same ones a backup is
 * parsed by; this file only words a broken rule as a StorageError a reader can act on.
 */
import {
  coversText,
  fitsNoteBody,
  HIGHLIGHT_COLORS,
  isHighlightColor,
  isIsoDateTime,
  isOffset,
  isQuoteText,
  isRecordId,
  isScrollFraction,
  MAX_NOTE_BYTES,
  noteBodyBytes,
  normaliseTagName,
  type HighlightColor,
  type Note,
  type Highlight,
  type ReadingState,
} from '../../shared/model';
import { StorageError } from './errors';

/** The rules live in shared/model, shared with the UI and backups; re-exported for callers of the db. */
export { MAX_NOTE_BYTES, MAX_TAG_LENGTH } from '../../shared/model';

function nonEmptyString(value: unknown, what: string): string {
  if (!isRecordId(value)) throw new StorageError(`${what} is missing.`);
  return value;
}

function isoString(value: unknown, what: string): string {
  if (!isIsoDateTime(value)) throw new StorageError(`${what} is not a valid date.`);
  return value;
}

export function checkColor(color: unknown): HighlightColor {
  if (!isHighlightColor(color)) {
    throw new StorageError(`"${String(color)}" is not a highlight colour (use ${HIGHLIGHT_COLORS.join(', ')}).`);
  }
  return color;
}

/** Checks the anchor part of a highlight: where it is and what it quotes. */
export function checkAnchor(h: Pick<Highlight, 'quote' | 'position' | 'contentHash'>): void {
  const { start, end } = h.position ?? {};
  if (!isOffset(start) || !isOffset(end)) {
    throw new StorageError('A highlight needs whole-number start and end positions of 0 or more.');
  }
  if (!coversText({ start, end })) {
    throw new StorageError(`A highlight must cover some text (start ${start} is not before end ${end}).`);
  }
  if (!isQuoteText(h.quote?.exact)) {
    throw new StorageError('A highlight needs the text it quotes.');
  }
  if (typeof h.quote.prefix !== 'string' || typeof h.quote.suffix !== 'string') {
    throw new StorageError('A highlight quote needs its prefix and suffix (they may be empty).');
  }
  if (typeof h.contentHash !== 'string') throw new StorageError('A highlight needs the article content hash.');
}

/** A complete stored highlight, e.g. from a backup. */
export function checkHighlight(h: Highlight): void {
  nonEmptyString(h.id, 'The highlight id');
  nonEmptyString(h.articleId, 'The article of a highlight');
  checkColor(h.color);
  checkAnchor(h);
  checkTagList(h.tags);
  isoString(h.createdAt, 'The highlight creation time');
  isoString(h.updatedAt, 'The highlight update time');
}

export function checkNoteBody(body: unknown): string {
  if (typeof body !== 'string') throw new StorageError('A note body must be text.');
  if (!fitsNoteBody(body)) {
    const mib = (noteBodyBytes(body) / MAX_NOTE_BYTES).toFixed(1);
    throw new StorageError(`This note is too long to save (${mib} MB; the limit is 1 MB).`);
  }
  return body;
}

/** A complete stored note, e.g. from a backup. */
export function checkNote(n: Note): void {
  nonEmptyString(n.id, 'The note id');
  nonEmptyString(n.articleId, 'The article of a note');
  if (n.highlightId !== null && !isRecordId(n.highlightId)) {
    throw new StorageError('A note belongs to a highlight id or to the whole article (null).');
  }
  checkNoteBody(n.body);
  checkTagList(n.tags);
  isoString(n.createdAt, 'The note creation time');
  isoString(n.updatedAt, 'The note update time');
}

export function checkReadingState(r: ReadingState): void {
  nonEmptyString(r.articleId, 'The article of a reading position');
  if (!isScrollFraction(r.scrollFraction)) {
    throw new StorageError('A reading position must be a fraction between 0 and 1.');
  }
  isoString(r.updatedAt, 'The reading position time');
}

/** A tag name as stored (shared/model's one rule), or a StorageError saying why it cannot be one. */
export function cleanTagName(name: unknown): string {
  const result = normaliseTagName(name);
  if (!result.ok) throw new StorageError(result.error);
  return result.value;
}

function checkTagList(tags: unknown): void {
  if (!Array.isArray(tags)) throw new StorageError('Tags must be a list.');
  for (const t of tags) cleanTagName(t);
}
