import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../../shared/model/article';
import { articleBlocks } from '../../../shared/model/article-text';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { NotFound } from '../../core/not-found';
import { backLabel, backTarget, goBack } from '../../core/back';
import { usePainter } from '../../core/painter';
import { useCommand } from '../../core/use-command';
import { prefetchArticleAnnotations, useDb } from '../../db';
import { AnnotationsProvider, HighlightPopover, HighlightsSidebar, SelectionToolbar } from '../highlights';
import { AnnotationsDrawer, NARROW_READER } from './annotations-drawer';
import { ArticleView } from './article-view';
import { FindBar } from './find-bar';
import { stepMatch } from './match-cursor';
import { MatchNavigator } from './match-navigator';
import { PassageSelection } from './passage-selection';
import { ReaderSettings } from './reader-settings';
import { ReadingProgress } from './reading-progress';
import { TableOfContents } from './table-of-contents';
import { tocEntries, type TocEntry } from './toc-entries';
import { useMediaQuery } from './use-media-query';
import { useReadingPlace } from './use-reading-place';
import { ToolbarDisclosure } from './toolbar-disclosure';
import { useToolbarHeight } from './use-toolbar-height';
import { useMatchPainting, useTitleMatchPainting } from './use-match-painting';
import { useScrollMemory } from './use-scroll-memory';
import { useSearchMatches } from './use-search-matches';
import { useArticle } from './use-article';

export interface ReaderViewProps {
  articleId: string;
  query: string | null;
  highlight?: string | null;
  /** More controls for the reader's toolbar, from the app (the export button, which loads on demand). */
  renderActions?: (articleId: string) => ReactNode;
}

/** Mount with key={articleId + query}: a new article or query starts from its first match. */
export function ReaderView({ articleId, query, highlight = null, renderActions }: ReaderViewProps) {
  const db = useDb();
  // The highlights are read alongside the text, not after it (renderer/db/observe.ts says why).
  useEffect(() => prefetchArticleAnnotations(db, articleId), [db, articleId]);
  const load = useArticle(articleId);
  if (load.status === 'missing') return <NotFound message={`No article with id "${articleId}" is in the library.`} />;
  if (load.status === 'failed') {
    return (
      <main id={MAIN_ID} tabIndex={-1} className="reader status">
        <h1>The article could not be opened</h1>
        <p role="alert">{load.message}</p>
      </main>
    );
  }
  // Its text is being read (a few milliseconds): an empty page, not a flash of "Loading".
  if (load.status === 'loading') return <main id={MAIN_ID} tabIndex={-1} className="reader" aria-busy="true" />;
  return <Reader article={load.article} query={query} highlight={highlight} renderActions={renderActions} />;
}

