/**
 * Random ids for records the reader makes. crypto.randomUUID exists in Node ≥ 19, Chromium and
 * Electron; shared/ has neither DOM nor Node types, so the global is typed here by hand.
 */
const cryptoGlobal = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

export function newId(prefix: string): string {
  return `${prefix}_${cryptoGlobal.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}
