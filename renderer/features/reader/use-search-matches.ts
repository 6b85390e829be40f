import { useMemo } from 'react';
import type { Searcher } from '../../app/prepare-corpus';

export interface TextMatch {
  start: number;
  end: number;
}

const NONE: readonly TextMatch[] = [];

/** The query's matches in one article (articleText offsets, in reading order); none without a query. */
export function useSearchMatches(searcher: Searcher, articleCount: number, articleId: string, query: string | null): readonly TextMatch[] {
  return useMemo(() => {
    if (!query) return NONE;
    // The limit must cover the whole library: the article may rank anywhere for this query.
    const hit = searcher.search(query, { limit: Math.max(1, articleCount) }).results.find((r) => r.articleId === articleId);
    return hit ? [...hit.matches].sort((a, b) => a.start - b.start) : NONE;
  }, [searcher, articleCount, articleId, query]);
}
