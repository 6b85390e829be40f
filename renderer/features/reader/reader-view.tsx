import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../../shared/model/article';
import { MAIN_ID } from '../../core/landmarks';
import { useCorpus } from '../../core/corpus-context';
import { NotFound } from '../../core/not-found';
import { navigate } from '../../core/navigation';
import { usePainter } from '../../core/painter';
import { useCommand } from '../../core/use-command';
import { AnnotationsProvider, HighlightPopover, HighlightsSidebar, SelectionToolbar } from '../highlights';
import { ArticleView } from './article-view';
import { stepMatch } from './match-cursor';
import { MatchNavigator } from './match-navigator';
import { PassageSelection } from './passage-selection';
import { ReaderSettings } from './reader-settings';
import { useMatchPainting } from './use-match-painting';
import { useScrollMemory } from './use-scroll-memory';
import { useSearchMatches } from './use-search-matches';

export interface ReaderViewProps {
  articleId: string;
  query: string | null;
  highlight?: string | null;
  /** More controls for the reader's toolbar, from the app (the export button, which loads on demand). */
  renderActions?: (articleId: string) => ReactNode;
}

/** Mount with key={articleId + query}: a new article or query starts from its first match. */
export function ReaderView({ articleId, query, highlight = null, renderActions }: ReaderViewProps) {
  const article = useCorpus().byId.get(articleId);
  if (!article) return <NotFound message={`No article with id "${articleId}" is in the library.`} />;
  return <Reader article={article} query={query} highlight={highlight} renderActions={renderActions} />;
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
  const matches = useSearchMatches(searcher, articleId, query);
  const [current, setCurrent] = useState(matches.length > 0 ? 0 : -1);
  // Matches arrive from the search worker after the article is shown: start at the first one.
  const [matchesSeen, setMatchesSeen] = useState(matches);
  if (matchesSeen !== matches) {
    setMatchesSeen(matches);
    setCurrent(matches.length > 0 ? 0 : -1);
  }
  // The body element itself (as state): the painter and the annotation layer start once it is mounted.
  const [bodyEl, setBodyEl] = useState<HTMLDivElement | null>(null);
  const main = useRef<HTMLElement>(null);

  useMatchPainting(usePainter(bodyEl), matches, current);
  // Opening at a search match or a highlight wins over the saved reading position.
  // (With a query, the first match decides where the article opens, even before the matches arrive.)
  const scrollError = useScrollMemory(articleId, !query && highlight === null);

  const count = matches.length;
  const next = useCallback(() => setCurrent((c) => stepMatch(c, count, 1)), [count]);
  const previous = useCallback(() => setCurrent((c) => stepMatch(c, count, -1)), [count]);
  useCommand('match.next', () => (next(), true));
  useCommand('match.previous', () => (previous(), true));
  useCommand('reader.back', () => (navigate({ name: 'library' }), true));

  // Move focus off the searchbox into the article, so n / N and arrow-key scrolling work at once.
  useEffect(() => main.current?.focus({ preventScroll: true }), []);

  return (
    <AnnotationsProvider article={article} root={bodyEl} revealHighlightId={highlight}>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="reader">
        <div className="reader-toolbar">
          {query && <MatchNavigator articleId={articleId} query={query} current={current} count={count} onPrevious={previous} onNext={next} />}
          <ReaderSettings />
          {renderActions?.(articleId)}
        </div>
        {/* Always in the DOM (empty takes no room): a live region inserted with its text is often not announced. */}
        <p className="reader-error" role="alert">
          {scrollError}
        </p>
        <PassageSelection root={bodyEl} article={article} />
        <div className="reader-columns">
          <ArticleView article={article} bodyRef={setBodyEl} />
          <HighlightsSidebar />
        </div>
      </main>
      <SelectionToolbar />
      <HighlightPopover />
    </AnnotationsProvider>
  );
}
