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

/**
 * Why a link is not a Gloss link, in words for the reader (parseDeepLink only says null): a link
 * from a truncated paste or another app should say what is wrong, not silently do nothing.
 */
export function explainBadDeepLink(url: string): string {
  const shown = url.length > 80 ? `${url.slice(0, 77)}…` : url;
  const problem = (() => {
    const trimmed = url.trim();
    if (!/^gloss:\/\//i.test(trimmed)) return 'it is not a gloss:// link';
    const m = /^gloss:\/\/([^/#?]*)\/?([^#?]*)(?:[?][^#]*)?(?:#(.*))?$/i.exec(trimmed);
    if (!m || m[1]!.toLowerCase() !== 'article') return 'Gloss links point at an article (gloss://article/…)';
    const [, , rawId = '', fragment] = m;
    const id = rawId.replace(/\/$/, '');
    if (!id) return 'it names no article';
    let articleId: string;
    try {
      articleId = decodeURIComponent(id);
    } catch {
      return 'its article id is garbled (broken %-escapes)';
    }
    if (!ID.test(articleId)) return `“${articleId.slice(0, 40)}” is not a Gloss article id`;
    if (fragment !== undefined) {
      const h = /^highlight=([^#&]+)$/.exec(fragment);
      if (!h) return 'the part after # should be highlight=<id>';
      let highlightId: string;
      try {
        highlightId = decodeURIComponent(h[1]!);
      } catch {
        return 'its highlight id is garbled (broken %-escapes)';
      }
      if (!ID.test(highlightId)) return `“${highlightId.slice(0, 40)}” is not a Gloss highlight id`;
    }
    return 'it is not in the form gloss://article/<id>#highlight=<id>';
  })();
  return `Could not open ${shown}: ${problem}.`;
}
