import { useId, useMemo, useState } from 'react';
import { articleStats, filterChoices, isFiltering, libraryView, NO_LIBRARY_FILTER, type ArticleStats, type LibraryFilter } from '../../../shared/model/library-filter';
import { useAllHighlights, useAllNotes, useAllReadingStates } from '../../db';
import { useCorpus } from '../../core/corpus-context';
import { MAIN_ID } from '../../core/landmarks';
import { useHash } from '../../core/navigation';
import { routeToHash } from '../../core/route';
import { recallView } from '../../core/view-memory';
import { VirtualList } from '../../core/virtual-list';
import { ImportPanel } from '../import';
import { ArticleMeta } from './article-meta';
import { LibraryFilters } from './library-filters';
import { LIBRARY_SORTS, isLibrarySort, type LibrarySort } from './sort-articles';

const count = new Intl.NumberFormat('en');

/** "Read 40% · 2 highlights": what the reader has done with the article. */
function progressLine(s: ArticleStats | undefined): string | null {
  if (!s) return null;
  const parts: string[] = [];
  if (s.status === 'finished') parts.push('Finished');
  else if (s.progress !== null) parts.push(`Read ${Math.round(s.progress * 100)}%`);
  if (s.highlightCount > 0) parts.push(`${s.highlightCount} ${s.highlightCount === 1 ? 'highlight' : 'highlights'}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export function LibraryView() {
  const { articles } = useCorpus();
  const [sort, setSort] = useState<LibrarySort>('date-desc');
  const [filter, setFilter] = useState<LibraryFilter>(NO_LIBRARY_FILTER);
  const highlights = useAllHighlights();
  const notes = useAllNotes();
  const readingStates = useAllReadingStates();
  const stats = useMemo(
    () => articleStats(articles, { highlights: highlights ?? [], notes: notes ?? [], readingStates: readingStates ?? [] }),
    [articles, highlights, notes, readingStates],
  );
  const choices = useMemo(() => filterChoices(articles, stats), [articles, stats]);
  const sorted = useMemo(() => libraryView(articles, stats, filter, sort), [articles, stats, filter, sort]);
  const sortId = useId();
  const filtering = isFiltering(filter);
  const hash = useHash();
  // The article Back returns to stays rendered, so its link can take focus again.
  const [opened] = useState(() => recallView(hash)?.openedArticleId ?? null);

  return (
    <main id={MAIN_ID} tabIndex={-1} className="library">
      <div className="library-heading">
        <h1>Library</h1>
        <p className="library-count" role="status">
          {filtering ? `${count.format(sorted.length)} of ${count.format(articles.length)}` : count.format(articles.length)} {articles.length === 1 ? 'article' : 'articles'}
        </p>
      </div>
      {articles.length > 0 && (
        // Folded by default: one Tab stop between the search box and the first article, not eight.
        <details className="library-filters-box">
          <summary>Sort and filter{filtering ? ' (filtered)' : ''}</summary>
            <label className="library-sort" htmlFor={sortId}>
              Sort by
              <select
                id={sortId}
                value={sort}
                onChange={(e) => {
                  if (isLibrarySort(e.target.value)) setSort(e.target.value);
                }}
              >
                {LIBRARY_SORTS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          <LibraryFilters filter={filter} choices={choices} onChange={setFilter} />
        </details>
      )}
      {filtering && (
        <p className="library-filter-note">
          <button type="button" onClick={() => setFilter(NO_LIBRARY_FILTER)}>
            Clear filters
          </button>
        </p>
      )}
      {articles.length === 0 && <p>The library is empty. Add source documents to resources/corpus and run "npm run gloss -- build".</p>}
      {articles.length > 0 && sorted.length === 0 && <p>No article matches these filters.</p>}
      {sorted.length > 0 && (
        <VirtualList
          as="ul"
          label="Library"
          className="article-list"
          items={sorted}
          itemKey={(article) => article.id}
          estimateSize={96}
          memoryKey={hash}
          keepKey={opened}
          renderItem={(article) => {
            const progress = progressLine(stats.get(article.id));
            return (
              <>
                <a className="article-link" href={routeToHash({ name: 'article', id: article.id, query: null })}>
                  <span className="article-link-title">{article.title}</span>
                </a>
                <ArticleMeta article={article} />
                {progress && <p className="article-progress">{progress}</p>}
              </>
            );
          }}
        />
      )}
      {/* After the list: the articles stay the first stops after the search box for keyboard users. */}
      <ImportPanel />
    </main>
  );
}
