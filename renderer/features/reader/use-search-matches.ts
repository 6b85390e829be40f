import { useEffect, useState } from 'react';
import type { TextRange } from '../../../shared/model';
import type { SearchClient } from '../../core/prepare-corpus';
import { useSearchState } from '../../core/use-search-state';

const NONE: readonly TextRange[] = [];

/** The query's matches in one article (articleText offsets, in reading order); none without a query. */
export function useSearchMatches(searcher: SearchClient, articleId: string, query: string | null): readonly TextRange[] {
  const ready = useSearchState(searcher).status === 'ready';
  const [found, setFound] = useState<{ key: string; matches: readonly TextRange[] }>({ key: '', matches: NONE });
  const key = `${articleId}\u0000${query ?? ''}`;
  useEffect(() => {
    if (!query || !ready) return;
    let live = true;
    // The same marks the article's search result carries, without ranking the whole library.
    void searcher.matchesIn(articleId, query).then((matches) => {
      if (live) setFound({ key, matches: matches.length > 0 ? matches : NONE });
    });
    return () => {
      live = false;
    };
  }, [searcher, articleId, query, ready, key]);
  return query && found.key === key ? found.matches : NONE;
}
