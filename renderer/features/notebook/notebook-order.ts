/**
 * How the Notebook lays its items out, pure: sorted (newest, oldest, position in the article, article
 * title) and grouped (by article, by tag, or not at all) into one flat row list, the shape a
 * virtualised list wants. A group's heading rides on its first row, so every row is one Notebook
 * entry (one list item) and the headings still sit inside the list, in reading order.
 */
import { tagKey } from '../../../shared/model';
import type { NotebookItem } from './notebook-items';

export type NotebookGrouping = 'article' | 'tag' | 'none';
export type NotebookSort = 'newest' | 'oldest' | 'position' | 'title';

export const NOTEBOOK_GROUPINGS: readonly { value: NotebookGrouping; label: string }[] = [
  { value: 'article', label: 'Article' },
  { value: 'tag', label: 'Tag' },
  { value: 'none', label: 'No grouping' },
];

export const NOTEBOOK_SORTS: readonly { value: NotebookSort; label: string }[] = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'position', label: 'Position in the article' },
  { value: 'title', label: 'Article title' },
];

export const isNotebookGrouping = (v: string): v is NotebookGrouping => NOTEBOOK_GROUPINGS.some((g) => g.value === v);
export const isNotebookSort = (v: string): v is NotebookSort => NOTEBOOK_SORTS.some((s) => s.value === v);

export interface NotebookGroup {
  /** Stable across renders: "article:<id>", "tag:<folded tag>" or "untagged". */
  key: string;
  /** What the heading says: the article's title or the tag as typed. */
  label: string;
  kind: 'article' | 'tag' | 'untagged';
  /** How many rows the group holds. */
  count: number;
}

export interface NotebookRow {
  /** Unique per row: an item tagged twice is in two tag groups, so the group is part of the key. */
  key: string;
  item: NotebookItem;
  /** Set on the first row of each group (grouped views only): its heading is drawn above that row. */
  startsGroup: NotebookGroup | null;
  /** The group this row is in (null when not grouped), e.g. for leaving out what the heading says. */
  group: NotebookGroup | null;
}

/** One collator for every comparison: building one per call is what made sorting by title slow (issue 8). */
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Where in its article an item is: an article note comes before the article's highlights. */
const positionOf = (item: NotebookItem): number => item.highlight?.position.start ?? -1;

const byNewest = (a: NotebookItem, b: NotebookItem) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : 0);
const byKey = (a: NotebookItem, b: NotebookItem) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byTitle = (a: NotebookItem, b: NotebookItem) =>
  collator.compare(a.articleTitle, b.articleTitle) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0);
const byPosition = (a: NotebookItem, b: NotebookItem) => positionOf(a) - positionOf(b);

const COMPARE: Record<NotebookSort, (a: NotebookItem, b: NotebookItem) => number> = {
  newest: (a, b) => byNewest(a, b) || byKey(a, b),
  oldest: (a, b) => byNewest(b, a) || byKey(a, b),
  // Articles by title (there is no one order of articles that "position" could mean), then in reading order.
  position: (a, b) => byTitle(a, b) || byPosition(a, b) || byKey(a, b),
  title: (a, b) => byTitle(a, b) || byNewest(a, b) || byKey(a, b),
};

export function sortNotebook(items: readonly NotebookItem[], sort: NotebookSort): NotebookItem[] {
  return [...items].sort(COMPARE[sort]);
}

function rowsOf(groups: ReadonlyMap<string, { group: NotebookGroup; items: NotebookItem[] }>): NotebookRow[] {
  const rows: NotebookRow[] = [];
  for (const { group, items } of groups.values()) {
    group.count = items.length;
    items.forEach((item, i) => rows.push({ key: `${group.key}|${item.key}`, item, startsGroup: i === 0 ? group : null, group }));
  }
  return rows;
}

/**
 * The rows to show. By article: groups in the order their first item comes under the chosen sort
 * (so "newest first" puts the article you annotated last on top). By tag: an item is under each of
 * its tags, groups alphabetical as typed, items without a tag last under "No tag".
 */
export function notebookRows(items: readonly NotebookItem[], grouping: NotebookGrouping, sort: NotebookSort): NotebookRow[] {
  const sorted = sortNotebook(items, sort);
  if (grouping === 'none') return sorted.map((item) => ({ key: item.key, item, startsGroup: null, group: null }));
  const groups = new Map<string, { group: NotebookGroup; items: NotebookItem[] }>();
  const add = (key: string, make: () => NotebookGroup, item: NotebookItem) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { group: make(), items: [] }));
    g.items.push(item);
  };
  if (grouping === 'article') {
    for (const item of sorted) {
      const key = `article:${item.articleId}`;
      add(key, () => ({ key, label: item.articleTitle, kind: 'article', count: 0 }), item);
    }
    return rowsOf(groups);
  }
  const untagged: NotebookItem[] = [];
  for (const item of sorted) {
    if (item.tags.length === 0) untagged.push(item);
    for (const tag of item.tags) {
      const key = `tag:${tagKey(tag)}`;
      add(key, () => ({ key, label: tag, kind: 'tag', count: 0 }), item);
    }
  }
  const ordered = new Map([...groups].sort(([, a], [, b]) => collator.compare(a.group.label, b.group.label)));
  if (untagged.length > 0) ordered.set('untagged', { group: { key: 'untagged', label: 'No tag', kind: 'untagged', count: 0 }, items: untagged });
  return rowsOf(ordered);
}
