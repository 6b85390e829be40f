import { useEffect } from 'react';
import { ExportPage, ExportSelectedButton } from '../features/export';
import { LibraryView } from '../features/library';
import { NotebookView } from '../features/notebook';
import { ReaderView } from '../features/reader';
import { SearchBox, SearchView } from '../features/search';
import { AppHeader } from './app-header';
import { NotFound } from './not-found';
import { useDeepLinks } from './use-deep-links';
import { useRoute } from './use-route';

export function App() {
  const route = useRoute();
  useDeepLinks();
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
      {route.name === 'article' && <ReaderView key={`${route.id}?${route.query ?? ''}`} articleId={route.id} query={route.query} highlight={route.highlight ?? null} />}
      {route.name === 'notebook' && (
        <NotebookView renderActions={(selected) => <ExportSelectedButton highlightIds={selected.highlightIds} noteIds={selected.noteIds} />} />
      )}
      {route.name === 'export' && <ExportPage />}
      {route.name === 'not-found' && <NotFound />}
    </>
  );
}
