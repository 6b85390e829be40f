import type { Article } from '../../../shared/model/article';

export type LibrarySort = 'date-desc' | 'date-asc' | 'title';

export const LIBRARY_SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title', label: 'Title (A–Z)' },
];

export function isLibrarySort(value: string): value is LibrarySort {
  return LIBRARY_SORTS.some((s) => s.value === value);
}

// One collator for every comparison: localeCompare with options builds one per call, which made
// sorting a 10,000-article library take most of a second.
const titleCollator = new Intl.Collator('en', { sensitivity: 'base' });
const byTitle = (a: Article, b: Article) => titleCollator.compare(a.title, b.title);

/** A sorted copy. Undated articles go last in either date order; ties fall back to title. */
export function sortArticles(articles: readonly Article[], sort: LibrarySort): Article[] {
  const copy = [...articles];
  if (sort === 'title') return copy.sort(byTitle);
  const direction = sort === 'date-desc' ? -1 : 1;
  return copy.sort((a, b) => {
    if (a.published === b.published) return byTitle(a, b);
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return direction * (a.published < b.published ? -1 : 1);
  });
}
