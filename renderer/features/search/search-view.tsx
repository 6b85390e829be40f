import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchResponse } from '../../../shared/search';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { routeToHash } from '../../core/route';
import { formatDate } from '../../format/format-date';
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

export function SearchView({ query }: { query: string }) {
  const { searcher } = useCorpus();
  const trimmed = query.trim();
  const [pages, setPages] = useState({ query: trimmed, count: 1 });
  // A new query starts again at one page.
  const pageCount = pages.query === trimmed ? pages.count : 1;
  const first = useMemo(() => (trimmed ? searcher.search(trimmed, { limit: PAGE_SIZE }) : null), [searcher, trimmed]);
  const results = useMemo(() => {
    if (!first) return [];
    const more = [];
    for (let p = 1; p < pageCount; p++) more.push(...searcher.search(trimmed, { limit: PAGE_SIZE, offset: p * PAGE_SIZE }).results);
    return [...first.results, ...more];
  }, [first, searcher, trimmed, pageCount]);
  const hasMore = first !== null && results.length < first.total && results.length === pageCount * PAGE_SIZE;
  const loadMore = () => setPages({ query: trimmed, count: pageCount + 1 });

  // Load the next page when the end of the list scrolls into view.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setPages((p) => ({ query: trimmed, count: (p.query === trimmed ? p.count : 1) + 1 }));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, trimmed, results.length]);

  return (
    <main id={MAIN_ID} tabIndex={-1} className="search">
      <h1>{trimmed ? <>Results for “{trimmed}”</> : 'Search'}</h1>
      {!first && <p>Type in the searchbox above to search every article.</p>}
      {/* One live region, always present, so each new count or message is announced as it changes. */}
      <p className="search-message" role="status">
        {first && statusLine(first, results.length)}
      </p>
      {results.length > 0 && (
        <ol aria-label="Search results" className="search-results">
          {results.map((hit) => (
            <li key={hit.articleId}>
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
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <div ref={sentinel} className="search-more">
          <button type="button" onClick={loadMore}>
            Show more results
          </button>
        </div>
      )}
    </main>
  );
}
