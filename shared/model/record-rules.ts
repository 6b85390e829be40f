/**
 * The rules a stored record keeps, written once. The database refuses a write that breaks one
 * (renderer/db/validate.ts) and a backup that breaks one never parses (shared/export/backup/schema.ts),
 * so anything a backup holds the store accepts, and the other way round. Each consumer words the
 * refusal for its reader (a sentence in the app, a field path in a backup report); the rule is here.
 * Tag names follow tag.ts's normaliseTagName.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from './annotation';
import type { TextRange } from './range';

/** 1 MiB of UTF-8: far beyond any real note, small enough that a runaway paste cannot bloat the DB. */
export const MAX_NOTE_BYTES = 1024 * 1024;

/** An id or a foreign key: a string with something in it. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with its offset, as toISOString() writes it ("2024-03-01T10:00:00.000Z"), on a real calendar day. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}

/** A character offset: a whole number of 0 or more. */
export function isOffset(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** A highlight covers some text: an empty one would mark nothing. */
export function coversText(range: TextRange): boolean {
  return range.start < range.end;
}

/** The text a highlight quotes is never empty. */
export function isQuoteText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * The UTF-8 size of a text, counted without TextEncoder (shared/ has no DOM or Node types). A lone
 * surrogate counts 3 bytes, as the U+FFFD that TextEncoder would write for it.
 */
export function noteBodyBytes(body: string): number {
  let bytes = 0;
  for (const ch of body) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** A note body is text of at most MAX_NOTE_BYTES. */
export function fitsNoteBody(body: string): boolean {
  return noteBodyBytes(body) <= MAX_NOTE_BYTES;
}

/** A reading position: a fraction of the scrollable height, 0 to 1. */
export function isScrollFraction(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}
