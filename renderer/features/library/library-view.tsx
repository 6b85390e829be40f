import { useId, useMemo, useState } from 'react';
import { useCorpus } from '../../core/corpus-context';
import { MAIN_ID } from '../../core/landmarks';
import { routeToHash } from '../../core/route';
import { ImportPanel } from '../import';
import { ArticleMeta } from './article-meta';
import { LIBRARY_SORTS, isLibrarySort, sortArticles, type LibrarySort } from './sort-articles';

export function LibraryView() {
  const { articles } = useCorpus();
  const [sort, setSort] = useState<LibrarySort>('date-desc');
  const sorted = useMemo(() => sortArticles(articles, sort), [articles, sort]);
  const sortId = useId();

  return (
    <main id={MAIN_ID} tabIndex={-1} className="library">
      <div className="library-heading">
        <h1>Library</h1>
        <p className="library-count">
          {articles.length} {articles.length === 1 ? 'article' : 'articles'}
        </p>
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
      </div>
      {articles.length === 0 ? (
        <p>The library is empty. Add source documents to resources/corpus and run "npm run gloss -- build".</p>
      ) : (
        <ul aria-label="Library" className="article-list">
          {sorted.map((article) => (
            <li key={article.id}>
              <a className="article-link" href={routeToHash({ name: 'article', id: article.id, query: null })}>
                <span className="article-link-title">{article.title}</span>
              </a>
              <ArticleMeta article={article} />
            </li>
          ))}
        </ul>
      )}
      {/* After the list: the articles stay the first stops after the search box for keyboard users. */}
      <ImportPanel />
    </main>
  );
}
