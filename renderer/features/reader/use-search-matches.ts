import { useEffect, useState } from 'react';
import type { ArticleMarks } from '../../../shared/search';
import type { SearchClient } from '../../core/prepare-corpus';
import { useSearchState } from '../../core/use-search-state';

const NONE: ArticleMarks = { text: [], title: [] };

/**
 * The query's marks in one article: its text (articleText offsets, in reading order) and its title
 * (offsets into the title); none without a query.
 */
export function useSearchMatches(searcher: SearchClient, articleId: string, query: string | null): ArticleMarks {
  const ready = useSearchState(searcher).status === 'ready';
  const [found, setFound] = useState<{ key: string; marks: ArticleMarks }>({ key: '', marks: NONE });
  const key = `${articleId}\u0000${query ?? ''}`;
  useEffect(() => {
    if (!query || !ready) return;
    let live = true;
    // The same marks the article's search result carries, without ranking the whole library.
    void searcher.marksIn(articleId, query).then((marks) => {
      if (live) setFound({ key, marks: marks.text.length > 0 || marks.title.length > 0 ? marks : NONE });
    });
    return () => {
      live = false;
    };
  }, [searcher, articleId, query, ready, key]);
  return query && found.key === key ? found.marks : NONE;
}
