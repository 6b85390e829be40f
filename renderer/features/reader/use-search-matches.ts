import { useMemo } from 'react';
import type { TextRange } from '../../../shared/model';
import type { Searcher } from '../../core/prepare-corpus';

const NONE: readonly TextRange[] = [];

/** The query's matches in one article (articleText offsets, in reading order); none without a query. */
export function useSearchMatches(searcher: Searcher, articleId: string, query: string | null): readonly TextRange[] {
  return useMemo(() => {
    if (!query) return NONE;
    // The same marks the article's search result carries, without ranking the whole library.
    const matches = searcher.matchesIn(articleId, query);
    return matches.length > 0 ? matches : NONE;
  }, [searcher, articleId, query]);
}
