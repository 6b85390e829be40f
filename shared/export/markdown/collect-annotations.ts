import type { ArticleInfo, Highlight, Note } from '../../model';
import { compareCreated, compareInText, isEmptyNote } from '../../model/note-rules';
import { uniqueTags } from '../../model/tag';

export interface ArticleAnnotations {
  /** Front matter and headings only: the export never reads the article's text. */
  article: ArticleInfo;
  highlights: Highlight[];
  notes: Note[];
}

export interface CollectedAnnotations {
  /** This article's highlights in document order. */
  highlights: Highlight[];
  /** Notes per highlight id, oldest first. */
  notesByHighlight: Map<string, Note[]>;
  /**
   * Article-level notes, oldest first. A note whose highlight is not in the list (deleted, or not
   * passed in) is kept here too: an export should never silently drop something the researcher wrote.
   */
  articleNotes: Note[];
}

/** Sorts and groups what belongs to one article; records of other articles are ignored. */
export function collectAnnotations({ article, highlights, notes }: ArticleAnnotations): CollectedAnnotations {
  const mine = highlights
    .filter((h) => h.articleId === article.id)
    .sort((a, b) => compareInText({ ...a.position, id: a.id }, { ...b.position, id: b.id }));
  const ids = new Set(mine.map((h) => h.id));
  const notesByHighlight = new Map<string, Note[]>();
  const articleNotes: Note[] = [];
  for (const note of [...notes].sort(compareCreated)) {
    if (note.articleId !== article.id) continue;
    if (isEmptyNote(note)) continue;
    if (note.highlightId !== null && ids.has(note.highlightId)) {
      const list = notesByHighlight.get(note.highlightId) ?? [];
      list.push(note);
      notesByHighlight.set(note.highlightId, list);
    } else articleNotes.push(note);
  }
  return { highlights: mine, notesByHighlight, articleNotes };
}

/**
 * The article's own tags: those on its article notes, as typed, first spelling kept. These are what
 * the front matter's `tags:` lists (issue 12: it used to collect every highlight's tags too, which made
 * a file about one thing look tagged with everything quoted in it).
 */
export function articleTagNames(collected: CollectedAnnotations): string[] {
  return uniqueTags(collected.articleNotes.flatMap((n) => n.tags));
}

/** Every tag a highlight line of the article shows (its highlights' and their notes'). */
export function highlightTagNamesOf(collected: CollectedAnnotations): string[] {
  const names: string[] = [];
  for (const h of collected.highlights) names.push(...h.tags, ...(collected.notesByHighlight.get(h.id) ?? []).flatMap((n) => n.tags));
  return names;
}

/** The latest change to anything the article's file holds; null when it holds nothing. */
export function lastUpdated(collected: CollectedAnnotations): string | null {
  let latest: string | null = null;
  const see = (t: string) => {
    if (latest === null || t > latest) latest = t;
  };
  for (const h of collected.highlights) see(h.updatedAt);
  for (const list of collected.notesByHighlight.values()) for (const n of list) see(n.updatedAt);
  for (const n of collected.articleNotes) see(n.updatedAt);
  return latest;
}
