/**
 * How each tag is written inline (on a highlight's line), per template, and every change that makes
 * to what the researcher typed, as data the export dialog shows before saving (issue 12).
 *
 * - Front matter always has the tags exactly as typed (YAML strings): no change there.
 * - Obsidian templates write "#name" where Obsidian accepts the name as typed. A name with spaces
 *   becomes "#to-read" when that is a valid tag no other tag of the file already writes; that is
 *   reported. Anything else Obsidian would cut ("C++" would read as "#C", "2020" is not a tag,
 *   "#hash" would lose its "#") is written as text, exactly as typed, and reported.
 * - Plain Markdown has no tags: names are written as text, as typed. Nothing to report.
 */
import { tagKey, uniqueTags } from '../../model/tag';
import type { MarkdownTemplate } from './templates';

export interface TagChange {
  /** The name as typed. */
  name: string;
  /** What the file has instead: "#to-read", or null when the name is kept as text, not a tag. */
  writtenAs: string | null;
  /** Why, for a person: "Obsidian tags cannot contain spaces". */
  reason: string;
}

export interface InlineTag {
  /** The name as typed. */
  name: string;
  /** "#to-read" when written as a tag; null when written as text. */
  tag: string | null;
  /** Set when the inline form is not "#" + the name as typed in a template that has tags. */
  change: TagChange | null;
}

/** Letters, digits, "_", "-", "/" (nesting); at least one non-digit; no "/" at the edges. */
const OBSIDIAN_TAG = /^[\p{L}\p{M}\p{N}_\-/]+$/u;
export const isObsidianTag = (name: string): boolean => OBSIDIAN_TAG.test(name) && !/^[\d/]+$/.test(name) && !/^\/|\/$|\/\//.test(name);

function whyNot(name: string): string {
  if (name.startsWith('#')) return 'the “#” is the tag marker in Obsidian, so it would be dropped';
  if (/^\d+$/.test(name)) return 'an Obsidian tag needs a letter';
  const bad = [...new Set(name.replace(/[\p{L}\p{M}\p{N}_\-/\s]/gu, ''))];
  if (bad.length > 0) return `Obsidian tags cannot contain ${bad.map((c) => `“${c}”`).join(' ')}`;
  if (/\s/.test(name)) return `Obsidian tags cannot contain spaces, and #${name.replace(/\s+/g, '-')} is another tag here`;
  return 'Obsidian would not read it as a tag';
}

/**
 * The inline form of each tag of one file, keyed by tagKey (names de-duplicated by the tag rule).
 * `names` is every tag the file writes inline, so a converted name is checked against the others.
 */
export function planInlineTags(names: Iterable<string>, template: MarkdownTemplate): Map<string, InlineTag> {
  const unique = uniqueTags(names);
  const plan = new Map<string, InlineTag>();
  if (template === 'plain') {
    for (const name of unique) plan.set(tagKey(name), { name, tag: null, change: null });
    return plan;
  }
  const taken = new Set(unique.filter(isObsidianTag).map(tagKey));
  for (const name of unique) {
    if (isObsidianTag(name)) {
      plan.set(tagKey(name), { name, tag: `#${name}`, change: null });
      continue;
    }
    const hyphened = name.replace(/\s+/g, '-');
    if (/\s/.test(name) && isObsidianTag(hyphened) && !taken.has(tagKey(hyphened))) {
      taken.add(tagKey(hyphened));
      const tag = `#${hyphened}`;
      plan.set(tagKey(name), { name, tag, change: { name, writtenAs: tag, reason: 'Obsidian tags cannot contain spaces' } });
    } else {
      plan.set(tagKey(name), { name, tag: null, change: { name, writtenAs: null, reason: `${whyNot(name)}; it is written as text` } });
    }
  }
  return plan;
}

/** Every change in some plans, one per tag, sorted by name. */
export function tagChangesOf(plans: Iterable<Map<string, InlineTag>>): TagChange[] {
  const byKey = new Map<string, TagChange>();
  for (const plan of plans) for (const [key, t] of plan) if (t.change && !byKey.has(key)) byKey.set(key, t.change);
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.name < b.name ? -1 : 1));
}
