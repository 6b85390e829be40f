/**
 * What an export covers, and the records it gathers: one group per article, highlights in document
 * order, each with the notes that belong to it. Pure: the caller reads the records, this only picks.
 */
import type { ArticleAnnotations } from '../../../shared/export/markdown/collect-annotations';
import { compareInText, isEmptyNote, type ArticleInfo, type Highlight, type Note } from '../../../shared/model';

export type ExportScope =
  | { kind: 'article'; articleId: string }
  /** A selection (the Notebook's): highlights, each with its notes, plus any article-level notes chosen. */
  | { kind: 'highlights'; highlightIds: readonly string[]; noteIds?: readonly string[] }
  | { kind: 'all' };

/**
 * One article's share of an export: highlights in document order, the article-level note (if in
 * scope) and the notes on those highlights. The shape the Markdown renderers take.
 */
export type ArticleGroup = ArticleAnnotations;

export interface GatheredExport {
  /** In library order for "all" / a selection; the one article for an article scope. */
  groups: ArticleGroup[];
  /** Highlights in scope whose article is no longer in the library: they cannot be given front matter. */
  missingArticleIds: string[];
}

/** Document order by the stored position (shared/model's rule, as the reader's sidebar lists them). */
function byPosition(a: Highlight, b: Highlight): number {
  return compareInText({ id: a.id, ...a.position }, { id: b.id, ...b.position });
}

/**
 * A selection exports exactly what was chosen: the highlights (each with its notes) and the
 * article-level notes named in noteIds. "All" and an article scope take everything. An article with
 * nothing in scope is left out, so an export is never a file of bare front matter.
 */
export function gatherExport(
  scope: ExportScope,
  records: { highlights: readonly Highlight[]; notes: readonly Note[] },
  articles: readonly ArticleInfo[],
): GatheredExport {
  const wanted = scope.kind === 'highlights' ? new Set(scope.highlightIds) : null;
  const wantedNotes = scope.kind === 'highlights' ? new Set(scope.noteIds ?? []) : null;
  const inScope = (h: Highlight) =>
    scope.kind === 'all' || (scope.kind === 'article' ? h.articleId === scope.articleId : wanted!.has(h.id));

  const highlightsByArticle = new Map<string, Highlight[]>();
  for (const h of records.highlights) {
    if (!inScope(h)) continue;
    const list = highlightsByArticle.get(h.articleId) ?? [];
    list.push(h);
    highlightsByArticle.set(h.articleId, list);
  }

  const articleIds = new Set(highlightsByArticle.keys());
  const keptHighlightIds = new Set([...highlightsByArticle.values()].flat().map((h) => h.id));
  const notesByArticle = new Map<string, Note[]>();
  for (const note of records.notes) {
    // Empty notes say nothing; the renderer skips them too, so they must not make an article "non-empty".
    if (isEmptyNote(note)) continue;
    const belongs =
      note.highlightId === null
        ? scope.kind === 'all' || (scope.kind === 'article' ? note.articleId === scope.articleId : wantedNotes!.has(note.id))
        : keptHighlightIds.has(note.highlightId);
    if (!belongs) continue;
    if (note.highlightId === null) articleIds.add(note.articleId);
    const list = notesByArticle.get(note.articleId) ?? [];
    list.push(note);
    notesByArticle.set(note.articleId, list);
  }

  const groups: ArticleGroup[] = [];
  const known = new Set<string>();
  for (const article of articles) {
    known.add(article.id);
    if (!articleIds.has(article.id)) continue;
    groups.push({
      article,
      highlights: (highlightsByArticle.get(article.id) ?? []).sort(byPosition),
      notes: notesByArticle.get(article.id) ?? [],
    });
  }
  const missingArticleIds = [...articleIds].filter((id) => !known.has(id)).sort();
  return { groups, missingArticleIds };
}

/** How many highlights and notes the gathered export holds, for the dialog's summary line. */
export function countGathered(gathered: GatheredExport): { articles: number; highlights: number; notes: number } {
  return {
    articles: gathered.groups.length,
    highlights: gathered.groups.reduce((n, g) => n + g.highlights.length, 0),
    notes: gathered.groups.reduce((n, g) => n + g.notes.length, 0),
  };
}
