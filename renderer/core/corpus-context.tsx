import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import { blobArticleReader, type ReadArticle } from './article-reader';
import { prepareCorpus, type Corpus } from './prepare-corpus';
import { usePlatform } from './platform-context';
import { listImportedArticlesInChunks, listRemovedArticles, useDb, userIndexStore } from '../db';
import { createSearchClient } from './search-client';
import type { LoadedCorpus } from '../platform';
import { errorText } from '../../shared/model/error-text';

export type CorpusState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; corpus: Corpus };

const CorpusContext = createContext<Corpus | null>(null);
/** Re-reads the imported articles and rebuilds the searcher: called after an import or a removal. */
const RefreshContext = createContext<(() => Promise<void>) | null>(null);

function CorpusStatus({ state }: { state: Exclude<CorpusState, { status: 'ready' }> }) {
  if (state.status === 'loading') {
    return (
      <main className="status" aria-busy="true">
        <p role="status">Loading the library…</p>
      </main>
    );
  }
  return (
    <main className="status">
      <h1>The library could not be opened</h1>
      <p role="alert">{state.message}</p>
    </main>
  );
}

/** Loads the corpus once from the platform; shows progress or the failure instead of the app until it is ready. */
export function CorpusProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const db = useDb();
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  const [loaded, setLoaded] = useState<{ corpus: LoadedCorpus; read: ReadArticle } | null>(null);

  const prepare = useCallback(
    async (bundled: { corpus: LoadedCorpus; read: ReadArticle }, client?: Corpus['searcher']) => {
      // The imported articles join the bundled ones; if the database cannot be read, the bundled
      // library still opens (the failure is the database's to report, not the library's).
      // Read in chunks, without the original files, so a large library never holds the window.
      const imported = await listImportedArticlesInChunks(db).catch(() => []);
      const removed = await listRemovedArticles(db).then((rows) => rows.map((r) => ({ ...r.article, removedAt: r.removedAt })), () => []);
      const prepared = prepareCorpus(bundled.corpus, imported, client, (files) => createSearchClient(files, userIndexStore(db)), bundled.read, removed);
      return prepared.ok ? ({ status: 'ready', corpus: prepared.value } as const) : ({ status: 'error', message: prepared.error } as const);
    },
    [db],
  );

  useEffect(() => {
    let live = true;
    platform
      .loadCorpus()
      .then(async (result) => {
        if (!live) return;
        if (!result.ok) {
          setState({ status: 'error', message: result.error });
          return;
        }
        // One reader of the bundled text for the app's life: an article read before an import is the same object after it.
        const bundled = { corpus: result.value, read: blobArticleReader(result.value.text) };
        setLoaded(bundled);
        const next = await prepare(bundled);
        if (live) setState(next);
      })
      .catch((e: unknown) => {
        if (live) setState({ status: 'error', message: `The library could not be loaded: ${errorText(e)}` });
      });
    return () => {
      live = false;
    };
  }, [platform, prepare]);

  const refresh = useCallback(async () => {
    if (loaded) setState(await prepare(loaded, state.status === 'ready' ? state.corpus.searcher : undefined));
  }, [loaded, prepare, state]);

  if (state.status !== 'ready') return <CorpusStatus state={state} />;
  return (
    <RefreshContext value={refresh}>
      <CorpusContext value={state.corpus}>{children}</CorpusContext>
    </RefreshContext>
  );
}

/** Rebuilds the corpus from the bundled library and the imported articles now in the database. */
export function useRefreshCorpus(): () => Promise<void> {
  const refresh = use(RefreshContext);
  if (!refresh) throw new Error('useRefreshCorpus() needs a <CorpusProvider> above it.');
  return refresh;
}

export function useCorpus(): Corpus {
  const corpus = use(CorpusContext);
  if (!corpus) throw new Error('useCorpus() needs a <CorpusProvider> above it.');
  return corpus;
}
