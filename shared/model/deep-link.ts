/**
 * Deep links into Gloss: gloss://article/<articleId>#highlight=<highlightId>. Exported Markdown carries
 * them; Electron registers the protocol; the browser host accepts the same link as a URL hash.
 */
export interface DeepLink {
  articleId: string;
  highlightId: string | null;
}

const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Percent-encodes so the link is also a valid Markdown link destination (no spaces or parentheses). */
const encodePart = (s: string): string =>
  encodeURIComponent(s).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function buildDeepLink(articleId: string, highlightId?: string | null): string {
  const base = `gloss://article/${encodePart(articleId)}`;
  return highlightId ? `${base}#highlight=${encodePart(highlightId)}` : base;
}

/** null for anything that is not a well-formed Gloss link: links come from outside and are untrusted. */
export function parseDeepLink(url: string): DeepLink | null {
  const m = /^gloss:\/\/article\/([^#?/]+)\/?(?:#highlight=([^#&]+))?$/.exec(url.trim());
  if (!m) return null;
  let articleId: string, highlightId: string | null;
  try {
    articleId = decodeURIComponent(m[1]!);
    highlightId = m[2] ? decodeURIComponent(m[2]) : null;
  } catch {
    return null;
  }
  if (!ID.test(articleId) || (highlightId !== null && !ID.test(highlightId))) return null;
  return { articleId, highlightId };
}
