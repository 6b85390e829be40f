/**
 * Random ids for records the reader makes. crypto.randomUUID exists in Node ≥ 19, Chromium and
 * Electron; shared/ has neither DOM nor Node types, so the global is typed here by hand.
 */
const cryptoGlobal = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/**
 * "hl_" + the whole UUID v4 (122 random bits) without dashes: globally unique, so records made on
 * two devices can be merged by id (shared/model/sync.ts). Ids made before were 20 hex digits; they
 * stay valid, they are just shorter.
 */
export function newId(prefix: string): string {
  return `${prefix}_${cryptoGlobal.randomUUID().replace(/-/g, '')}`;
}
