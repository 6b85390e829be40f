import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../../shared/model/article';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { NotFound } from '../../core/not-found';
import { backLabel, backTarget, goBack } from '../../core/back';
import { usePainter } from '../../core/painter';
import { useCommand } from '../../core/use-command';
import { AnnotationsProvider, HighlightPopover, HighlightsSidebar, SelectionToolbar } from '../highlights';
import { ArticleView } from './article-view';
import { FindBar } from './find-bar';
import { stepMatch } from './match-cursor';
import { MatchNavigator } from './match-navigator';
import { PassageSelection } from './passage-selection';
import { ReaderSettings } from './reader-settings';
import { useMatchPainting } from './use-match-painting';
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
  const matches = useSearchMatches(searcher, articleId, shownQuery);
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
  const main = useRef<HTMLElement>(null);

  useMatchPainting(usePainter(bodyEl), matches, current);
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
  // Escape closes the innermost thing first (editors and dialogs take their own Escape). A closed
  // editor gives focus back to its highlight in the sidebar; Escape there steps out to the article, so a
  // second, reflexive Escape after closing an editor does not leave the article (issue 12). From the
  // article or its toolbar, Escape goes Back.
  useCommand('reader.back', () => {
    const active = document.activeElement;
    const inSidebar = active instanceof HTMLElement && main.current?.contains(active) && active.closest('aside') !== null;
    if (inSidebar) main.current?.focus({ preventScroll: true });
    else goBack();
    return true;
  });
  const [back] = useState(() => backLabel(backTarget()));

  // Move focus off the searchbox into the article, so n / N and arrow-key scrolling work at once.
  useEffect(() => main.current?.focus({ preventScroll: true }), []);

  return (
    <AnnotationsProvider article={article} root={bodyEl} revealHighlightId={highlight}>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="reader">
        <div className="reader-toolbar">
          <button type="button" className="reader-back" onClick={goBack}>
            <span aria-hidden="true">←</span> {back}
          </button>
          {finding && <FindBar onQuery={onFindQuery} onNext={next} onPrevious={previous} onClose={closeFind} focusSignal={finding.focus} />}
          {shownQuery && (
            <MatchNavigator articleId={articleId} query={shownQuery} current={current} count={count} onPrevious={previous} onNext={next} clearable={!finding} />
          )}
          <ReaderSettings />
          {renderActions?.(articleId)}
        </div>
        {/* Always in the DOM (empty takes no room): a live region inserted with its text is often not announced. */}
        <p className="reader-error" role="alert">
          {scrollError}
        </p>
        <PassageSelection root={bodyEl} article={article} />
        <div className="reader-columns">
          <ArticleView article={article} bodyRef={setBodyEl} whole={whole} onComplete={onComplete} />
          <HighlightsSidebar />
        </div>
      </main>
      <SelectionToolbar />
      <HighlightPopover />
    </AnnotationsProvider>
  );
}
