/**
 * The library's filters, sorts and per-article figures (issue 12), pure so the library view only
 * renders them (and a virtualised list can reuse them). Reading status comes from the saved reading
 * position; highlight counts and tags from the annotation records; recently read from the position's
 * time. Tags match by the one tag rule (tagKey).
 */
import type { ArticleInfo, ArticleKind } from './article';
import type { Highlight, Note, ReadingState } from './annotation';
import { tagKey, uniqueTags } from './tag';

export type ReadingStatus = 'unread' | 'in-progress' | 'finished';

export const READING_STATUSES: { value: ReadingStatus; label: string }[] = [
  { value: 'unread', label: 'Unread' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'finished', label: 'Finished' },
];

/** Scrolled this far (of the scrollable height) counts as read to the end: the last screen holds notes and credits. */
export const FINISHED_AT = 0.95;

/** No saved position: unread. A position at the end: finished. Anything between: in progress. */
export function readingStatus(state: Pick<ReadingState, 'scrollFraction'> | undefined): ReadingStatus {
  if (state === undefined) return 'unread';
  return state.scrollFraction >= FINISHED_AT ? 'finished' : 'in-progress';
}

export interface ArticleStats {
  status: ReadingStatus;
  /** 0..1 of the article read, null when never opened. */
  progress: number | null;
  highlightCount: number;
  /** Tags on the article's highlights and notes, first spelling kept. */
  tags: string[];
  /** When the reading position was last saved; null when never read. */
  lastRead: string | null;
}

/** The figures of every article, from all annotation records (records of unknown articles are ignored). */
export function articleStats(
  articles: readonly Pick<ArticleInfo, 'id'>[],
  records: { highlights: readonly Highlight[]; notes: readonly Note[]; readingStates: readonly ReadingState[] },
): Map<string, ArticleStats> {
  const stats = new Map<string, ArticleStats>();
  const tagLists = new Map<string, string[]>();
  for (const a of articles) {
    stats.set(a.id, { status: 'unread', progress: null, highlightCount: 0, tags: [], lastRead: null });
    tagLists.set(a.id, []);
  }
  for (const h of records.highlights) {
    const s = stats.get(h.articleId);
    if (!s) continue;
    s.highlightCount++;
    tagLists.get(h.articleId)!.push(...h.tags);
  }
  for (const n of records.notes) tagLists.get(n.articleId)?.push(...n.tags);
  for (const r of records.readingStates) {
    const s = stats.get(r.articleId);
    if (!s) continue;
    s.status = readingStatus(r);
    s.progress = Math.min(1, Math.max(0, r.scrollFraction));
    s.lastRead = r.updatedAt;
  }
  for (const [id, list] of tagLists) stats.get(id)!.tags = uniqueTags(list);
  return stats;
}

export interface LibraryFilter {
  /** Exact source names; empty means any. */
  sources: readonly string[];
  kinds: readonly ArticleKind[];
  /** Inclusive YYYY-MM-DD bounds on the published date; an undated article never falls in a range. */
  from: string | null;
  to: string | null;
  /** Every tag listed must be on the article (by tagKey). */
  tags: readonly string[];
  status: ReadingStatus | null;
}

export const NO_LIBRARY_FILTER: LibraryFilter = { sources: [], kinds: [], from: null, to: null, tags: [], status: null };

export const isFiltering = (f: LibraryFilter): boolean =>
  f.sources.length > 0 || f.kinds.length > 0 || f.from !== null || f.to !== null || f.tags.length > 0 || f.status !== null;

const NO_STATS: ArticleStats = { status: 'unread', progress: null, highlightCount: 0, tags: [], lastRead: null };

export function matchesFilter(article: ArticleInfo, stats: ArticleStats | undefined, f: LibraryFilter): boolean {
  const s = stats ?? NO_STATS;
  if (f.sources.length > 0 && (article.source === null || !f.sources.includes(article.source))) return false;
  if (f.kinds.length > 0 && (article.kind === null || !f.kinds.includes(article.kind))) return false;
  if (f.from !== null || f.to !== null) {
    const day = article.published?.slice(0, 10) ?? null;
    if (day === null) return false;
    if (f.from !== null && day < f.from) return false;
    if (f.to !== null && day > f.to) return false;
  }
  if (f.tags.length > 0) {
    const keys = new Set(s.tags.map(tagKey));
    if (!f.tags.every((t) => keys.has(tagKey(t)))) return false;
  }
  if (f.status !== null && s.status !== f.status) return false;
  return true;
}

export type LibrarySort = 'date-desc' | 'date-asc' | 'title' | 'recent';

export const LIBRARY_SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title', label: 'Title (A–Z)' },
  { value: 'recent', label: 'Recently read' },
];

export const isLibrarySort = (value: string): value is LibrarySort => LIBRARY_SORTS.some((s) => s.value === value);

// One collator for every comparison: localeCompare with options builds one per call, which made
// sorting a 10,000-article library take most of a second.
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byTitle = (a: ArticleInfo, b: ArticleInfo) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A sorted copy. Undated (or never read, for "recent") articles go last; ties fall back to title. */
export function sortLibrary<A extends ArticleInfo>(articles: readonly A[], sort: LibrarySort, stats?: ReadonlyMap<string, ArticleStats>): A[] {
  const copy = [...articles];
  if (sort === 'title') return copy.sort(byTitle);
  const key = (a: ArticleInfo): string | null => (sort === 'recent' ? (stats?.get(a.id)?.lastRead ?? null) : a.published);
  const direction = sort === 'date-asc' ? 1 : -1;
  return copy.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return byTitle(a, b);
    if (ka === null) return 1;
    if (kb === null) return -1;
    return direction * (ka < kb ? -1 : 1);
  });
}

/** Filtered, then sorted: what the library lists. */
export function libraryView<A extends ArticleInfo>(articles: readonly A[], stats: ReadonlyMap<string, ArticleStats>, filter: LibraryFilter, sort: LibrarySort): A[] {
  return sortLibrary(
    articles.filter((a) => matchesFilter(a, stats.get(a.id), filter)),
    sort,
    stats,
  );
}

export interface FilterChoice<T extends string = string> {
  value: T;
  count: number;
}

/** The values each filter can take, with how many articles have each, for the filter controls. */
export function filterChoices(articles: readonly ArticleInfo[], stats: ReadonlyMap<string, ArticleStats>) {
  const count = <T extends string>(values: (T | null)[]): FilterChoice<T>[] => {
    const m = new Map<T, number>();
    for (const v of values) if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].map(([value, n]) => ({ value, count: n })).sort((a, b) => collator.compare(a.value, b.value));
  };
  const tagCounts = new Map<string, FilterChoice>();
  for (const a of articles) {
    for (const t of stats.get(a.id)?.tags ?? []) {
      const k = tagKey(t);
      const c = tagCounts.get(k);
      if (c) c.count++;
      else tagCounts.set(k, { value: t, count: 1 });
    }
  }
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => d !== undefined).sort();
  return {
    sources: count(articles.map((a) => a.source)),
    kinds: count<ArticleKind>(articles.map((a) => a.kind)),
    tags: [...tagCounts.values()].sort((a, b) => collator.compare(a.value, b.value)),
    statuses: READING_STATUSES.map((s) => ({ value: s.value, count: articles.filter((a) => (stats.get(a.id)?.status ?? 'unread') === s.value).length })),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}
