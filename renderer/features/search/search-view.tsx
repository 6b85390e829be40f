import { useMemo } from 'react';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { routeToHash } from '../../core/route';
import { formatDate } from '../../format/format-date';
import { QuerySyntax } from './query-syntax';
import { Snippet } from './snippet';

export const RESULT_LIMIT = 50;

function statusLine(count: number, message: string | null): string {
  if (count === 0) return message ?? 'No matches.';
  const found = count >= RESULT_LIMIT ? `The first ${count} results.` : `${count} ${count === 1 ? 'result' : 'results'}.`;
  return message ? `${found} ${message}` : found;
}

export function SearchView({ query }: { query: string }) {
  const { searcher } = useCorpus();
  const trimmed = query.trim();
  const response = useMemo(() => (trimmed ? searcher.search(trimmed, { limit: RESULT_LIMIT }) : null), [searcher, trimmed]);

  return (
    <main id={MAIN_ID} tabIndex={-1} className="search">
      <h1>{trimmed ? <>Results for “{trimmed}”</> : 'Search'}</h1>
      {!response && <p>Type in the searchbox above to search every article.</p>}
      {/* One live region, always present, so each new count or message is announced as it changes. */}
      <p className="search-message" role="status">
        {response && statusLine(response.results.length, response.message)}
      </p>
      {response && response.results.length === 0 && <QuerySyntax />}
      {response && response.results.length > 0 && (
        <ol aria-label="Search results" className="search-results">
          {response.results.map((hit) => (
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
    </main>
  );
}
