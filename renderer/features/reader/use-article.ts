import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { errorText } from '../../../shared/model/error-text';
import { useCorpus } from '../../core/corpus-context';

export type ArticleLoad = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; message: string } | { status: 'ready'; article: Article };

/**
 * The article with its text, read when the reader opens it (the library holds metadata only). An id
 * the library does not have is 'missing' at once, without a read.
 */
export function useArticle(articleId: string): ArticleLoad {
  const corpus = useCorpus();
  const known = corpus.byId.has(articleId);
  const [load, setLoad] = useState<{ id: string; corpus: typeof corpus; state: ArticleLoad } | null>(null);
  useEffect(() => {
    if (!known) return;
    let live = true;
    corpus.readArticle(articleId).then(
      (article) => live && setLoad({ id: articleId, corpus, state: article ? { status: 'ready', article } : { status: 'missing' } }),
      (e: unknown) => live && setLoad({ id: articleId, corpus, state: { status: 'failed', message: errorText(e) } }),
    );
    return () => {
      live = false;
    };
  }, [corpus, articleId, known]);
  if (!known) return { status: 'missing' };
  // An answer for another article (or an older corpus) is not this one's.
  return load && load.id === articleId && load.corpus === corpus ? load.state : { status: 'loading' };
}
