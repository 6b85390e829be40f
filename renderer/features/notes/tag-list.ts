/**
 * Editing a tag list as typed: pure, so the typing rules (commas split, blanks ignored, no repeats)
 * are the same in every tags input and tested once. What a tag name is and when two are the same
 * tag is NOT decided here: that is shared/model/tag.ts, which the store and backups use too.
 */
import { MAX_TAG_LENGTH, tagKey } from '../../../shared/model';

/**
 * What was typed as a tag name. Over-long input is cut to the limit rather than refused: the field
 * has no room for an error, and the cut name is one the store accepts.
 */
export function cleanTag(raw: string): string {
  return raw.replace(/,/g, ' ').trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
}

const key = tagKey;

export function hasTag(tags: readonly string[], name: string): boolean {
  const k = key(cleanTag(name));
  return tags.some((t) => key(t) === k);
}

/** Adds each comma-separated name not already present (case- and accent-insensitively). */
export function addTags(tags: readonly string[], raw: string): string[] {
  const out = [...tags];
  for (const part of raw.split(',')) {
    const name = cleanTag(part);
    if (name !== '' && !hasTag(out, name)) out.push(name);
  }
  return out;
}

export function removeTag(tags: readonly string[], name: string): string[] {
  const k = key(name);
  return tags.filter((t) => key(t) !== k);
}

/**
 * The input so far split at its last comma: what is complete becomes tags now, the rest keeps being
 * typed. "a, b, c" → complete "a, b", rest " c".
 */
export function splitTyped(input: string): { complete: string; rest: string } {
  const at = input.lastIndexOf(',');
  return at < 0 ? { complete: '', rest: input } : { complete: input.slice(0, at), rest: input.slice(at + 1) };
}

/** Known tags for what is being typed: prefix matches first, then other substring matches; none already used. */
export function suggestFrom(known: readonly string[], typed: string, current: readonly string[], limit = 8): string[] {
  const q = key(cleanTag(typed));
  if (q === '') return [];
  const prefix: string[] = [];
  const inside: string[] = [];
  for (const name of known) {
    if (hasTag(current, name)) continue;
    const k = key(name);
    if (k.startsWith(q)) prefix.push(name);
    else if (k.includes(q)) inside.push(name);
  }
  return [...prefix, ...inside].slice(0, limit);
}
