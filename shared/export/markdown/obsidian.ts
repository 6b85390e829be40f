/**
 * Names Obsidian (and Gloss deep links) need: tags, block ids and gloss:// links. Each is derived from
 * stored data only, so re-exporting writes the same names and links from other notes keep working.
 */
import { tagKey } from '../../model/tag';
import { hash64 } from '../../text';

/**
 * A tag as Obsidian accepts it: letters, digits, "_", "-" and "/" (nesting), no spaces, at least one
 * non-digit. Case is kept as typed (Obsidian matches tags case-insensitively). "to read" → "to-read",
 * "2020" → "_2020", "C++" → "C"; a name with nothing usable left gives null.
 */
export function obsidianTag(name: string): string | null {
  const slug = name
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (slug === '') return null;
  return /^\d+$/.test(slug) ? `_${slug}` : slug;
}

/**
 * Obsidian tags for a list of tag names: slugged, de-duplicated by Gloss's tag rule (tagKey: case and
 * accents ignored, which also covers Obsidian's case-insensitive matching), sorted.
 */
export function obsidianTags(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const tag = obsidianTag(name);
    if (tag !== null && !byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1));
}

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
