/**
 * The Notebook's rows and filters, pure: every highlight (with the note on it) and every article
 * note across the corpus, filtered by article, tag, colour, date and words. Text search is a folded
 * substring match per term over quote, note and tags: the Notebook holds hundreds of items, not the
 * corpus, so a scan beats keeping a second index in step with every edit.
 */
import { notesByHighlight, tagKey, uniqueTags, type Highlight, type HighlightColor, type Note } from '../../../shared/model';
import { foldChars } from '../../../shared/text';

export interface NotebookItem {
  /** Unique across kinds: "hl:<highlightId>" or "note:<noteId>". */
  key: string;
  kind: 'highlight' | 'article-note';
  articleId: string;
  articleTitle: string;
  highlight: Highlight | null;
  note: Note | null;
  color: HighlightColor | null;
  /** The highlight's tags and its note's tags, without duplicates. */
  tags: string[];
  /** When the item was made (the highlight's time, or the article note's). */
  createdAt: string;
  /** Folded quote + note + tags, searched by matchesText(). */
  haystack: string;
}

export interface NotebookFilter {
  articleId: string | null;
  tag: string | null;
  color: HighlightColor | null;
  /** Inclusive local calendar days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  text: string;
}

export const EMPTY_FILTER: NotebookFilter = { articleId: null, tag: null, color: null, from: null, to: null, text: '' };

/** One entry per tag by the shared tag rule (shared/model/tag.ts), first spelling kept. */
function mergeTags(...lists: readonly (readonly string[])[]): string[] {
  return uniqueTags(lists.flat());
}

function haystackOf(parts: readonly string[]): string {
  return foldChars(parts.join('\n'));
}

/** One row per highlight and per article note, newest first. Titles come from `titles`; unknown articles say so. */
export function buildNotebookItems(
  highlights: readonly Highlight[],
  notes: readonly Note[],
  titles: ReadonlyMap<string, string>,
): NotebookItem[] {
  const titleOf = (id: string) => titles.get(id) ?? 'Article no longer in the library';
  const noteOf = notesByHighlight(notes);
  const items: NotebookItem[] = highlights.map((h) => {
    const note = noteOf.get(h.id) ?? null;
    const tags = mergeTags(h.tags, note?.tags ?? []);
    return {
      key: `hl:${h.id}`,
      kind: 'highlight',
      articleId: h.articleId,
      articleTitle: titleOf(h.articleId),
      highlight: h,
      note,
      color: h.color,
      tags,
      createdAt: h.createdAt,
      haystack: haystackOf([h.quote.exact, note?.body ?? '', tags.join(' ')]),
    };
  });
  for (const note of notes) {
    if (note.highlightId !== null) continue;
    items.push({
      key: `note:${note.id}`,
      kind: 'article-note',
      articleId: note.articleId,
      articleTitle: titleOf(note.articleId),
      highlight: null,
      note,
      color: null,
      tags: mergeTags(note.tags),
      createdAt: note.createdAt,
      haystack: haystackOf([note.body, note.tags.join(' ')]),
    });
  }
  return items.sort((a, b) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : a.key < b.key ? -1 : 1));
}

/** The reader's local calendar day of an ISO timestamp, YYYY-MM-DD. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function searchTerms(text: string): string[] {
  return foldChars(text).split(/\s+/).filter((t) => t !== '');
}

export function matchesText(item: Pick<NotebookItem, 'haystack'>, terms: readonly string[]): boolean {
  return terms.every((t) => item.haystack.includes(t));
}

export function filterNotebook(items: readonly NotebookItem[], filter: NotebookFilter): NotebookItem[] {
  const terms = searchTerms(filter.text);
  const tag = filter.tag === null ? null : tagKey(filter.tag);
  return items.filter((item) => {
    if (filter.articleId !== null && item.articleId !== filter.articleId) return false;
    if (filter.color !== null && item.color !== filter.color) return false;
    if (tag !== null && !item.tags.some((t) => tagKey(t) === tag)) return false;
    if (filter.from !== null || filter.to !== null) {
      const day = localDay(item.createdAt);
      if (filter.from !== null && day < filter.from) return false;
      if (filter.to !== null && day > filter.to) return false;
    }
    return matchesText(item, terms);
  });
}

/** Distinct tags across items (by the tag rule), alphabetical ignoring case and accents, for the tag filter. */
export function tagsIn(items: readonly NotebookItem[]): string[] {
  return mergeTags(...items.map((i) => i.tags)).sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

export function isFiltered(filter: NotebookFilter): boolean {
  return (
    filter.articleId !== null || filter.tag !== null || filter.color !== null || filter.from !== null || filter.to !== null || filter.text.trim() !== ''
  );
}
