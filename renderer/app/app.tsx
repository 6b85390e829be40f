import { useEffect, useRef } from 'react';
import { LibraryView } from '../features/library';
import { CommandPalette } from '../features/palette';
import { ReaderView } from '../features/reader';
import { SearchBox, SearchView } from '../features/search';
import { TagsView } from '../features/tags';
import { useHash, useRoute } from '../core/navigation';
import { recallView, rememberView } from '../core/view-memory';
import { NotFound } from '../core/not-found';
import { AppHeader } from './app-header';
import { LazyExportArticleButton, LazyExportPage, LazyExportSelectedButton, LazyNotebookView, PageSuspense } from './lazy-features';
import { LinkProblem } from './link-problem';
import { useDeepLinks } from './use-deep-links';
import { useAutomaticBackups } from './use-automatic-backups';
import { useDesktopMenu } from './use-desktop-menu';

export function App() {
  const route = useRoute();
  const hash = useHash();
  const link = useDeepLinks();
  useDesktopMenu();
  useAutomaticBackups();
  // The reader places its own scroll position. Every other page opens at the top, or where it was
  // when you left it (Back from an article), with focus on the article you opened from it.
  const lastHash = useRef(hash);
  const isArticle = route.name === 'article';
  const articleId = route.name === 'article' ? route.id : null;
  useEffect(() => {
    const from = lastHash.current;
    lastHash.current = hash;
    if (isArticle) {
      if (from !== hash) rememberView(from, { openedArticleId: articleId });
      return;
    }
    const memory = recallView(hash);
    window.scrollTo({ top: memory?.scrollY ?? 0, behavior: 'instant' });
    if (memory?.openedArticleId && (document.activeElement === document.body || document.activeElement === null)) {
      const link = document.querySelector<HTMLElement>(`main a[href^="#/article/${CSS.escape(encodeURIComponent(memory.openedArticleId))}"]`);
      (link ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
    }
    const onScroll = () => rememberView(hash, { scrollY: window.scrollY });
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [hash, isArticle, articleId]);
  return (
    <>
      <AppHeader skipLabel={route.name === 'article' ? 'Skip to article' : 'Skip to content'} current={route.name}>
        <SearchBox route={route} />
      </AppHeader>
      <LinkProblem message={link.problem} onDismiss={link.dismiss} />
      <CommandPalette />
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
      {route.name === 'tags' && <TagsView />}
      {route.name === 'export' && (
        <PageSuspense label="Export & backup">
          <LazyExportPage />
        </PageSuspense>
      )}
      {route.name === 'not-found' && <NotFound />}
    </>
  );
}
