/**
 * The browser host accepts a Gloss deep link as a URL hash: `#gloss://article/<id>#highlight=<id>`
 * (the exported link pasted after the page's URL, with or without encoding). Returns the gloss:// URL.
 */
export function parseDeepLinkHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return decoded.startsWith('gloss://') ? decoded : null;
}
