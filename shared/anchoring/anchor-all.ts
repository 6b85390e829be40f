import type { Highlight } from '../model';
import { hash64 } from '../text';
import { anchor, type AnchorResult } from './anchor';

/**
 * Anchors every highlight of one article. `contentHash` is the article's current hash (Article.contentHash);
 * it defaults to hash64(text). A highlight made on this very text only needs its position checked.
 */
export function anchorAll(
  text: string,
  highlights: readonly Pick<Highlight, 'id' | 'quote' | 'position' | 'contentHash'>[],
  contentHash: string = hash64(text),
): Map<string, AnchorResult> {
  const results = new Map<string, AnchorResult>();
  for (const h of highlights) {
    results.set(h.id, h.contentHash === contentHash ? (samePosition(text, h) ?? anchor(text, h)) : anchor(text, h));
  }
  return results;
}

// With an unchanged hash the stored offsets are right by construction; if they are not (a hash
// collision or a highlight written by buggy code), fall back to the full search rather than trust them.
function samePosition(text: string, h: Pick<Highlight, 'quote' | 'position'>): AnchorResult | undefined {
  const { start, end } = h.position;
  if (h.quote.exact.length > 0 && start >= 0 && end <= text.length && text.slice(start, end) === h.quote.exact) {
    return { status: 'exact', start, end };
  }
  return undefined;
}
