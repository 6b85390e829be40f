/**
 * Random ids for records the reader makes. crypto.randomUUID exists in Node ≥ 19, Chromium and
 * Electron; shared/ has neither DOM nor Node types, so the global is typed here by hand.
 */
const cryptoGlobal = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

export function newId(prefix: string): string {
  return `${prefix}_${cryptoGlobal.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

/**
 * What any record id may look like: 1–128 letters, digits, "-" or "_". Every id Gloss makes fits
 * (hl_…, note_…, article slugs with a hash, UUIDs); a backup's ids are checked against it so a
 * crafted file cannot bring in ids that are paths, markup or megabytes long.
 */
export const RECORD_ID = /^[A-Za-z0-9_-]{1,128}$/;
