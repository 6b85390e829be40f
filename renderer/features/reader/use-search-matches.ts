import { useMemo } from 'react';
import type { Searcher } from '../../core/prepare-corpus';

export interface TextMatch {
  start: number;
  end: number;
}

const NONE: readonly TextMatch[] = [];

/** The query's matches in one article (articleText offsets, in reading order); none without a query. */
export function useSearchMatches(searcher: Searcher, articleId: string, query: string | null): readonly TextMatch[] {
  return useMemo(() => {
    if (!query) return NONE;
    // The same marks the article's search result carries, without ranking the whole library.
    const matches = searcher.matchesIn(articleId, query);
    return matches.length > 0 ? matches : NONE;
  }, [searcher, articleId, query]);
}
