/**
 * The Tags view's figures and its two edits (issue 12): how often each tag is used, and renaming a
 * tag, which is also how two tags merge (rename "iran" to "Iran" and every record carries one tag).
 * Pure: the plan says which records change and what Undo must put back; renderer/db writes it.
 * Names are shown and stored exactly as typed; "the same tag" is the one tag rule (tagKey).
 */
import type { Highlight, Note, Tag } from './annotation';
import { normaliseTagName, tagKey, uniqueTags } from './tag';
import { err, ok, type Result } from './result';

export interface TagUsage {
  /** The name as first typed (the tags table's spelling when it has one). */
  name: string;
  highlights: number;
  notes: number;
  /** Distinct articles whose highlights or notes carry it. */
  articles: number;
}

export interface TagRecords {
  highlights: readonly Highlight[];
  notes: readonly Note[];
  tags: readonly Tag[];
}

/** Every tag in use or in the tags table, with its counts, most used first, then by name. */
export function tagUsage(records: TagRecords): TagUsage[] {
  const byKey = new Map<string, TagUsage & { articleIds: Set<string> }>();
  const entry = (name: string) => {
    const key = tagKey(name);
    let e = byKey.get(key);
    if (!e) {
      e = { name, highlights: 0, notes: 0, articles: 0, articleIds: new Set() };
      byKey.set(key, e);
    }
    return e;
  };
  for (const t of records.tags) entry(t.name);
  for (const h of records.highlights) for (const t of uniqueTags(h.tags)) {
    const e = entry(t);
    e.highlights++;
    e.articleIds.add(h.articleId);
  }
  for (const n of records.notes) for (const t of uniqueTags(n.tags)) {
    const e = entry(t);
    e.notes++;
    e.articleIds.add(n.articleId);
  }
  return [...byKey.values()]
    .map(({ articleIds, ...u }) => ({ ...u, articles: articleIds.size }))
    .sort((a, b) => b.highlights + b.notes - (a.highlights + a.notes) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

export interface TagRenamePlan {
  /** The records to write (changed only). */
  highlights: Highlight[];
  notes: Note[];
  /** Tag table: names to delete (by tagKey) and the row to put. */
  deleteTags: string[];
  putTag: Tag | null;
  /** True when `to` was already a tag: the two become one. */
  merges: boolean;
  /** What Undo writes back: the records as they were. */
  undo: { highlights: Highlight[]; notes: Note[]; tags: Tag[] };
}

function replaceIn(tags: readonly string[], fromKey: string, to: string): string[] {
  return uniqueTags(tags.map((t) => (tagKey(t) === fromKey ? to : t)));
}

/**
 * Renames `from` to `to` on every record. When `to` is another existing tag (by the tag rule), the
 * two merge and keep `to`'s spelling as typed here. A rename that only changes case or accents
 * ("iran" → "Iran") rewrites the spelling. `now` stamps the changed records.
 */
export function planTagRename(records: TagRecords, from: string, to: string, now: string): Result<TagRenamePlan, string> {
  const name = normaliseTagName(to);
  if (!name.ok) return err(name.error);
  const fromKey = tagKey(from);
  const toKey = tagKey(name.value);
  const exists = (k: string) =>
    records.tags.some((t) => tagKey(t.name) === k) || records.highlights.some((h) => h.tags.some((t) => tagKey(t) === k)) || records.notes.some((n) => n.tags.some((t) => tagKey(t) === k));
  if (!exists(fromKey)) return err(`There is no tag “${from}”.`);
  const merges = toKey !== fromKey && exists(toKey);
  const changedH = records.highlights.filter((h) => h.tags.some((t) => tagKey(t) === fromKey || (merges && tagKey(t) === toKey && t !== name.value)));
  const changedN = records.notes.filter((n) => n.tags.some((t) => tagKey(t) === fromKey || (merges && tagKey(t) === toKey && t !== name.value)));
  const rename = (tags: readonly string[]) => replaceIn(replaceIn(tags, fromKey, name.value), toKey, name.value);
  const oldTags = records.tags.filter((t) => tagKey(t.name) === fromKey || tagKey(t.name) === toKey);
  const createdAt = oldTags.map((t) => t.createdAt).sort()[0] ?? now;
  return ok({
    highlights: changedH.map((h) => ({ ...h, tags: rename(h.tags), updatedAt: now })),
    notes: changedN.map((n) => ({ ...n, tags: rename(n.tags), updatedAt: now })),
    deleteTags: oldTags.map((t) => t.name),
    putTag: { name: name.value, createdAt },
    merges,
    undo: { highlights: [...changedH], notes: [...changedN], tags: [...oldTags] },
  });
}