function Reader({
  article,
  query,
  highlight,
  renderActions,
}: {
  article: Article;
  query: string | null;
  highlight: string | null;
  renderActions: ReaderViewProps['renderActions'];
}) {
  const { searcher } = useCorpus();
  const articleId = article.id;
  // Find in this article (Ctrl/Cmd+F) replaces the search query's marks while its bar is open.
  const [finding, setFinding] = useState<{ query: string; focus: number } | null>(null);
  const shownQuery = finding ? finding.query || null : query;
  const marks = useSearchMatches(searcher, articleId, shownQuery);
  const matches = marks.text;
  const [current, setCurrent] = useState(matches.length > 0 ? 0 : -1);
  const [matchesSeen, setMatchesSeen] = useState(matches);
  if (matchesSeen !== matches) {
    // Matches arrive from the search worker after the article is shown, and a new query starts
    // from its first match.
    setMatchesSeen(matches);
    setCurrent(matches.length > 0 ? 0 : -1);
  }
  const onFindQuery = useCallback((q: string) => setFinding((f) => (f ? { ...f, query: q } : f)), []);
  const closeFind = useCallback(() => {
    setFinding(null);
    main.current?.focus({ preventScroll: true });
  }, []);
  useCommand('find.open', () => (setFinding((f) => ({ query: f?.query ?? '', focus: (f?.focus ?? 0) + 1 })), true));
  // The body element itself (as state): the painter and the annotation layer start once it is mounted.
  const [bodyEl, setBodyEl] = useState<HTMLDivElement | null>(null);
  const [titleEl, setTitleEl] = useState<HTMLHeadingElement | null>(null);
  const main = useRef<HTMLElement>(null);

  useMatchPainting(usePainter(bodyEl), matches, current);
  useTitleMatchPainting(usePainter(titleEl), marks.title);
  // Opening at a search match or a highlight wins over the saved reading position.
  // (With a query, the first match decides where the article opens, even before the matches arrive.)
  // Opened at a match or a highlight, the article renders whole at once (the target may be anywhere);
  // otherwise in slices, and the saved position is restored once every block is there.
  const whole = !!query || highlight !== null;
  const [complete, setComplete] = useState(false);
  const onComplete = useCallback(() => setComplete(true), []);
  const scrollError = useScrollMemory(articleId, !query && highlight === null, complete);

  const count = matches.length;
  const next = useCallback(() => setCurrent((c) => stepMatch(c, count, 1)), [count]);
  const previous = useCallback(() => setCurrent((c) => stepMatch(c, count, -1)), [count]);
  useCommand('match.next', () => (next(), true));
  useCommand('match.previous', () => (previous(), true));
  // At narrow widths the notes sidebar is a drawer, opened from the toolbar.
  const narrow = useMediaQuery(NARROW_READER);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerId = useId();
  const drawerToggle = useRef<HTMLButtonElement>(null);
  const closeDrawer = useCallback(() => {
    setDrawerOpen(false);
    drawerToggle.current?.focus({ preventScroll: true });
  }, []);

  // Escape closes the innermost thing first (editors and dialogs take their own Escape). A closed
  // editor gives focus back to its highlight in the sidebar; Escape there steps out to the article, so a
  // second, reflexive Escape after closing an editor does not leave the article (issue 12). From the
  // article or its toolbar, Escape goes Back.
  useCommand('reader.back', () => {
    // An open notes drawer (narrow windows) is the innermost thing: it closes first.
    if (narrow && drawerOpen) {
      closeDrawer();
      return true;
    }
    const active = document.activeElement;
    const inSidebar = active instanceof HTMLElement && main.current?.contains(active) && active.closest('aside') !== null;
    if (inSidebar) main.current?.focus({ preventScroll: true });
    else goBack();
    return true;
  });
  const [back] = useState(() => backLabel(backTarget()));

  const entries = useMemo(() => tocEntries(articleBlocks(article)), [article]);
  const place = useReadingPlace(bodyEl, entries);
  const jumpTo = useCallback(
    (entry: TocEntry | null) => {
      const target = entry ? bodyEl?.querySelector(`[data-block-start="${entry.start}"]`) : document.getElementById('article-title');
      if (!(target instanceof HTMLElement)) return;
      // An ordinary scroll (below the sticky bars, by scroll-margin-top), so the reading position saves
      // it like any other; focus follows, so reading on with the keyboard or a screen reader starts there.
      if (entry) target.scrollIntoView({ block: 'start', behavior: 'instant' });
      else window.scrollTo({ top: 0, behavior: 'instant' });
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
    },
    [bodyEl],
  );

  const toolbar = useRef<HTMLDivElement>(null);
  useToolbarHeight(toolbar);

  // Move focus off the searchbox into the article, so n / N and arrow-key scrolling work at once.
  useEffect(() => main.current?.focus({ preventScroll: true }), []);

  return (
    <AnnotationsProvider article={article} root={bodyEl} revealHighlightId={highlight}>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="reader">
        <div ref={toolbar} className="reader-toolbar">
          <button type="button" className="reader-back" onClick={goBack}>
            <span aria-hidden="true">←</span> {back}
          </button>
          <TableOfContents entries={entries} current={place.section} onJump={jumpTo} />
          <ReadingProgress fraction={place.fraction} />
          {finding && <FindBar onQuery={onFindQuery} onNext={next} onPrevious={previous} onClose={closeFind} focusSignal={finding.focus} />}
          {shownQuery && (
            <MatchNavigator articleId={articleId} query={shownQuery} current={current} count={count} onPrevious={previous} onNext={next} clearable={!finding} />
          )}
          {/* Theme, typeface and sizes behind one button, so the sticky toolbar stays one line. */}
          <ToolbarDisclosure label="Display" className="display-settings">
            {() => <ReaderSettings />}
          </ToolbarDisclosure>
          {renderActions?.(articleId)}
          {narrow && (
            <button ref={drawerToggle} type="button" className="drawer-toggle" aria-expanded={drawerOpen} aria-controls={drawerId} onClick={() => setDrawerOpen((o) => !o)}>
              Notes and highlights
            </button>
          )}
        </div>
        {/* Always in the DOM (empty takes no room): a live region inserted with its text is often not announced. */}
        <p className="reader-error" role="alert">
          {scrollError}
        </p>
        <PassageSelection root={bodyEl} article={article} />
        <div className={narrow && drawerOpen ? 'reader-columns with-drawer' : 'reader-columns'}>
          <ArticleView article={article} bodyRef={setBodyEl} titleRef={setTitleEl} whole={whole} onComplete={onComplete} />
          <AnnotationsDrawer id={drawerId} narrow={narrow} open={drawerOpen} onClose={closeDrawer}>
            <HighlightsSidebar />
          </AnnotationsDrawer>
        </div>
      </main>
      <SelectionToolbar />
      <HighlightPopover />
    </AnnotationsProvider>
  );
}
