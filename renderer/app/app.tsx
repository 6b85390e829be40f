import { useEffect } from 'react';
import { LibraryView } from '../features/library';
import { ReaderView } from '../features/reader';
import { SearchBox, SearchView } from '../features/search';
import { useRoute } from '../core/navigation';
import { NotFound } from '../core/not-found';
import { AppHeader } from './app-header';
import { LazyExportArticleButton, LazyExportPage, LazyExportSelectedButton, LazyNotebookView, PageSuspense } from './lazy-features';
import { useDeepLinks } from './use-deep-links';
import { useAutomaticBackups } from './use-automatic-backups';

export function App() {
  const route = useRoute();
  useDeepLinks();
  useAutomaticBackups();
  // The reader places its own scroll position; every other page opens at the top.
  useEffect(() => {
    if (route.name !== 'article') window.scrollTo(0, 0);
  }, [route.name]);
  return (
    <>
      <AppHeader skipLabel={route.name === 'article' ? 'Skip to article' : 'Skip to content'} current={route.name}>
        <SearchBox route={route} />
      </AppHeader>
      {route.name === 'library' && <LibraryView />}
      {route.name === 'search' && <SearchView query={route.query} />}
      {route.name === 'article' && (
        <ReaderView
          key={`${route.id}?${route.query ?? ''}`}
          articleId={route.id}
          query={route.query}
          highlight={route.highlight ?? null}
          renderActions={(articleId) => <LazyExportArticleButton articleId={articleId} />}
        />
      )}
      {route.name === 'notebook' && (
        <PageSuspense label="the Notebook">
          <LazyNotebookView renderActions={(selected) => <LazyExportSelectedButton highlightIds={selected.highlightIds} noteIds={selected.noteIds} />} />
        </PageSuspense>
      )}
      {route.name === 'export' && (
        <PageSuspense label="Export & backup">
          <LazyExportPage />
        </PageSuspense>
      )}
      {route.name === 'not-found' && <NotFound />}
    </>
  );
}
