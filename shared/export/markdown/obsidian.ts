/**
 * Names Obsidian (and Gloss deep links) need: block ids and gloss:// links (tags: inline-tags.ts). Each is derived from
 * stored data only, so re-exporting writes the same names and links from other notes keep working.
 */
import { hash64 } from '../../text';

/**
 * A block id ("^…" target) from a highlight id: [a-z0-9-] only. Gloss's own ids ("hl_3f…") map
 * one-to-one after "_" → "-"; an id with other characters (upper case, punctuation) gets a hash
 * suffix so two ids that slug alike still get different block ids.
 */
export function obsidianBlockId(highlightId: string): string {
  const slug = highlightId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const lossless = /^[a-z0-9_]+$/.test(highlightId);
  if (lossless && slug !== '') return slug;
  return `${slug === '' ? 'hl' : slug}-${hash64(highlightId).slice(0, 8)}`;
}

/** gloss://article/<articleId>[#highlight=<highlightId>]: the one builder lives with the parser in shared/model. */
export { buildDeepLink as glossDeepLink } from '../../model/deep-link';
