import type { Article, Library } from '../../shared/model/article';
import { buildCompactIndex, buildSearchIndex } from '../../shared/search/build-index';
import { createSearcher, type SearchResponse } from '../../shared/search/search';

export interface EqualityReport {
  queries: number;
  /** Queries whose answers differ in any way (refs, order, scores, snippets, matches, message). */
  mismatches: { query: string; lunr: string; compact: string }[];
}

/**
 * Runs every query through the engine over Lunr's own index (the reference: ranking by
 * lunr.Index.query) and over the compact index, and compares the whole answers, scores with ===.
 */
export function compareEngines(articles: Article[], queries: readonly string[], limit = 1000): EqualityReport {
  const library: Library = { formatVersion: 1, builtAt: '', articles };
  const lunrSearcher = createSearcher(library, JSON.parse(JSON.stringify(buildSearchIndex(articles))));
  const compactSearcher = createSearcher(library, buildCompactIndex(articles));
  const mismatches: EqualityReport['mismatches'] = [];
  for (const query of queries) {
    const a = lunrSearcher.search(query, { limit });
    const b = compactSearcher.search(query, { limit });
    if (!same(a, b)) mismatches.push({ query, lunr: summary(a), compact: summary(b) });
  }
  return { queries: queries.length, mismatches };
}

/**
 * Results (refs, order, scores with ===, snippets, matches) and message identical. Totals: equal when
 * both are exact; past the page Lunr's index (no surface forms) may only bound the count of a prefix
 * query from below, where the compact index counts exactly, so then the compact total must be at
 * least Lunr's.
 */
function same(lunrAnswer: SearchResponse, compact: SearchResponse): boolean {
  const { total: lt, totalIsExact: le, ...l } = lunrAnswer;
  const { total: ct, totalIsExact: ce, ...c } = compact;
  const totals = le && ce ? lt === ct : le ? false : ct >= lt;
  return totals && JSON.stringify(l) === JSON.stringify(c) && l.results.every((r, i) => r.score === c.results[i]!.score);
}

function summary(r: SearchResponse): string {
  return `total ${r.total}${r.totalIsExact ? '' : '+'}, ${r.results.length} results: ${r.results.slice(0, 5).map((x) => `${x.articleId} ${x.score}`).join(', ')}`;
}
