import { useEffect, useRef, useState } from 'react';
import type { SearchResponse, SearchResult } from '../../../shared/search';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { useHash } from '../../core/navigation';
import { routeToHash } from '../../core/route';
import { recallView } from '../../core/view-memory';
import { VirtualList } from '../../core/virtual-list';
import { useSearchState } from '../../core/use-search-state';
import { formatDate } from '../../format/format-date';
import { QuerySyntax } from './query-syntax';
import { Snippet } from './snippet';

/** Results fetched at a time: a page of snippets is cheap; the next one comes as the list scrolls. */
export const PAGE_SIZE = 50;

const count = new Intl.NumberFormat('en');

function statusLine(response: SearchResponse, shown: number): string {
  const { total, totalIsExact, message } = response;
  if (total === 0) return message ?? 'No matches.';
  const found = `${totalIsExact ? '' : 'At least '}${count.format(total)} ${total === 1 ? 'result' : 'results'}${shown < total ? `, showing ${count.format(shown)}` : ''}.`;
  return message ? `${found} ${message}` : found;
}

interface Answer {
  query: string;
  first: SearchResponse;
  results: SearchResult[];
}

export function SearchView({ query }: { query: string }) {
  const { searcher } = useCorpus();
  const state = useSearchState(searcher);
  const trimmed = query.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const hash = useHash();
  // The result Back returns to stays rendered, so its link can take focus again.
  const [opened] = useState(() => recallView(hash)?.openedArticleId ?? null);

  useEffect(() => {
    if (!trimmed || state.status !== 'ready') return;
    let live = true;
    void searcher.search(trimmed, { limit: PAGE_SIZE }).then((first) => {
      if (live) setAnswer({ query: trimmed, first, results: first.results });
    });
    return () => {
      live = false;
    };
  }, [searcher, trimmed, state.status]);

  // What is shown belongs to the query in the box; an answer to an older one is not shown.
  const current = answer && answer.query === trimmed ? answer : null;
  const results = current?.results ?? [];
  const hasMore = current !== null && results.length < current.first.total && results.length % PAGE_SIZE === 0;

  const loadMore = () => {
    if (!current || loadingMore) return;
    setLoadingMore(true);
    void searcher.search(trimmed, { limit: PAGE_SIZE, offset: current.results.length }).then((next) => {
      setLoadingMore(false);
      setAnswer((a) => (a && a.query === current.query && a.results.length === current.results.length ? { ...a, results: [...a.results, ...next.results] } : a));
    });
  };
  const loadMoreRef = useRef(loadMore);
  useEffect(() => {
    loadMoreRef.current = loadMore;
  });

  // Load the next page when the end of the list scrolls into view.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) loadMoreRef.current();
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, results.length]);

  let status = '';
  if (trimmed && state.status === 'preparing') status = 'Preparing search…';
  else if (trimmed && state.status === 'failed') status = state.problem;
  else if (current) status = statusLine(current.first, results.length);

  return (
    <main id={MAIN_ID} tabIndex={-1} className="search">
      <h1>{trimmed ? <>Results for “{trimmed}”</> : 'Search'}</h1>
      {!trimmed && <p>Type in the searchbox above to search every article.</p>}
      {/* One live region, always present, so each new count or message is announced as it changes. */}
      <p className="search-message" role="status">
        {status}
      </p>
      {current && current.first.total === 0 && <QuerySyntax />}
      {results.length > 0 && (
        <VirtualList
          as="ol"
          label="Search results"
          className="search-results"
          items={results}
          itemKey={(hit) => hit.articleId}
          estimateSize={150}
          memoryKey={hash}
          keepKey={opened}
          renderItem={(hit) => (
            <>
              <a className="article-link" href={routeToHash({ name: 'article', id: hit.articleId, query: trimmed })}>
                <span className="article-link-title">{hit.title}</span>
              </a>
              <p className="article-meta">
                {hit.source && <span>{hit.source}</span>}
                <span>
                  <time dateTime={hit.published ?? undefined}>{formatDate(hit.published)}</time>
                </span>
              </p>
              <Snippet snippet={hit.snippet} />
            </>
          )}
        />
      )}
      {hasMore && (
        <div ref={sentinel} className="search-more">
          <button type="button" onClick={loadMore} disabled={loadingMore}>
            Show more results
          </button>
        </div>
      )}
    </main>
  );
}
