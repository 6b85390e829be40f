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

function same(a: SearchResponse, b: SearchResponse): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && a.results.every((r, i) => r.score === b.results[i]!.score);
}

function summary(r: SearchResponse): string {
  return `${r.results.length} results: ${r.results.slice(0, 5).map((x) => `${x.articleId} ${x.score}`).join(', ')}`;
}
