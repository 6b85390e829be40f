import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { MAIN_ID } from '../../app/app-header';
import { useCorpus } from '../../app/corpus-context';
import { NotFound } from '../../app/not-found';
import { LazyExportArticleButton } from '../../app/lazy-features';
import { navigate } from '../../app/use-route';
import { AnnotationsProvider, HighlightsSidebar } from '../highlights';
import { ArticleView } from './article-view';
import { stepMatch } from './match-cursor';
import { MatchNavigator } from './match-navigator';
import { PassageSelection } from './passage-selection';
import { ReaderSettings } from './reader-settings';
import { useMatchPainting } from './use-match-painting';
import { useReaderKeys } from './use-reader-keys';
import { useScrollMemory } from './use-scroll-memory';
import { useSearchMatches } from './use-search-matches';

/** Mount with key={articleId + query}: a new article or query starts from its first match. */
export function ReaderView({ articleId, query, highlight = null }: { articleId: string; query: string | null; highlight?: string | null }) {
  const article = useCorpus().byId.get(articleId);
  if (!article) return <NotFound message={`No article with id "${articleId}" is in the library.`} />;
  return <Reader article={article} query={query} highlight={highlight} />;
}

function Reader({ article, query, highlight }: { article: Article; query: string | null; highlight: string | null }) {
  const { searcher } = useCorpus();
  const articleId = article.id;
  const matches = useSearchMatches(searcher, articleId, query);
  const [current, setCurrent] = useState(matches.length > 0 ? 0 : -1);
  const body = useRef<HTMLDivElement>(null);
  // The annotation layer needs the body element itself (as state), to paint once it is mounted.
  const [bodyEl, setBodyEl] = useState<HTMLDivElement | null>(null);
  const bodyRef = useCallback((el: HTMLDivElement | null) => {
    body.current = el;
    setBodyEl(el);
  }, []);
  const main = useRef<HTMLElement>(null);

  useMatchPainting(body, matches, current);
  // Opening at a search match or a highlight wins over the saved reading position.
  const scrollError = useScrollMemory(articleId, matches.length === 0 && highlight === null);

  const count = matches.length;
  const next = useCallback(() => setCurrent((c) => stepMatch(c, count, 1)), [count]);
  const previous = useCallback(() => setCurrent((c) => stepMatch(c, count, -1)), [count]);
  const back = useCallback(() => navigate({ name: 'library' }), []);
  useReaderKeys({ 'next-match': next, 'previous-match': previous, 'back-to-library': back });

  // Move focus off the searchbox into the article, so n / N and arrow-key scrolling work at once.
  useEffect(() => main.current?.focus({ preventScroll: true }), []);

  return (
    <AnnotationsProvider article={article} root={bodyEl} revealHighlightId={highlight}>
      <main id={MAIN_ID} ref={main} tabIndex={-1} className="reader">
        <div className="reader-toolbar">
          {query && <MatchNavigator articleId={articleId} query={query} current={current} count={count} onPrevious={previous} onNext={next} />}
          <ReaderSettings />
          <LazyExportArticleButton articleId={articleId} />
        </div>
        {/* Always in the DOM (empty takes no room): a live region inserted with its text is often not announced. */}
        <p className="reader-error" role="alert">
          {scrollError}
        </p>
        <PassageSelection root={bodyEl} article={article} />
        <div className="reader-columns">
          <ArticleView article={article} bodyRef={bodyRef} />
          <HighlightsSidebar />
        </div>
      </main>
    </AnnotationsProvider>
  );
}
